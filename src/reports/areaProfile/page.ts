import { roundHalfAwayFromZero } from '../../performance/compare/numbers.ts';
import { formatCount } from '../../kernel/format.ts';
import type { AreaProfilePage } from './service.ts';
import type { LineFigure } from './rules.ts';

// The area profile as a page (and so as a PDF): one section per area, each line a pictogram of
// 100 children beside its words, and under each area the table of the figures the lines come from.

const kindWords = {
  constituency: { plural: 'parliamentary constituencies', one: 'constituency' },
  ward: { plural: 'wards', one: 'ward' },
} as const;

function sourceText(figure: LineFigure, laName: string): string {
  if (figure.source === 'council') return `${laName} Council’s own figure`;
  const schools = `${formatCount(figure.schools)} school${figure.schools === 1 ? '' : 's'}`;
  return figure.pupils === null
    ? `${schools}, fewer than the smallest group shown`
    : `${schools}, ${formatCount(Math.round(figure.pupils))} pupils`;
}

function periodText(figure: LineFigure): string {
  if (figure.period !== null) return figure.period;
  return figure.key === 'AREA_GOOD_SCHOOLS' ? 'Latest inspections' : 'School register';
}

export function areaProfileContext(profile: AreaProfilePage) {
  const words = kindWords[profile.kind];
  return {
    pageTitle: `If ${profile.laName}’s ${words.plural} had 100 children`,
    profile,
    kindWords: words,
    otherKind: profile.kind === 'constituency' ? 'ward' : 'constituency',
    areas: profile.areas.map((area, index) => ({
      id: `area-${String(index + 1)}`,
      name: area.name,
      schools: area.schools,
      lines: area.lines.map((line) => {
        const f = line.figure;
        const children = f?.children ?? null;
        return {
          title: line.title,
          sentence: children === null ? null : `${String(children)} ${line.words}`,
          words: line.words,
          children,
          // The pictogram fills whole rows of ten, then part of the next.
          fullRows: children === null ? 0 : Math.floor(children / 10),
          rest: children === null ? 0 : children % 10,
          rate: f?.rate == null ? null : `${roundHalfAwayFromZero(f.rate, f.decimals).toFixed(f.decimals)}%`,
          period: f ? periodText(f) : null,
          source: f ? sourceText(f, profile.laName) : null,
          withheld: f?.withheld ?? false,
        };
      }),
    })),
  };
}

export const areaProfileTemplate = 'reports/areaProfile/views/profile.njk';

/** "area-profile-343-constituency.pdf" */
export const areaProfileFileName = (profile: { laCode: string; kind: string }) =>
  `area-profile-${profile.laCode}-${profile.kind}.pdf`;
