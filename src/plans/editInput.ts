import { z } from 'zod';
import { ValidationError, validated, type FieldProblem } from '../kernel/errors.ts';
import { numberFrom } from '../kernel/forms.ts';
import type { TargetRule } from './targets/rules.ts';

// A plan's parts as an officer types them on the web, checked field by field in the form's own
// words. The plan's shape (numbering, cross-references, leads) is checked by rules/structure.ts.

type Fields = Readonly<Record<string, string | undefined>>;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${String(max)} characters`);
const required = (message: string, max = 2000) => text(max).min(1, message);
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9&-]{1,16}$/, 'A role’s short name is letters and numbers, like HSI or DDCS');
const partNumber = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.:-]{1,16}$/, `Give the ${what}’s number as the plan writes it, like 2 or 1:1`);
const year = (message: string) => z.number({ message }).int(message).min(2000, message).max(2100, message);

/** The ticked boxes of a group posted as prefix-value fields ("lead-HSI", "area-2"). */
export const ticked = (fields: Fields, prefix: string): string[] =>
  Object.keys(fields)
    .filter((key) => key.startsWith(`${prefix}-`) && fields[key] !== undefined)
    .map((key) => key.slice(prefix.length + 1));

export const planKinds = ['action plan', 'strategy', 'kpi report'] as const;

export function newPlanInput(fields: Fields) {
  return validated(
    z.object({
      title: required('Enter the plan’s title', 300),
      organisation: required('Enter who the plan belongs to, like Portsmouth City Council', 200),
      kind: z.enum(planKinds, { message: 'Choose what kind of plan it is' }),
      agreedOn: z.union([z.literal(''), z.iso.date('Enter a real date, with the day, month and year')]),
      introduction: text(5000),
      ownerCode: code,
      ownerTitle: required('Enter the title of the role that owns the plan', 200),
    }),
    { ...fields, agreedOn: fields.agreedOn ?? '', introduction: fields.introduction ?? '' },
  );
}

export function areaInput(fields: Fields) {
  return validated(
    z.object({ number: partNumber('area'), text: required('Enter what Ofsted asked for', 2000) }),
    fields,
  );
}

export function roleInput(fields: Fields) {
  return validated(
    z.object({
      code,
      title: required('Enter the role’s title, like Head of School Improvement', 200),
      holders: z.array(z.coerce.number().int().positive()),
    }),
    { ...fields, holders: ticked(fields, 'holder') },
  );
}

export function priorityInput(fields: Fields) {
  return validated(
    z.object({
      number: partNumber('priority'),
      title: required('Enter the priority'),
      successLooksLike: text(5000),
      differenceItMakes: text(5000),
      howWeWillKnow: text(5000),
      areas: z.array(z.string()),
      leads: z.array(z.string()),
    }),
    {
      successLooksLike: '',
      differenceItMakes: '',
      howWeWillKnow: '',
      ...fields,
      areas: ticked(fields, 'area'),
      leads: ticked(fields, 'lead'),
    },
  );
}

export function actionInput(fields: Fields) {
  return validated(
    z.object({
      priorityId: z.coerce.number({ message: 'Choose the priority the action serves' }).int().positive(),
      number: partNumber('action'),
      strategic: required('Enter the action'),
      operational: text(5000),
      performanceMeasure: text(2000),
      whenText: text(200),
      milestones: text(5000),
      resources: text(1000),
      leads: z.array(z.string()).min(1, 'Tick the role or roles that lead the action'),
    }),
    {
      operational: '',
      performanceMeasure: '',
      whenText: '',
      milestones: '',
      resources: '',
      ...fields,
      leads: ticked(fields, 'lead'),
    },
  );
}

export const ruleKinds = [
  { value: 'reach', text: 'Reach a figure by the target year' },
  { value: 'improveBy', text: 'Improve by a number of points' },
  { value: 'halveGap', text: 'Halve the gap to England' },
  { value: 'rankBand', text: 'Rank among local authorities' },
  { value: 'better', text: 'Be better than a comparator' },
  { value: 'inLine', text: 'Be in line with a comparator' },
  { value: 'allGood', text: 'All schools good or outstanding' },
  { value: 'maintain', text: 'Maintain the baseline' },
] as const;
export const comparators = ['England', 'statistical neighbours'] as const;

/** A KPI's target rule from the form: each kind asks for its own number, and says which is missing. */
function targetRuleFrom(fields: Fields): TargetRule {
  const kind = fields.ruleKind ?? '';
  const figure = (field: string, message: string): number => {
    const value = numberFrom(fields[field]);
    if (value === null || !Number.isFinite(value)) throw new ValidationError([{ field, message }]);
    return value;
  };
  const comparator = () =>
    validated(
      z.object({ ruleComparator: z.enum(comparators, { message: 'Choose what it is compared with' }) }),
      {
        ruleComparator: fields.ruleComparator,
      },
    ).ruleComparator;
  switch (kind) {
    case 'reach':
      return { kind, target: figure('ruleTarget', 'Enter the figure the measure must reach') };
    case 'improveBy':
      return { kind, points: figure('rulePoints', 'Enter the number of points it must improve by') };
    case 'rankBand':
      return {
        kind,
        band: validated(
          z.object({
            ruleBand: z.enum(['top half', 'top quartile'], {
              message: 'Choose the top half or the top quartile',
            }),
          }),
          { ruleBand: fields.ruleBand },
        ).ruleBand,
      };
    case 'better':
      return { kind, comparator: comparator() };
    case 'inLine':
      return {
        kind,
        comparator: comparator(),
        tolerance: figure('ruleTolerance', 'Enter how many points either side still counts as in line'),
      };
    case 'halveGap':
    case 'allGood':
    case 'maintain':
      return { kind };
    default:
      return validated(z.object({ ruleKind: z.never({ message: 'Choose the kind of target' }) }), {
        ruleKind: kind,
      }).ruleKind;
  }
}

/** Every problem of the parts of a form, not only the first part's. */
function together<A, B>(first: () => A, second: () => B): [A, B] {
  const problems: FieldProblem[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const a = attempt(first);
  const b = attempt(second);
  if (problems.length > 0 || a === undefined || b === undefined) throw new ValidationError(problems);
  return [a, b];
}

export function kpiInput(fields: Fields) {
  const [base, targetRule] = together(
    () => kpiFields(fields),
    () => targetRuleFrom(fields),
  );
  return { ...base, targetRule };
}

function kpiFields(fields: Fields) {
  return validated(
    z
      .object({
        number: partNumber('KPI'),
        measure: required('Enter what the KPI measures', 500),
        priorityId: z.number().int().positive().nullable(),
        outcome: text(2000),
        outcomeLead: text(16),
        evidence: z.enum(['recorded', 'catalogue', 'register'], {
          message: 'Choose where its figures come from',
        }),
        indicatorKey: text(200),
        laCode: z.union([z.literal(''), z.string().regex(/^\d{3}$/, 'An LA code is three digits, like 851')]),
        direction: z.enum(['higher', 'lower'], { message: 'Choose whether higher or lower is better' }),
        unit: text(10),
        decimalPlaces: z
          .number({ message: 'Enter 0, 1, 2 or 3' })
          .int('Enter 0, 1, 2 or 3')
          .min(0, 'Enter 0, 1, 2 or 3')
          .max(3, 'Enter 0, 1, 2 or 3'),
        baselinePeriod: year(
          'Enter the baseline year as the year the academic year ends, like 2015',
        ).nullable(),
        baselineValue: z.number({ message: 'Enter the baseline as a number' }).nullable(),
        targetPeriod: year('Enter the target year as the year the academic year ends, like 2018'),
      })
      .superRefine((kpi, context) => {
        if (kpi.evidence === 'catalogue' && kpi.indicatorKey === '')
          context.addIssue({
            code: 'custom',
            path: ['indicatorKey'],
            message: 'Choose the indicator its figures come from',
          });
        if (kpi.evidence !== 'recorded' && kpi.laCode === '')
          context.addIssue({
            code: 'custom',
            path: ['laCode'],
            message: 'Enter the LA whose figures it reads',
          });
        if (kpi.baselinePeriod !== null && kpi.targetPeriod <= kpi.baselinePeriod)
          context.addIssue({
            code: 'custom',
            path: ['targetPeriod'],
            message: 'The target year comes after the baseline year',
          });
      }),
    {
      number: fields.number ?? '',
      measure: fields.measure ?? '',
      priorityId: numberFrom(fields.priorityId),
      outcome: fields.outcome ?? '',
      outcomeLead: fields.outcomeLead ?? '',
      evidence: fields.evidence,
      indicatorKey: fields.indicatorKey ?? '',
      laCode: (fields.laCode ?? '').trim(),
      direction: fields.direction,
      unit: fields.unit ?? '',
      decimalPlaces: numberFrom(fields.decimalPlaces) ?? 1,
      baselinePeriod: numberFrom(fields.baselinePeriod),
      baselineValue: numberFrom(fields.baselineValue),
      targetPeriod: numberFrom(fields.targetPeriod) ?? undefined,
    },
  );
}
export type KpiInput = ReturnType<typeof kpiInput>;
