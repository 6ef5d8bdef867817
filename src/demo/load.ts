import { count, eq } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { users } from '../access/schema.ts';
import type { Services } from '../app/services.ts';
import {
  academyConversions,
  earlyYearsProviders,
  establishments,
  groupMemberships,
  inspections,
  trusts,
} from '../schools/schema.ts';
import { demoAccounts } from './accounts.ts';
import { loadDemoPlans } from './plans/load.ts';
import { demoLocalAuthority, demoRegister } from './schools.ts';
import { loadDemoSupport } from './support.ts';
import { loadDemoCollection } from './collection.ts';
import { demoIndicators, seed001Results } from './results.ts';
import {
  generatedAuthorities,
  generatedDataset,
  generatedNationalFigures,
  generatedNeighbours,
  generatedSchoolResults,
  generatedSchoolsDataset,
} from './nationalFigures.ts';
import { neighboursRepository } from '../performance/neighboursRepository.ts';
import { sefton, seed004AreaFigures } from './areaProfile.ts';
import { seed001Boards, seed001Meeting } from './boards.ts';
import { paperKinds } from '../app/modules.ts';
import { renderTemplate } from '../app/plugins/views.ts';
import { performanceRepository } from '../performance/repository.ts';
import { resultsChanged } from '../performance/dataVersion.ts';
import { silentProgress } from '../kernel/importFiles.ts';
export { hasDemonstrationData } from '../schools/demonstration.ts';

const demoLoader: Actor = {
  userId: null,
  label: 'Beacon demonstration',
  role: 'admin',
  schoolUrn: null,
  trustId: null,
};

/** True when nobody has been added yet: the state in which `npm start` loads the demonstration. */
export async function isEmpty(services: Services): Promise<boolean> {
  const [row] = await services.database.db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

export async function loadDemo(services: Services): Promise<void> {
  const { db } = services.database;
  await db.transaction(async (tx) => {
    const register = demoRegister();
    await tx.insert(trusts).values(register.trusts);
    await tx.insert(establishments).values(register.establishments);
    await tx.insert(groupMemberships).values(register.memberships);
    await tx.insert(inspections).values(register.inspections);
    await tx.insert(earlyYearsProviders).values(register.earlyYears);
    await tx.insert(academyConversions).values(register.conversions);
    await recordAudit(tx, demoLoader, {
      action: 'demo.load',
      entityType: 'demo',
      entityId: demoLocalAuthority.code,
      after: {
        trusts: register.trusts.length,
        schools: register.establishments.length,
        inspections: register.inspections.length,
        accounts: demoAccounts.length,
      },
    });
  });
  for (const account of demoAccounts) await services.users.add(demoLoader, account);
  // The demonstration's board member is the Strategic Board's independent chair.
  const [boardMember] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'board@beacon.example'));
  const boardIds: number[] = [];
  for (const board of seed001Boards(boardMember?.id ?? null))
    boardIds.push(await services.boards.createBoard(demoLoader, board));
  await loadDemoPlans(db, demoLoader);
  await loadDemoResults(services);
  await loadDemoMeeting(services, boardIds[0] ?? 0);
  await loadDemoSupport(services, demoLoader, async (email) => {
    const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return account?.id ?? null;
  });
  await loadDemoCollection(services, demoLoader);
}

/**
 * Seed 001's Education Advisory Board of 30 September 2016, item 3 "noted" as recommended, with
 * the provisional results summary attached and frozen. The papers do not say when they went out:
 * the demonstration publishes them on the last day the notice allows. Nor do they say who came:
 * the demonstration records the chair.
 */
async function loadDemoMeeting(services: Services, boardId: number): Promise<void> {
  const on = seed001Meeting.heldOn;
  const meetingId = await services.meetings.createMeeting(demoLoader, boardId, seed001Meeting, on);
  const meeting = await services.meetings.meeting(demoLoader, meetingId, on);
  const chair = meeting.members.find((m) => m.office === 'chair');
  if (chair)
    await services.meetings.recordAttendance(
      demoLoader,
      meetingId,
      [{ holderId: chair.holderId, status: 'present' }],
      on,
    );
  const report = meeting.agenda.find((item) => item.kind === 'report');
  if (!report) return;
  await services.papers.attach(
    demoLoader,
    paperKinds,
    meetingId,
    report.id,
    { kind: 'results-summary', laCode: demoLocalAuthority.code, period: 2016 },
    meeting.papers.dueBy,
  );
  // Seed 001 is the council's published agenda: its papers are public.
  await services.papers.publish(demoLoader, paperKinds, meetingId, renderTemplate, meeting.papers.dueBy, {
    public: true,
  });
  await services.meetings.recordDecision(demoLoader, meetingId, report.id, { outcome: 'noted' }, on);
}

/** Seed 001's provisional 2016 results for Portsmouth, through the values template's own import. */
async function loadDemoResults(services: Services): Promise<void> {
  const { db } = services.database;
  await db.transaction(async (tx) => {
    const known = await performanceRepository.knownIndicatorKeys(tx);
    const missing = demoIndicators.filter((i) => !known.has(i.key));
    await performanceRepository.upsertIndicators(tx, missing);
    // Seed 004's constituencies belong to Sefton, which no demonstration figure names otherwise.
    await performanceRepository.upsertAreas(tx, [
      { ...sefton, areaType: 'la', regionName: 'North West' },
      ...generatedAuthorities,
    ]);
    // Portsmouth's statistical neighbours are generated authorities too (DfE's 2025 model's shape).
    await neighboursRepository.replaceSet(tx, '2025', generatedNeighbours());
    await resultsChanged(tx);
    await recordAudit(tx, demoLoader, {
      action: 'demo.indicators',
      entityType: 'indicator',
      entityId: 'demo',
      after: { added: missing.map((i) => i.key), areas: [sefton.code] },
    });
  });
  await services.performance.importValuesTable(
    demoLoader,
    'seed-001-provisional-results-2016.csv',
    seed001Results(),
    silentProgress,
  );
  await services.performance.importValuesTable(
    demoLoader,
    generatedDataset,
    generatedNationalFigures(),
    silentProgress,
  );
  await services.performance.importValuesTable(
    demoLoader,
    generatedSchoolsDataset,
    generatedSchoolResults(demoRegister().establishments),
    silentProgress,
  );
  await services.performance.importValuesTable(
    demoLoader,
    'seed-004-sefton-constituencies.csv',
    seed004AreaFigures(),
    silentProgress,
  );
}

export function describeDemoAccounts(baseUrl: string): string {
  const width = Math.max(...demoAccounts.map((a) => a.email.length));
  const lines = demoAccounts.map((a) => `  ${a.email.padEnd(width)}  ${a.password.padEnd(22)}  ${a.role}`);
  return [`Demonstration accounts (sign in at ${baseUrl}/sign-in):`, ...lines].join('\n');
}
