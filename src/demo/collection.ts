import { and, eq } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import { establishments } from '../schools/schema.ts';
import { cellKey, gridRows, type Grid } from '../collection/rules/grid.ts';
import { demoLocalAuthority } from './schools.ts';

// In-year returns in the demonstration (SPEC C7; seed 000 5.1 and 5.2). Portsmouth's schools send
// an autumn 2015 and a spring 2016 return with their predictions for summer 2016, so that the
// predictions can be read against Portsmouth's 2016 results in seed 001. The agreements, figures
// and predictions are made up: most schools signed, a few not; most returns in, some late, one
// returned with a comment.

const autumn = {
  name: 'Autumn 2015 in-year progress',
  opensOn: '2015-11-02',
  closesOn: '2015-12-11',
  sentOn: '2015-12-04',
};
const spring = {
  name: 'Spring 2016 in-year progress',
  opensOn: '2016-02-29',
  closesOn: '2016-03-24',
  sentOn: '2016-03-18',
};

/** A made-up figure for a school, steady from one run to the next. */
const spread = (urn: number, salt: number, low: number, high: number) =>
  low + ((urn * 7919 + salt * 104729) % (high - low + 1));

function figuresFor(grid: Grid, urn: number, lift: number) {
  const figures: Record<string, number | null> = {};
  for (const row of gridRows(grid)) {
    const cohort = spread(urn, row.year.charCodeAt(0), 28, 60);
    const pupils = {
      all: cohort,
      disadvantaged: Math.round(cohort * 0.3),
      boys: Math.round(cohort * 0.5),
      SEND: Math.round(cohort * 0.14),
    }[row.group];
    const gap = { all: 0, disadvantaged: 14, boys: 5, SEND: 30 }[row.group];
    const expected = Math.max(0, Math.min(100, spread(urn, row.subject.length, 55, 82) + lift - gap));
    const higher = Math.max(0, Math.min(expected, Math.round(expected / 4) - (row.group === 'SEND' ? 5 : 0)));
    figures[cellKey({ ...row, measure: 'pupils' })] = pupils;
    figures[cellKey({ ...row, measure: 'expected' })] = expected;
    figures[cellKey({ ...row, measure: 'higher' })] = higher;
  }
  return figures;
}

function predictionsFor(grid: Grid, urn: number) {
  const byKey: Record<string, number> = {
    ks2rwm: spread(urn, 11, 42, 68),
    a8: spread(urn, 13, 44, 52),
    p8: spread(urn, 17, -4, 2) / 10,
    em4: spread(urn, 19, 52, 68),
    em5: spread(urn, 23, 34, 48),
  };
  return Object.fromEntries(grid.predictions.map((p) => [p.key, byKey[p.key] ?? null]));
}

export async function loadDemoCollection(services: Services, loader: Actor) {
  const schools = await services.database.db
    .select({ urn: establishments.urn, phase: establishments.phaseGroup })
    .from(establishments)
    .where(and(eq(establishments.laCode, demoLocalAuthority.code), eq(establishments.status, 'Open')))
    .orderBy(establishments.urn);
  const taking = schools.filter((s) => s.phase === 'Primary' || s.phase === 'Secondary');
  // Agreements: every fifth school has not signed (sent, declined or expired); the rest signed in 2015.
  for (const [i, s] of taking.entries()) {
    const unsigned = i % 5 === 4;
    const kind = unsigned ? (['sent', 'declined', 'expired'] as const)[i % 3] : 'signed';
    await services.agreements.set(loader, s.urn, {
      status: kind,
      scope: 'In-year progress for all year groups and core subjects, and predictions at KS2 and KS4',
      signatory: kind === 'sent' ? '' : 'Headteacher',
      signedOn:
        kind === 'sent' || kind === 'declined' ? null : kind === 'expired' ? '2012-09-01' : '2015-09-01',
      // Signed agreements run until either side ends them.
      expiresOn: kind === 'expired' ? '2015-08-31' : null,
    });
  }
  await services.agreements.addAuthoriser(loader, 990001, 'school@beacon.example');

  const windows = [];
  for (const w of [autumn, spring])
    windows.push({
      ...w,
      id: await services.collectionWindows.open(loader, {
        name: w.name,
        laCode: demoLocalAuthority.code,
        opensOn: w.opensOn,
        closesOn: w.closesOn,
        phases: ['Primary', 'Secondary'],
        isDemonstration: true,
      }),
    });
  for (const [w, window] of windows.entries()) {
    const { grids } = await services.collectionWindows.window(window.id);
    for (const [i, s] of taking.entries()) {
      if (i % 5 === 4) continue;
      const grid = grids.find((g) => g.phase === s.phase);
      if (!grid) continue;
      // Late: every seventh school has not sent it; every eleventh left it as a draft.
      if ((i + w) % 7 === 3) continue;
      const input = {
        figures: figuresFor(grid, s.urn, w * 3),
        predictions: predictionsFor(grid, s.urn),
        // Predictions made before the new KS2 tests' first results can stand far from the last one.
        notes: Object.fromEntries(
          grid.predictions.map((p) => [
            `prediction|${p.key}`,
            'Teachers’ own assessment of this year’s pupils, before the new tests’ first results.',
          ]),
        ),
      };
      if ((i + w) % 11 === 5) {
        await services.inYearReturns.change(loader, window.id, s.urn, 'save', input, window.sentOn);
        continue;
      }
      await services.inYearReturns.change(loader, window.id, s.urn, 'authorise', input, window.sentOn);
      if (w === 1 && i === 1)
        await services.inYearReturns.decide(
          loader,
          window.id,
          s.urn,
          'return',
          'The pupils with SEND in year 4 are more than the school’s SEND register: check them against it and send it again',
          window.closesOn,
        );
      else if (w === 0 || i % 2 === 0)
        await services.inYearReturns.decide(loader, window.id, s.urn, 'accept', '', window.closesOn);
    }
  }
}
