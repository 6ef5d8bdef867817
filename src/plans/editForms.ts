import type { PlanEditingService } from './editService.ts';
import { comparators, planKinds, ruleKinds } from './editInput.ts';
import type { PlanPart } from './rules/structure.ts';
import type { TargetRule } from './targets/rules.ts';

// The form for each part of a plan, as a list of GOV.UK fields one template draws, and the
// values a stored part fills it with. Checkbox groups post one field a box ("lead-HSI").

type Item = { value: string; text: string; hint?: string };
export type FormField =
  | { kind: 'input' | 'textarea'; name: string; label: string; hint?: string; width?: string }
  | { kind: 'select' | 'radios'; name: string; label: string; hint?: string; items: Item[] }
  | { kind: 'checkboxes'; name: string; label: string; hint?: string; items: Item[] }
  | { kind: 'date'; name: string; label: string; hint?: string }
  | { kind: 'heading'; label: string; hint?: string };

type Editor = Awaited<ReturnType<PlanEditingService['editor']>>;
type Fields = Record<string, string>;

const leadItems = (editor: Editor): Item[] =>
  editor.glossary.map((g) => ({ value: g.code, text: `${g.code}: ${g.title}` }));

export const newPlanFields: FormField[] = [
  { kind: 'input', name: 'title', label: 'Title' },
  {
    kind: 'input',
    name: 'organisation',
    label: 'Whose plan it is',
    hint: 'For example, Portsmouth City Council',
  },
  {
    kind: 'radios',
    name: 'kind',
    label: 'What kind of plan it is',
    items: planKinds.map((k) => ({ value: k, text: k.charAt(0).toUpperCase() + k.slice(1) })),
  },
  { kind: 'date', name: 'agreedOn', label: 'Agreed on', hint: 'Leave it empty while the plan is a draft' },
  { kind: 'textarea', name: 'introduction', label: 'Introduction' },
  {
    kind: 'heading',
    label: 'The role that owns the plan',
    hint: 'Its holders may change the plan and update any action in it. You will hold it; add others on the plan’s edit page.',
  },
  {
    kind: 'input',
    name: 'ownerCode',
    label: 'Owner role’s short name',
    hint: 'For example, DDCS',
    width: 'govuk-input--width-5',
  },
  {
    kind: 'input',
    name: 'ownerTitle',
    label: 'Owner role’s title',
    hint: 'For example, Deputy Director of Children’s Services',
  },
];

