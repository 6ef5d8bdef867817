import { todayIso as today } from '../kernel/format.ts';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { assertCanSeeSchool } from '../access/scope.ts';
import { keptUntilChanged } from '../access/keptReads.ts';
import { ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { schoolsRepository, type RegisterSort, type SchoolFilters } from './repository.ts';
import { establishments } from './schema.ts';
import { presentInspection, presentSchoolSummary, presentTrust } from './presenters.ts';
import { currentGrade } from './rules/inspections.ts';
import { buildLandscape, goodOrOutstandingOn } from './landscape.ts';
import type { CountedSchools } from './rules/stateFunded.ts';
import { countGoodOrOutstanding } from './rules/goodOrOutstanding.ts';

/** What part of the register an actor may see, as a condition on establishments. */
function scopeOf(actor: Actor) {
  if (actor.role === 'school_user') return eq(establishments.urn, actor.schoolUrn ?? -1);
  if (actor.role === 'trust_leader') return eq(establishments.trustId, actor.trustId ?? sql`null`);
  return undefined;
}

/** The longest page of the register kept; a file of the whole register is read when asked for. */
const keptPageSize = 100;

/** What scopeOf limits an account to, as a key for what is kept for everyone with that scope. */
function scopeKey(actor: Actor): string {
  if (actor.role === 'school_user') return `school ${String(actor.schoolUrn)}`;
  if (actor.role === 'trust_leader') return `trust ${String(actor.trustId)}`;
  return 'all';
}

export function createSchoolsService(db: Database) {
  /** An LA's landscape at two dates (the earlier for comparison). */
  async function landscapeOf(
    laCode: string,
    dates: { earlier: string; later: string },
    counted: CountedSchools = 'stateFunded',
  ) {
    const schools = await schoolsRepository.landscapeSchools(db, laCode);
    if (schools.length === 0) throw new NotFoundError(`The register has no schools in LA ${laCode}`);
    const [inspections, earlyYears, conversions] = await Promise.all([
      schoolsRepository.inspectionsOf(
        db,
        schools.map((s) => s.urn),
      ),
      schoolsRepository.earlyYears(db, laCode),
      schoolsRepository.conversions(db, laCode),
    ]);
    return {
      la: { code: laCode, name: schools[0]?.laName ?? laCode },
      isDemonstration: schools.some((s) => s.isDemonstration),
      ...buildLandscape({ schools, inspections, earlyYears, ...dates, counted }),
      conversions: conversions.map((c) => ({
        urn: c.conversion.urn,
        name: c.name,
        stage: c.conversion.stage,
        academyOrderOn: c.conversion.academyOrderOn,
        sponsor: c.conversion.sponsor,
        expectedOn: c.conversion.expectedOn,
      })),
    };
  }

  /** A school's profile: the register's entry, its inspections, links, trust and conversion. */
  async function profileOf(urn: number) {
    const found = await schoolsRepository.findByUrn(db, urn);
    if (!found) throw new NotFoundError(`There is no school with URN ${urn}`);
    const school = found.establishment;
    const [inspections, links, memberships, conversion] = await Promise.all([
      schoolsRepository.inspectionsOf(db, [urn]),
      schoolsRepository.linksOf(db, urn),
      schoolsRepository.membershipsOf(db, urn),
      schoolsRepository.conversionOf(db, urn),
    ]);
    const grade = currentGrade(inspections, today());
    const profile = {
      ...presentSchoolSummary(school, {
        trustName: found.trust?.name ?? null,
        grade,
        latestInspectedOn: inspections[0]?.inspectedOn ?? null,
      }),
      laestab: school.laestab,
      typeGroup: school.typeGroup,
      openedOn: school.openedOn,
      closedOn: school.closedOn,
      ageRange:
        school.statutoryLowAge === null || school.statutoryHighAge === null
          ? null
          : `${school.statutoryLowAge} to ${school.statutoryHighAge}`,
      gender: school.gender,
      religiousCharacter: school.religiousCharacter,
      diocese: school.diocese,
      admissionsPolicy: school.admissionsPolicy,
      numberOnRoll: school.numberOnRoll,
      capacity: school.capacity,
      parliamentaryConstituency: school.parliamentaryConstituency,
      ward: school.ward,
      address:
        [school.street, school.town, school.postcode].filter((p) => p !== null && p !== '').join(', ') ||
        null,
      headteacher: school.headteacher,
      sponsor: school.sponsor,
      teachingSchoolAlliance: school.teachingSchoolAlliance,
      federation: found.federation ? presentTrust(found.federation) : null,
      trustType: found.trust?.groupType ?? null,
      memberships,
      links: links.map((link) => ({
        linkedUrn: link.linkedUrn,
        linkedName: link.nameInRegister ?? link.linkedName,
        inRegister: link.nameInRegister !== null,
        linkType: link.linkType,
        establishedOn: link.establishedOn,
      })),
      inspections: inspections.map(presentInspection),
      conversion: conversion
        ? {
            stage: conversion.stage,
            academyOrderOn: conversion.academyOrderOn,
            sponsor: conversion.sponsor,
            expectedOn: conversion.expectedOn,
          }
        : null,
      source: school.source,
    };
    return { establishment: school, profile };
  }

  // Kept until anything changes (access/keptReads.ts); who may see them is checked on every read.
  const keptProfiles = keptUntilChanged<Awaited<ReturnType<typeof profileOf>>>(db, 500);
  const keptSearches = keptUntilChanged<{
    total: number;
    schools: ReturnType<typeof presentSchoolSummary>[];
  }>(db, 200);
  const keptOptions = keptUntilChanged<Awaited<ReturnType<typeof schoolsRepository.filterOptions>>>(db, 100);

  // The same for everyone who may read the landscape (access/keptReads.ts).
  const keptLandscapes = keptUntilChanged<Awaited<ReturnType<typeof landscapeOf>>>(db, 50);

  return {
    /** Whether the register holds a school: for accounts tied to one. */
    schoolExists: (urn: number) => schoolsRepository.schoolExists(db, urn),
    trustExists: (id: string) => schoolsRepository.trustExists(db, id),
    /** A school's profile, for those who may see it (access/scope.ts), kept until anything changes. */
    async get(actor: Actor, urn: number) {
      const found = await keptProfiles(`${String(urn)}|${today()}`, () => profileOf(urn));
      assertCanSeeSchool(actor, found.establishment);
      return found.profile;
    },

    /** Schools the actor may see that match the filters, a page at a time. */
    /** A page of the register as filtered and sorted; a page shown (not a file) is kept. */
    async search(
      actor: Actor,
      filters: SchoolFilters,
      page: { offset: number; limit: number },
      sort?: { column: RegisterSort; descending: boolean },
    ) {
      const on = today();
      const read = async () => {
        const { total, rows } = await schoolsRepository.search(db, filters, scopeOf(actor), page, on, sort);
        return { total, schools: rows.map((row) => presentSchoolSummary(row.establishment, row)) };
      };
      if (page.limit > keptPageSize) return read();
      return keptSearches(`${scopeKey(actor)}|${on}|${JSON.stringify([filters, page, sort])}`, read);
    },

    filterOptions(actor: Actor) {
      return keptOptions(scopeKey(actor), () => schoolsRepository.filterOptions(db, scopeOf(actor)));
    },

    /** The school or trust an account is tied to, by name ("for Harbourside Primary School"). */
    async scopeName(actor: Actor): Promise<string | null> {
      if (actor.schoolUrn !== null) {
        return (await schoolsRepository.findByUrn(db, actor.schoolUrn))?.establishment.name ?? null;
      }
      if (actor.trustId !== null) return (await schoolsRepository.trust(db, actor.trustId))?.name ?? null;
      return null;
    },

    /** A trust or federation and its schools. A trust leader sees only their own; a school user none. */
    async trust(actor: Actor, id: string) {
      if (actor.role === 'school_user' || (actor.role === 'trust_leader' && actor.trustId !== id)) {
        throw new ForbiddenError('You can only see the trust your account is set up for.');
      }
      const trust = await schoolsRepository.trust(db, id);
      if (!trust) throw new NotFoundError(`There is no trust or federation with ID ${id}`);
      const schools = await schoolsRepository.trustSchools(db, id, today());
      return {
        ...presentTrust(trust),
        schools: schools.map((s) => ({
          ...presentSchoolSummary(s.establishment, { trustName: trust.name, ...s }),
          joinedOn: s.joinedOn,
        })),
        goodOrOutstanding: countGoodOrOutstanding(schools.map((s) => s.grade)),
      };
    },

    /** An LA's landscape at two dates (the earlier for comparison), kept until anything changes. */
    async landscape(
      laCode: string,
      dates: { earlier: string; later: string },
      counted: CountedSchools = 'stateFunded',
    ) {
      return keptLandscapes(`${laCode}|${dates.earlier}|${dates.later}|${counted}`, () =>
        landscapeOf(laCode, dates, counted),
      );
    },

    /** % good or outstanding in an LA on each date (a KPI's years), reading the register once. */
    async goodOrOutstandingOn(laCode: string, dates: readonly string[]) {
      const schools = await schoolsRepository.landscapeSchools(db, laCode);
      if (schools.length === 0) throw new NotFoundError(`The register has no schools in LA ${laCode}`);
      const inspections = await schoolsRepository.inspectionsOf(
        db,
        schools.map((s) => s.urn),
      );
      return goodOrOutstandingOn(schools, inspections, dates);
    },

    /** The LAs the register holds schools for, for the landscape's choice of LA. */
    localAuthorities() {
      return keptOptions('all', () => schoolsRepository.filterOptions(db, undefined)).then((o) => o.las);
    },
  };
}

export type SchoolsService = ReturnType<typeof createSchoolsService>;
