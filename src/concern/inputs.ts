import { z } from 'zod';
import { intelligenceKinds, interventionKinds, interventionStatuses, visitStatuses } from './schema.ts';

// What people send when they decide, record or intervene; the service checks each against these.

const date = z.iso.date('Enter a real date, with the day, month and year');
const points = z
  .number('Points are a whole number, like 3')
  .int('Points are whole numbers')
  .min(0, 'Points cannot be negative')
  .max(100);
const margin = z.number('Give the margin as a number').min(0, 'A margin cannot be negative').max(100);

export const riskRuleInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('attainmentBelowNational'),
    margin,
    years: z
      .number('Give the years as a number')
      .int('Give whole years')
      .min(1, 'At least one year')
      .max(5, 'At most 5 years'),
    points,
  }),
  z.object({ kind: z.literal('progressSignificantlyBelow'), points, bottomFifthPoints: points }),
  z.object({ kind: z.literal('disadvantagedGapWider'), points }),
  z.object({ kind: z.literal('absenceWorse'), margin, points }),
  z.object({
    kind: z.literal('finances'),
    surplusShare: z
      .number('Give the share as a number, like 0.2')
      .min(0)
      .max(1, 'A share of revenue is at most 1 (100%)'),
    points,
  }),
  z.object({ kind: z.literal('intelligence'), points }),
  z.object({ kind: z.literal('predictedBelowNational'), margin, points }),
  z.object({
    kind: z.literal('notInspectedFor'),
    years: z.number('Give the years as a number').min(1, 'At least one year').max(20, 'At most 20 years'),
    points,
  }),
]);

export const riskModelInput = z.object({
  rules: z.array(riskRuleInput).max(20),
  categories: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'Name each category').max(40),
        from: z
          .number('Give the points each category starts at')
          .int('Thresholds are whole points')
          .min(0, 'A threshold cannot be negative'),
      }),
    )
    .min(1, 'A model needs at least one category')
    .max(6),
});
export type RiskModelInput = z.input<typeof riskModelInput>;

export const meetingInput = z.object({
  laCode: z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851'),
  heldOn: date,
  attendees: z.string().trim().min(1, 'List who attended').max(2000),
});
export type MeetingInput = z.input<typeof meetingInput>;

export const decisionInput = z.object({
  category: z.string().trim().min(1, 'Choose a category'),
  rationale: z.string().trim().min(1, 'Give the rationale for the category').max(4000),
  academyReferral: z.boolean().default(false),
});
export type DecisionInput = z.input<typeof decisionInput>;

export const intelligenceInput = z.object({
  kind: z.enum(intelligenceKinds, 'Choose what kind of intelligence this is'),
  notedOn: date,
  note: z.string().trim().min(1, 'Say what is known').max(4000),
});
export type IntelligenceInput = z.input<typeof intelligenceInput>;

const link = z.url({ protocol: /^https?$/, message: 'A document link is a web address (https://…)' });

export const interventionInput = z.object({
  kind: z.enum(interventionKinds, 'Choose an intervention'),
  startedOn: date,
  complianceBy: date.nullable().default(null),
  owner: z.string().trim().min(1, 'Name who owns the intervention').max(200),
  details: z.string().trim().max(8000).default(''),
  documentLinks: z.array(link).max(20).default([]),
});
export type InterventionInput = z.input<typeof interventionInput>;

export const interventionChangeInput = z.object({
  status: z.enum(interventionStatuses, 'Choose a status'),
  endedOn: date.nullable().default(null),
  outcome: z.string().trim().max(8000).default(''),
});
export type InterventionChangeInput = z.input<typeof interventionChangeInput>;

const days = z
  .number('Give the days as a number, like 0.5 or 1')
  .positive('A visit takes some time: give at least half a day')
  .max(20, 'A single visit is at most 20 days')
  .refine((n) => Number.isInteger(n * 2), 'Give days in halves: 0.5, 1, 1.5 …');

export const visitInput = z.object({
  visitOn: date,
  days,
  purpose: z.string().trim().min(1, 'Say what the visit is for').max(2000),
});
export type VisitInput = z.input<typeof visitInput>;

export const visitUpdateInput = z.object({
  status: z.enum(visitStatuses, 'Choose a status'),
  notes: z.string().trim().max(8000).default(''),
  share: z.boolean().default(false),
});
export type VisitUpdateInput = z.input<typeof visitUpdateInput>;

export const visitResponseInput = z.object({
  response: z.string().trim().min(1, 'Write the school’s response').max(8000),
});

export const allowancesInput = z.record(
  z.string().min(1),
  z.number('Give days a year as a number').min(0, 'An allowance cannot be negative').max(200),
);