export function partFields(part: PlanPart, editor: Editor, editing: boolean): FormField[] {
  switch (part) {
    case 'area':
      return [
        { kind: 'input', name: 'number', label: 'Number', width: 'govuk-input--width-5' },
        { kind: 'textarea', name: 'text', label: 'What Ofsted recommended' },
      ];
    case 'role':
      return [
        ...(editing
          ? []
          : [
              {
                kind: 'input',
                name: 'code',
                label: 'Short name',
                hint: 'For example, HSI',
                width: 'govuk-input--width-5',
              } as const,
            ]),
        { kind: 'input', name: 'title', label: 'Title', hint: 'For example, Head of School Improvement' },
        {
          kind: 'checkboxes',
          name: 'holder',
          label: 'Who holds it',
          hint: 'They may update the actions it leads',
          items: editor.people.map((p) => ({ value: String(p.id), text: p.name })),
        },
      ];
    case 'priority':
      return [
        {
          kind: 'input',
          name: 'number',
          label: 'Number',
          hint: 'For example, 2 or 1:1',
          width: 'govuk-input--width-5',
        },
        { kind: 'textarea', name: 'title', label: 'Priority' },
        {
          kind: 'checkboxes',
          name: 'area',
          label: 'Areas for improvement it answers',
          items: editor.areas.map((a) => ({ value: a.number, text: `${a.number}: ${a.text}` })),
        },
        { kind: 'checkboxes', name: 'lead', label: 'Leads', items: leadItems(editor) },
        { kind: 'textarea', name: 'successLooksLike', label: 'What success looks like' },
        { kind: 'textarea', name: 'differenceItMakes', label: 'The difference it makes' },
        { kind: 'textarea', name: 'howWeWillKnow', label: 'How we will know' },
      ];
    case 'action':
      return [
        {
          kind: 'select',
          name: 'priorityId',
          label: 'Priority',
          items: editor.priorities.map((p) => ({ value: String(p.id), text: `${p.number}: ${p.title}` })),
        },
        {
          kind: 'input',
          name: 'number',
          label: 'Number',
          hint: 'Under its priority: 2.1, 2.2 for priority 2, or 1:1:1 for priority 1:1',
          width: 'govuk-input--width-5',
        },
        {
          kind: 'textarea',
          name: 'strategic',
          label: 'Action',
          hint: 'To refer to another action, write its number, like “see 1.3”: it becomes a link',
        },
        { kind: 'textarea', name: 'operational', label: 'Operational actions' },
        { kind: 'checkboxes', name: 'lead', label: 'Who leads it', items: leadItems(editor) },
        {
          kind: 'input',
          name: 'whenText',
          label: 'When',
          hint: 'As the plan writes it: “By Sept 2016”, “Autumn term 2016”, “termly”, “2016/17” or “on-going”',
        },
        { kind: 'textarea', name: 'milestones', label: 'Milestones' },
        { kind: 'textarea', name: 'performanceMeasure', label: 'Performance measure' },
        { kind: 'input', name: 'resources', label: 'Resources or costs' },
      ];
    case 'kpi':
      return [
        {
          kind: 'input',
          name: 'number',
          label: 'Number',
          hint: 'For example, SM1 or K2',
          width: 'govuk-input--width-5',
        },
        { kind: 'textarea', name: 'measure', label: 'What it measures' },
        {
          kind: 'select',
          name: 'priorityId',
          label: 'Priority it measures',
          items: [
            { value: '', text: 'The whole plan' },
            ...editor.priorities.map((p) => ({ value: String(p.id), text: `${p.number}: ${p.title}` })),
          ],
        },
        { kind: 'textarea', name: 'outcome', label: 'Outcome' },
        {
          kind: 'select',
          name: 'outcomeLead',
          label: 'Outcome lead',
          items: [{ value: '', text: 'None' }, ...leadItems(editor)],
        },
        {
          kind: 'radios',
          name: 'evidence',
          label: 'Where its figures come from',
          items: [
            { value: 'recorded', text: 'Figures recorded against the KPI' },
            {
              value: 'catalogue',
              text: 'An indicator in Beacon’s results',
              hint: 'Give the indicator and the LA below',
            },
            {
              value: 'register',
              text: 'The schools register: % good or outstanding',
              hint: 'Give the LA below',
            },
          ],
        },
        {
          kind: 'input',
          name: 'indicatorKey',
          label: 'Indicator',
          hint: 'As the indicator catalogue names it',
        },
        {
          kind: 'input',
          name: 'laCode',
          label: 'Local authority code',
          hint: 'For example, 851',
          width: 'govuk-input--width-3',
        },
        {
          kind: 'radios',
          name: 'direction',
          label: 'Which way is better',
          items: [
            { value: 'higher', text: 'Higher' },
            { value: 'lower', text: 'Lower' },
          ],
        },
        {
          kind: 'input',
          name: 'unit',
          label: 'Unit',
          hint: 'For example, % (leave empty for a count)',
          width: 'govuk-input--width-3',
        },
        {
          kind: 'input',
          name: 'decimalPlaces',
          label: 'Decimal places shown',
          width: 'govuk-input--width-2',
        },
        {
          kind: 'input',
          name: 'baselinePeriod',
          label: 'Baseline year',
          hint: 'The year the academic year ends: 2015 for 2014/15',
          width: 'govuk-input--width-4',
        },
        {
          kind: 'input',
          name: 'baselineValue',
          label: 'Baseline figure',
          hint: 'Leave empty to read it from the figures',
          width: 'govuk-input--width-5',
        },
        { kind: 'input', name: 'targetPeriod', label: 'Target year', width: 'govuk-input--width-4' },
        { kind: 'heading', label: 'Target', hint: 'Give the number the kind of target asks for' },
        {
          kind: 'radios',
          name: 'ruleKind',
          label: 'Kind of target',
          items: ruleKinds.map((k) => ({ ...k })),
        },
        {
          kind: 'input',
          name: 'ruleTarget',
          label: 'Figure to reach',
          hint: 'For “reach a figure”',
          width: 'govuk-input--width-5',
        },
        {
          kind: 'input',
          name: 'rulePoints',
          label: 'Points to improve by',
          hint: 'For “improve by”',
          width: 'govuk-input--width-5',
        },
        {
          kind: 'select',
          name: 'ruleBand',
          label: 'Rank band',
          hint: 'For “rank among local authorities”',
          items: [
            { value: '', text: 'Not used' },
            { value: 'top half', text: 'Top half' },
            { value: 'top quartile', text: 'Top quartile' },
          ],
        },
        {
          kind: 'select',
          name: 'ruleComparator',
          label: 'Compared with',
          hint: 'For “better than” and “in line with”',
          items: [
            { value: '', text: 'Not used' },
            ...comparators.map((c) => ({ value: c, text: c.charAt(0).toUpperCase() + c.slice(1) })),
          ],
        },
        {
          kind: 'input',
          name: 'ruleTolerance',
          label: 'Points either side that count as in line',
          hint: 'For “in line with”',
          width: 'govuk-input--width-3',
        },
      ];
  }
}

