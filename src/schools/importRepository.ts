import { eq, sql } from 'drizzle-orm';
import type { Database, DatabaseKind } from '../db/client.ts';
import { mergeRecords, type MergeCounts } from '../db/merge.ts';
import { areas } from '../performance/schema.ts';
import {
  academyConversions,
  establishmentLinks,
  establishments,
  groupMemberships,
  inspections,
  trusts,
} from './schema.ts';
import type { EstablishmentRecord, GroupRecord, InspectionRecord } from './imports/records.ts';
import type { LinkRecord } from './imports/giasLinks.ts';
import type { ConversionRecord } from './imports/schoolsTemplate.ts';

// How the register's imports write: every table merged by its natural key (db/merge.ts).

export type MembershipWrite = { urn: number; groupId: string; joinedOn?: string | null };

export const schoolsImportRepository = {
  async knownUrns(db: Database): Promise<Set<number>> {
    const rows = await db.select({ urn: establishments.urn }).from(establishments);
    return new Set(rows.map((r) => r.urn));
  },

  /** LA names by code: DfE's own (from LAIT areas), else what an earlier GIAS import said. */
  async laNames(db: Database): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const fromRegister = await db
      .selectDistinct({ code: establishments.laCode, name: establishments.laName })
      .from(establishments)
      .where(sql`${establishments.laName} not like 'LA %'`);
    for (const row of fromRegister) names.set(row.code, row.name);
    const fromAreas = await db
      .select({ code: areas.code, name: areas.name })
      .from(areas)
      .where(eq(areas.areaType, 'la'));
    for (const row of fromAreas) names.set(row.code, row.name);
    return names;
  },

  establishments: (
    tx: Database,
    kind: DatabaseKind,
    records: EstablishmentRecord[],
    onChunk: (n: number) => void,
  ) => mergeRecords(tx, kind, establishments, ['urn'], records, { ignore: ['sourceLine'], onChunk }),

  groups(tx: Database, kind: DatabaseKind, records: GroupRecord[]) {
    return mergeRecords(tx, kind, trusts, ['id'], records);
  },

  inspections: (
    tx: Database,
    kind: DatabaseKind,
    records: InspectionRecord[],
    onChunk: (n: number) => void,
  ) =>
    mergeRecords(tx, kind, inspections, ['urn', 'inspectedOn'], records, {
      ignore: ['sourceLine'],
      onChunk,
    }),

  links: (tx: Database, kind: DatabaseKind, records: LinkRecord[], onChunk: (n: number) => void) =>
    mergeRecords(tx, kind, establishmentLinks, ['urn', 'linkedUrn', 'linkType'], records, {
      ignore: ['sourceLine'],
      onChunk,
    }),

  conversions(tx: Database, kind: DatabaseKind, records: ConversionRecord[]) {
    return mergeRecords(tx, kind, academyConversions, ['urn'], records);
  },

  /**
   * Records which groups the schools in a file belong to. A school the file shows in a group it
   * was not in before joins it; a membership the file no longer shows ends on `asAt`.
   */
  async memberships(
    tx: Database,
    kind: DatabaseKind,
    urnsInFile: readonly number[],
    current: readonly MembershipWrite[],
    source: string,
    asAt: string,
  ): Promise<MergeCounts> {
    const withDates = current.some((m) => m.joinedOn !== undefined);
    const counts = await mergeRecords(
      tx,
      kind,
      groupMemberships,
      ['urn', 'groupId'],
      current.map((m) => ({
        urn: m.urn,
        groupId: m.groupId,
        ...(withDates ? { joinedOn: m.joinedOn ?? null } : {}),
        leftOn: null,
        source,
      })),
    );
    // One statement ends every open membership the file no longer shows. The file's schools and
    // memberships go in as JSON: one parameter each, whatever their number.
    await tx.execute(sql`update group_memberships m set left_on = ${asAt}
      where m.left_on is null
        and m.urn in (select value::int from json_array_elements_text(${JSON.stringify(urnsInFile)}::json))
        and not exists (
          select 1 from json_to_recordset(${JSON.stringify(current.map((c) => ({ urn: c.urn, group_id: c.groupId })))}::json)
            as k(urn int, group_id text)
          where k.urn = m.urn and k.group_id = m.group_id)`);
    return counts;
  },
};
