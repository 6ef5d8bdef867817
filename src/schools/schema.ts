import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';

// The schools register (SPEC C1). Values that GIAS and DfE publish are kept as published (type of
// establishment, phase of education, status, link types); Beacon's own groupings (`phase`,
// `phaseGroup`, `isAcademy`) are derived from them at import by the pure rules in rules/.

/** Trusts and other groups: multi-academy and single-academy trusts, foundation trusts, federations. */
export const trusts = pgTable('trusts', {
  // GIAS group UID where the file gives one; otherwise a key made from the published name.
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  groupType: text('group_type').notNull(),
  isDemonstration: boolean('is_demonstration').notNull().default(false),
});

export const establishments = pgTable(
  'establishments',
  {
    urn: integer('urn').primaryKey(),
    name: text('name').notNull(),
    // DfE's three-digit LA number ("851" for Portsmouth).
    laCode: text('la_code').notNull(),
    laName: text('la_name').notNull(),
    laestab: text('laestab'),
    // Beacon's phase (SPEC C1's list) and the group the landscape counts it in.
    phase: text('phase').notNull(),
    phaseGroup: text('phase_group').notNull().default('Other'),
    // As published: GIAS "PhaseOfEducation (name)", "TypeOfEstablishment (name)", "EstablishmentTypeGroup (name)".
    phaseOfEducation: text('phase_of_education'),
    establishmentType: text('establishment_type').notNull(),
    typeGroup: text('type_group'),
    isAcademy: boolean('is_academy').notNull().default(false),
    // As published: Open, Closed, "Open, but proposed to close", "Proposed to open".
    status: text('status').notNull().default('Open'),
    openedOn: date('opened_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    statutoryLowAge: integer('statutory_low_age'),
    statutoryHighAge: integer('statutory_high_age'),
    gender: text('gender'),
    religiousCharacter: text('religious_character'),
    diocese: text('diocese'),
    admissionsPolicy: text('admissions_policy'),
    numberOnRoll: integer('number_on_roll'),
    capacity: integer('capacity'),
    percentageFsm: doublePrecision('percentage_fsm'),
    parliamentaryConstituency: text('parliamentary_constituency'),
    ward: text('ward'),
    district: text('district'),
    region: text('region'),
    street: text('street'),
    town: text('town'),
    postcode: text('postcode'),
    website: text('website'),
    headteacher: text('headteacher'),
    sponsor: text('sponsor'),
    teachingSchoolAlliance: text('teaching_school_alliance'),
    trustId: text('trust_id').references(() => trusts.id),
    federationId: text('federation_id').references(() => trusts.id),
    // Which import last set this record, and from which line.
    source: text('source').notNull().default('beacon'),
    sourceLine: integer('source_line'),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [
    index('establishments_la_idx').on(t.laCode),
    index('establishments_trust_idx').on(t.trustId),
    index('establishments_name_idx').on(sql`lower(${t.name})`),
  ],
);

/** Which group a school belonged to and when: the history behind establishments.trust_id. */
export const groupMemberships = pgTable(
  'group_memberships',
  {
    urn: integer('urn')
      .notNull()
      .references(() => establishments.urn),
    groupId: text('group_id')
      .notNull()
      .references(() => trusts.id),
    // Null when the source does not publish the date (GIAS's establishment file does not).
    joinedOn: date('joined_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.urn, t.groupId] }), index('group_memberships_group_idx').on(t.groupId)],
);

/** GIAS predecessor/successor links. The linked URN may be outside the register (a long-closed school). */
export const establishmentLinks = pgTable(
  'establishment_links',
  {
    urn: integer('urn')
      .notNull()
      .references(() => establishments.urn),
    linkedUrn: integer('linked_urn').notNull(),
    linkedName: text('linked_name').notNull(),
    linkType: text('link_type').notNull(),
    establishedOn: date('established_on', { mode: 'string' }),
    source: text('source').notNull(),
    sourceLine: integer('source_line'),
  },
  (t) => [
    primaryKey({ columns: [t.urn, t.linkedUrn, t.linkType] }),
    index('establishment_links_linked_idx').on(t.linkedUrn),
  ],
);

/**
 * Ofsted inspections. Overall effectiveness is the old four-point scale (1 Outstanding … 4
 * Inadequate; "Satisfactory" was grade 3 before September 2012). From September 2024 inspections
 * give no overall grade; from November 2025 report cards grade evaluation areas on their own
 * five-point scale, kept in reportCard and never in overallEffectiveness.
 */
export const inspections = pgTable(
  'inspections',
  {
    urn: integer('urn')
      .notNull()
      .references(() => establishments.urn),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    framework: text('framework')
      .$type<'graded' | 'ungraded' | 'no-overall-grade' | 'report-card'>()
      .notNull(),
    inspectionType: text('inspection_type'),
    overallEffectiveness: integer('overall_effectiveness'),
    // The words the source used ("Satisfactory", "Requires Improvement", "Serious Weaknesses").
    publishedJudgement: text('published_judgement'),
    qualityOfEducation: integer('quality_of_education'),
    behaviourAndAttitudes: integer('behaviour_and_attitudes'),
    personalDevelopment: integer('personal_development'),
    leadershipAndManagement: integer('leadership_and_management'),
    earlyYears: integer('early_years'),
    sixthForm: integer('sixth_form'),
    categoryOfConcern: text('category_of_concern').$type<
      'Special measures' | 'Serious weaknesses' | 'Notice to improve'
    >(),
    reportCard: jsonb('report_card').$type<Record<string, string>>(),
    source: text('source').notNull(),
    sourceLine: integer('source_line'),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.urn, t.inspectedOn] }),
    check('inspections_overall_scale', sql`${t.overallEffectiveness} between 1 and 4`),
    check(
      'inspections_report_cards_apart',
      sql`${t.framework} <> 'report-card' or ${t.overallEffectiveness} is null`,
    ),
  ],
);

/** Early years providers outside the schools register: PVI settings, childminders, children's centres. */
export const earlyYearsProviders = pgTable(
  'early_years_providers',
  {
    // Ofsted's provider reference (EY123456).
    reference: text('reference').primaryKey(),
    name: text('name').notNull(),
    providerType: text('provider_type').notNull(),
    laCode: text('la_code').notNull(),
    ward: text('ward'),
    registeredPlaces: integer('registered_places'),
    overallEffectiveness: integer('overall_effectiveness'),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [
    index('early_years_providers_la_idx').on(t.laCode),
    check('early_years_overall_scale', sql`${t.overallEffectiveness} between 1 and 4`),
  ],
);

/** Schools on their way to becoming academies. */
export const academyConversions = pgTable('academy_conversions', {
  urn: integer('urn')
    .primaryKey()
    .references(() => establishments.urn),
  stage: text('stage').$type<'Considering' | 'Academy order issued' | 'Converting'>().notNull(),
  academyOrderOn: date('academy_order_on', { mode: 'string' }),
  sponsor: text('sponsor'),
  expectedOn: date('expected_on', { mode: 'string' }),
  source: text('source').notNull(),
});
