// The shape every values file is read into before it is staged in the database: pure, so the
// readers and the repository can share it without depending on each other.

/** An area a values file names: an LA, a region, England, or a council's constituency or ward. */
export type Area = {
  code: string;
  name: string;
  areaType: 'la' | 'region' | 'england' | 'constituency' | 'ward';
  regionName: string | null;
  /** The council a constituency or ward belongs to; null for the others. */
  laCode?: string | null;
};

/** Values in columns, one array per column, ready for INSERT … SELECT unnest(…). */
export type StagedValues = {
  indicatorKey: string[];
  entityType: string[];
  entityCode: string[];
  period: string[];
  periodEnd: number[];
  pupilGroup: string[];
  status: string[];
  value: (number | null)[];
  suppression: (string | null)[];
  numerator: (number | null)[];
  denominator: (number | null)[];
  ciLower: (number | null)[];
  ciUpper: (number | null)[];
  publishedRank: (number | null)[];
  publishedRankOf: (number | null)[];
  publishedJudgement: (string | null)[];
  publishedRankJoint: (boolean | null)[];
  publishedDecimals: (number | null)[];
  sourceLine: number[];
};

export type StagedRow = { [K in keyof StagedValues]: StagedValues[K][number] };

/** A figure a file gives more than once: its identity, where it came first, and where again. */
export type RepeatedFigure = {
  indicatorKey: string;
  entityType: string;
  entityCode: string;
  period: string;
  pupilGroup: string;
  firstLine: number;
  line: number;
};

/** For sources that publish a bare figure: no counts, interval, published rank or judgement. */
export const withoutDetails = {
  numerator: null,
  denominator: null,
  ciLower: null,
  ciUpper: null,
  publishedRank: null,
  publishedRankOf: null,
  publishedJudgement: null,
  publishedRankJoint: null,
  publishedDecimals: null,
} as const satisfies Partial<StagedRow>;

/** Adds one row to the columns; what a source does not publish is null. */
export function stageRow(values: StagedValues, row: StagedRow): void {
  // Column by column, not by Object.keys: this runs once for each of LAIT's 641k rows.
  values.indicatorKey.push(row.indicatorKey);
  values.entityType.push(row.entityType);
  values.entityCode.push(row.entityCode);
  values.period.push(row.period);
  values.periodEnd.push(row.periodEnd);
  values.pupilGroup.push(row.pupilGroup);
  values.status.push(row.status);
  values.value.push(row.value);
  values.suppression.push(row.suppression);
  values.numerator.push(row.numerator);
  values.denominator.push(row.denominator);
  values.ciLower.push(row.ciLower);
  values.ciUpper.push(row.ciUpper);
  values.publishedRank.push(row.publishedRank);
  values.publishedRankOf.push(row.publishedRankOf);
  values.publishedJudgement.push(row.publishedJudgement);
  values.publishedRankJoint.push(row.publishedRankJoint);
  values.publishedDecimals.push(row.publishedDecimals);
  values.sourceLine.push(row.sourceLine);
}

export function emptyStagedValues(): StagedValues {
  return {
    indicatorKey: [],
    entityType: [],
    entityCode: [],
    period: [],
    periodEnd: [],
    pupilGroup: [],
    status: [],
    value: [],
    suppression: [],
    numerator: [],
    denominator: [],
    ciLower: [],
    ciUpper: [],
    publishedRank: [],
    publishedRankOf: [],
    publishedJudgement: [],
    publishedRankJoint: [],
    publishedDecimals: [],
    sourceLine: [],
  };
}
