import { suggestedRules, type RiskModel, type RiskRule } from './risk/model.ts';
import type { RiskModelInput } from './inputs.ts';
import type { FieldProblem } from '../kernel/errors.ts';

// The risk model as a page's form: one fieldset a rule (on or off, and its numbers), then the
// categories with the score each starts at. Field names say which rule and which number.

type Parameter = { key: string; label: string; hint?: string };
type RuleForm = { kind: RiskRule['kind']; title: string; parameters: Parameter[] };

const points: Parameter = { key: 'points', label: 'Points' };

export const ruleForms: RuleForm[] = [
  {
    kind: 'attainmentBelowNational',
    title: 'Headline attainment below England’s',
    parameters: [
      { key: 'margin', label: 'By more than (percentage points or Attainment 8 points)' },
      { key: 'years', label: 'Years running' },
      points,
    ],
  },
  {
    kind: 'progressSignificantlyBelow',
    title: 'Progress significantly below national',
    parameters: [points, { key: 'bottomFifthPoints', label: 'More points if in the bottom 20% of schools' }],
  },
  {
    kind: 'disadvantagedGapWider',
    title: 'Disadvantaged gap wider than the national gap',
    parameters: [points],
  },
  {
    kind: 'absenceWorse',
    title: 'Overall absence worse than national',
    parameters: [{ key: 'margin', label: 'By more than (percentage points)' }, points],
  },
  {
    kind: 'finances',
    title: 'In deficit, or a large surplus',
    parameters: [
      { key: 'surplusShare', label: 'Surplus above this share of revenue', hint: '0.2 is 20%' },
      points,
    ],
  },
  {
    kind: 'intelligence',
    title: 'Each kind of officer intelligence in the last 12 months',
    parameters: [points],
  },
  {
    kind: 'notInspectedFor',
    title: 'Good or outstanding, but not inspected for a long time',
    parameters: [{ key: 'years', label: 'More than (years)' }, points],
  },
  {
    kind: 'predictedBelowNational',
    title: 'The school’s own prediction of its headline measure below England’s (from its in-year return)',
    parameters: [{ key: 'margin', label: 'By more than (percentage points or Attainment 8 points)' }, points],
  },
];

export const categoryRows = 5;

/** The form's values for a model: every rule (off ones keep the default numbers) and its categories. */
export function formValues(model: RiskModel, defaults: RiskModel): Record<string, string> {
  const values: Record<string, string> = {};
  for (const form of ruleForms) {
    const rule = model.rules.find((r) => r.kind === form.kind);
    const shown =
      rule ??
      defaults.rules.find((r) => r.kind === form.kind) ??
      suggestedRules.find((r) => r.kind === form.kind);
    if (rule) values[`${form.kind}.enabled`] = 'yes';
    for (const p of form.parameters) {
      const value = shown ? (shown as Record<string, unknown>)[p.key] : undefined;
      values[`${form.kind}.${p.key}`] = typeof value === 'number' ? String(value) : '';
    }
  }
  model.categories.forEach((c, i) => {
    values[`category${String(i)}.name`] = c.name;
    values[`category${String(i)}.from`] = String(c.from);
  });
  return values;
}

const number = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? Number.NaN : Number(text);

/** What the form says, as the service takes it; and how to name a problem's field back on the form. */
export function modelFromForm(form: Record<string, string>): {
  input: RiskModelInput;
  fieldOf: (problem: FieldProblem) => string;
} {
  const enabled = ruleForms.filter((f) => form[`${f.kind}.enabled`] === 'yes');
  const rules = enabled.map((f) => ({
    kind: f.kind,
    ...Object.fromEntries(f.parameters.map((p) => [p.key, number(form[`${f.kind}.${p.key}`])])),
  })) as RiskModelInput['rules'];
  const categories = Array.from({ length: categoryRows }, (_, i) => ({
    name: (form[`category${String(i)}.name`] ?? '').trim(),
    from: number(form[`category${String(i)}.from`]),
  })).filter((c) => c.name !== '' || !Number.isNaN(c.from));
  const fieldOf = (problem: FieldProblem) => {
    const [list, index, key] = problem.field.split('.');
    if (list === 'rules' && index !== undefined)
      return `${enabled[Number(index)]?.kind ?? 'rules'}.${key ?? ''}`;
    if (list === 'categories' && index !== undefined) return `category${index}.${key ?? 'name'}`;
    return 'category0.from';
  };
  return { input: { rules, categories }, fieldOf };
}
