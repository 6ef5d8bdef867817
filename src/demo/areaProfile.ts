import { withLineNumbers, type CsvTable } from '../kernel/importFiles.ts';
import { templateOptional, templateRequired } from '../performance/imports/valuesTemplate.ts';

// Seed 004, section 2: "If Sefton’s Parliamentary Constituencies had 100 Children (0-18inc), as
// they grow up……..", entered as the council's own figures for its three constituencies (ONS codes).
// The strategy prints no year; its measures (expected progress at KS2, A*–C GCSEs including English
// and maths) were last published together for 2015, the year they are entered for.

export const sefton = { code: '343', name: 'Sefton' };

const lines = [
  'AREA_CHILD_POVERTY',
  'AREA_LOW_BIRTH_WEIGHT',
  'AREA_KS2_EXPECTED_PROGRESS',
  'AREA_KS4_AC_ENGLISH_MATHS',
  'AREA_OBESE_RECEPTION',
  'AREA_OBESE_YEAR6',
  'AREA_FSM_ELIGIBLE',
  'AREA_PERSISTENT_ABSENCE_SECONDARY',
  'AREA_LONE_PARENT',
] as const;

/** Each constituency's nine lines, in the seed's order. */
export const seftonConstituencies = [
  { code: 'E14000581', name: 'Bootle', children: [29, 8, 92, 52, 28, 39, 28, 9, 31] },
  { code: 'E14000916', name: 'Sefton Central', children: [9, 6, 96, 58, 23, 31, 13, 7, 15] },
  { code: 'E14000958', name: 'Southport', children: [15, 7, 93, 58, 22, 36, 13, 8, 19] },
] as const;

const header = [...templateRequired, ...templateOptional];

/** The seed's figures as rows of the values template, as a council would enter them. */
export function seed004AreaFigures(): CsvTable {
  const rows = seftonConstituencies.flatMap((area) =>
    lines.map((indicator, i) => {
      const cells: Partial<Record<(typeof header)[number], string>> = {
        entity_type: 'constituency',
        entity_code: area.code,
        entity_name: area.name,
        la_code: sefton.code,
        indicator,
        period: '2015',
        // The seed prints whole children: a rate of that many per 100.
        value: String(area.children[i]),
        published_decimals: '0',
      };
      return header.map((c) => cells[c] ?? '');
    }),
  );
  return withLineNumbers([...header], rows);
}