const ticks = (prefix: string, values: readonly string[]): Fields =>
  Object.fromEntries(values.map((v) => [`${prefix}-${v}`, 'on']));
const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

function ruleValues(rule: TargetRule): Fields {
  return {
    ruleKind: rule.kind,
    ruleTarget: rule.kind === 'reach' ? String(rule.target) : '',
    rulePoints: rule.kind === 'improveBy' ? String(rule.points) : '',
    ruleBand: rule.kind === 'rankBand' ? rule.band : '',
    ruleComparator: rule.kind === 'better' || rule.kind === 'inLine' ? rule.comparator : '',
    ruleTolerance: rule.kind === 'inLine' ? String(rule.tolerance) : '',
  };
}

/** A stored part as its form's fields, or undefined when the plan holds no such part. */
export function storedValues(part: PlanPart, editor: Editor, key: string): Fields | undefined {
  switch (part) {
    case 'area': {
      const area = editor.areas.find((a) => a.number === key);
      return area && { number: area.number, text: area.text };
    }
    case 'role': {
      const role = editor.glossary.find((g) => g.code === key);
      return role && { code: role.code, title: role.title, ...ticks('holder', role.holders.map(String)) };
    }
    case 'priority': {
      const p = editor.priorities.find((x) => String(x.id) === key);
      return (
        p && {
          number: p.number,
          title: p.title,
          successLooksLike: p.successLooksLike,
          differenceItMakes: p.differenceItMakes,
          howWeWillKnow: p.howWeWillKnow,
          ...ticks('area', p.areas),
          ...ticks('lead', p.leads),
        }
      );
    }
    case 'action': {
      const a = editor.priorities.flatMap((p) => p.actions).find((x) => String(x.id) === key);
      return (
        a && {
          priorityId: String(a.priorityId),
          number: a.number,
          strategic: a.strategic,
          operational: a.operational,
          whenText: a.whenText,
          milestones: a.milestones,
          performanceMeasure: a.performanceMeasure,
          resources: a.resources,
          ...ticks('lead', a.leads),
        }
      );
    }
    case 'kpi': {
      const k = editor.kpis.find((x) => String(x.id) === key);
      return (
        k && {
          number: k.number,
          measure: k.measure,
          priorityId: text(k.priorityId),
          outcome: k.outcome,
          outcomeLead: k.outcomeLead,
          evidence: k.evidence,
          indicatorKey: text(k.indicatorKey),
          laCode: text(k.laCode),
          direction: k.direction,
          unit: k.unit,
          decimalPlaces: String(k.decimalPlaces),
          baselinePeriod: text(k.baselinePeriod),
          baselineValue: text(k.baselineValue),
          targetPeriod: String(k.targetPeriod),
          ...ruleValues(k.targetRule),
        }
      );
    }
  }
}

/**
 * The form's boxes with any the stored part ticks that the lists lack (a lead written before the
 * glossary had it), so saving a form never drops what the person did not touch.
 */
export function withStoredBoxes(
  fields: readonly FormField[],
  form: Readonly<Record<string, string>>,
): FormField[] {
  return fields.map((field) => {
    if (field.kind !== 'checkboxes') return field;
    const listed = new Set(field.items.map((i) => i.value));
    const extra = Object.keys(form)
      .filter((key) => key.startsWith(`${field.name}-`))
      .map((key) => key.slice(field.name.length + 1))
      .filter((value) => !listed.has(value))
      .map((value) => ({ value, text: `${value} (not one of this plan’s lead roles)` }));
    return extra.length === 0 ? field : { ...field, items: [...field.items, ...extra] };
  });
}
