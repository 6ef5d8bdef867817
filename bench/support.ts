import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createServices } from '../src/app/services.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { queryRows } from '../src/db/client.ts';
import { programmeSchools, programmes, systemLeaders, leaderConflicts } from '../src/support/schema.ts';
import { median, onEachDatabase, timed, type BenchDatabase } from './databases.ts';
import { benchOperator as operator, laitFiles, nationalSchoolsDir as national } from './data.ts';

// SPEC C6's measures: matching a school to system leaders with every school in England on the
// register and a directory of 1,000 leaders, and the impact report for a programme of 2,000 schools
// against matched schools from every school's KS2 results (DfE's national extracts, 2016 and 2018).
// Goal: each under 1 s on PostgreSQL.

const today = '2016-10-01';
const specialisms = [
  'primary',
  'secondary',
  'maths',
  'English',
  'leadership',
  'SEND',
  'pupil premium',
  'governance',
  'early years',
  'science',
];
const designations = ['NLE', 'LLE', 'SLE', 'NLG', 'EG', 'TSA'];

type Row = {
  database: string;
  schools: number;
  leaders: number;
  matchOne: number;
  matchEvery: number;
  participants: number;
  comparators: number;
  impact: number;
};

async function load(database: BenchDatabase) {
  const services = await createServices(database);
  // The catalogue names the KS2 indicators the national extracts fill.
  await services.performance.importLaitDictionary(operator, laitFiles.dictionary);
  await services.register.importSpine(
    operator,
    path.join(national, 'england_spine_2017-2018.csv'),
    silentProgress,
  );
  for (const file of ['ks2_perf_2016.csv', 'ks2_perf_2018.csv'])
    await services.performance.importPerfTable(
      operator,
      path.join(national, file),
      undefined,
      silentProgress,
    );
  const schools = await queryRows<{
    urn: number;
    name: string;
    trust_id: string | null;
    phase_group: string;
  }>(database.db, sql`select urn, name, trust_id, phase_group from establishments order by urn`);
  // 1,000 leaders, each leading a real school, with three specialisms and 10 to 40 days; one in
  // four has declared an interest in another school.
  const leaders = Array.from({ length: 1000 }, (_, i) => {
    const home = schools[(i * 7919) % schools.length];
    return {
      name: `System leader ${String(i + 1)}`,
      designation: designations[i % designations.length] ?? 'NLE',
      homeUrn: home?.urn ?? null,
      trustId: home?.trust_id ?? null,
      specialisms: [0, 3, 7].map((k) => specialisms[(i + k) % specialisms.length] ?? 'maths'),
      daysPerYear: 10 + (i % 31),
    };
  });
  const ids = await database.db.insert(systemLeaders).values(leaders).returning({ id: systemLeaders.id });
  await database.db.insert(leaderConflicts).values(
    ids
      .filter((_, i) => i % 4 === 0)
      .map(({ id }, i) => ({
        leaderId: id,
        urn: schools[(i * 104729) % schools.length]?.urn ?? null,
        reason: 'Governor',
      })),
  );
  // The programme: the first 2,000 schools by URN with KS2 results in both years.
  const taking = await queryRows<{ urn: string }>(
    database.db,
    sql`select a.entity_code as urn from indicator_values a
        join indicator_values b on b.entity_code = a.entity_code and b.indicator_key = a.indicator_key
          and b.entity_type = 'school' and b.period_end = 2018 and b.pupil_group = 'all' and b.value is not null
        where a.indicator_key = 'KS2RWM_Expected_STD' and a.entity_type = 'school' and a.period_end = 2016
          and a.pupil_group = 'all' and a.value is not null
        order by a.entity_code::int limit 2000`,
  );
  const [programme] = await database.db
    .insert(programmes)
    .values({
      name: 'Benchmark programme',
      academicYear: 2016,
      provider: 'Bench',
      startsOn: '2016-09-01',
      endsOn: '2017-07-21',
      impactIndicator: 'KS2RWM_Expected_STD',
      baselineYear: 2016,
      outcomeYear: 2018,
    })
    .returning({ id: programmes.id });
  await database.db
    .insert(programmeSchools)
    .values(taking.map((t) => ({ programmeId: programme?.id ?? 0, urn: Number(t.urn) })));
  return { services, schools, programmeId: programme?.id ?? 0 };
}

async function measure(database: BenchDatabase): Promise<Row> {
  const { services, schools, programmeId } = await load(database);
  // One school's suggestions, as the brokering page asks: 25 schools spread across England.
  const one: number[] = [];
  for (let i = 0; i < 25; i++) {
    const s = schools[Math.floor((i * schools.length) / 25)];
    if (!s) continue;
    const school = { urn: s.urn, name: s.name, trustId: s.trust_id };
    one.push(
      (
        await timed(() =>
          services.systemLeaders.suggestFor(
            school,
            { phase: s.phase_group, areas: ['maths', 'leadership'] },
            today,
          ),
        )
      ).seconds,
    );
  }
  // Every open school in England matched in one pass: the directory read once, the best three for each.
  const every = await timed(async () => (await services.systemLeaders.suggestEverywhere(today)).size);
  const impacts: number[] = [];
  let participants = 0;
  let comparators = 0;
  for (let i = 0; i < 3; i++) {
    const run = await timed(() => services.impactReports.report({ programme: programmeId }));
    impacts.push(run.seconds);
    if (run.result.answer.kind === 'estimate') {
      participants = run.result.answer.participants;
      comparators = run.result.answer.comparators;
    }
  }
  return {
    database: database.label,
    schools: schools.length,
    leaders: 1000,
    matchOne: median(one),
    matchEvery: every.seconds,
    participants,
    comparators,
    impact: median(impacts),
  };
}

export async function supportBench(): Promise<void> {
  const rows = await onEachDatabase(measure);
  console.log('\nSupport brokering (SPEC C6): matching and impact, goal under 1 s on PostgreSQL.\n');
  console.log(
    '| database | schools on the register | leaders | suggestions for a school (s, median of 25) | every open school matched, best 3 each (s) | impact: participants | comparators | impact report (s, median of 3) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.database} | ${r.schools.toLocaleString('en-GB')} | ${r.leaders.toLocaleString('en-GB')} | ${r.matchOne.toFixed(3)} | ${r.matchEvery.toFixed(2)} | ${r.participants.toLocaleString('en-GB')} | ${r.comparators.toLocaleString('en-GB')} | ${r.impact.toFixed(2)} |`,
    );
}
