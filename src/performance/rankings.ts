import { rankLocalAuthorities } from './compare/rank.ts';
import { quartileBand, quartileCutPoints, type CutPoints, type QuartileBand } from './compare/quartiles.ts';
import type { Polarity } from './compare/polarity.ts';
import type { AreaValue } from './valuesRepository.ts';

export type RankedArea = {
  laCode: string;
  laName: string;
  value: number | null;
  suppression: string | null;
  rank: number | null;
  joint: boolean;
  band: QuartileBand | null;
  /** "computed" by the LAIT method, or "published" where the source gave a rank but not every LA's value. */
  rankSource: 'computed' | 'published' | null;
  rankOf: number | null;
};

export type Ranking = { n: number; cutPoints: CutPoints | null; entries: RankedArea[] };

/** Ranks, joint ranks and quartile bands for one indicator and period, over LAs only. */
export function rankPeriod(rows: readonly AreaValue[], polarity: Polarity, noQuartile: boolean): Ranking {
  const ranked = rankLocalAuthorities(
    rows.map((r) => ({ key: r, value: r.value })),
    polarity,
  );
  const cutPoints = quartileCutPoints(rows.flatMap((r) => (r.value === null ? [] : [r.value])));
  const entries = ranked.entries
    .map(({ key: row, rank, joint }): RankedArea => {
      const published = row.publishedRank !== null;
      return {
        laCode: row.code,
        laName: row.name,
        value: row.value,
        suppression: row.suppression,
        rank: published ? row.publishedRank : rank,
        joint: published ? row.publishedRankJoint === true : joint,
        // A published rank comes without the league it was published from: no band is worked from it.
        band: published ? null : quartileBand(row.value, cutPoints, polarity, noQuartile),
        rankSource: published ? 'published' : rank === null ? null : 'computed',
        rankOf: published ? row.publishedRankOf : rank === null ? null : ranked.n,
      };
    })
    .sort(
      (a, b) =>
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
        a.laName.localeCompare(b.laName),
    );
  return { n: ranked.n, cutPoints, entries };
}
