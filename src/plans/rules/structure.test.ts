import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  actionProblems,
  areaProblems,
  numberedUnder,
  priorityProblems,
  removalProblem,
  type PlanShape,
} from './structure.ts';

// A plan shaped like seed 000 (Portsmouth's plan after Ofsted: areas 1–5, priorities 1 and 2,
// actions 2.1 and 2.2, 2.2 "in addition to 2.1") and seed 002's numbering (1:1 → 1:1:1).
const shape: PlanShape = {
  glossary: ['DDCS', 'HSI', 'SIM'],
  areas: ['1', '2', '3'],
  priorities: [
    { id: 10, number: '1', areas: ['1'], leads: ['DDCS'], actions: [] },
    {
      id: 20,
      number: '2',
      areas: ['2'],
      leads: [],
      actions: [
        { id: 201, number: '2.1', leads: ['HSI'], texts: ['Hold School Assessment Meetings'], updates: 0 },
        {
          id: 202,
          number: '2.2',
          leads: ['SIM'],
          texts: ['In addition to 2.1, revise the 3Ms categories', ''],
          updates: 2,
        },
      ],
    },
    { id: 30, number: '1:1', areas: [], leads: [], actions: [] },
  ],
  kpis: [{ id: 1, number: 'SM1', priorityId: 10, outcomeLead: 'DDCS' }],
};

const numbering: { priority: string; action: string; under: boolean; source: string }[] = [
  { priority: '2', action: '2.1', under: true, source: 'seed 000: priority 2, action 2.1' },
  { priority: '3', action: '3.17', under: true, source: 'seed 004: Sefton’s priority 3, action 3.17' },
  { priority: '1:1', action: '1:1:2', under: true, source: 'seed 002: priority 1:1, action 1:1:2' },
  { priority: '2', action: '21', under: false, source: 'no separator: 21 is not under 2' },
  { priority: '2', action: '3.1', under: false, source: 'another priority’s number' },
  { priority: '2', action: '2.', under: false, source: 'nothing after the separator' },
  { priority: '1:1', action: '1:2:1', under: false, source: 'seed 002: 1:2:1 belongs to priority 1:2' },
];
for (const c of numbering) {
  test(`action ${c.action} ${c.under ? 'is' : 'is not'} numbered under priority ${c.priority} (${c.source})`, () => {
    assert.equal(numberedUnder(c.priority, c.action), c.under);
  });
}

const actionCases: {
  why: string;
  input: { priorityId: number; number: string; leads: string[] };
  editing?: number;
  problems: string[];
}[] = [
  { why: 'a new action 2.3', input: { priorityId: 20, number: '2.3', leads: ['HSI'] }, problems: [] },
  {
    why: 'a number already used',
    input: { priorityId: 20, number: '2.1', leads: [] },
    problems: ['Action 2.1 is already in this plan'],
  },
  {
    why: 'a number not under its priority',
    input: { priorityId: 20, number: '3.1', leads: [] },
    problems: ['An action under priority 2 is numbered 2.1, 2.2 and so on (or 2:1)'],
  },
  {
    why: 'renumbering 2.1, which 2.2 refers to',
    input: { priorityId: 20, number: '2.9', leads: ['HSI'] },
    editing: 201,
    problems: ['Action 2.2 refers to action 2.1: change that reference first'],
  },
  {
    why: 'editing 2.1 and keeping its number',
    input: { priorityId: 20, number: '2.1', leads: ['HSI'] },
    editing: 201,
    problems: [],
  },
  {
    why: 'a lead not in the glossary',
    input: { priorityId: 20, number: '2.3', leads: ['HSI', 'CEO'] },
    problems: ['CEO is not a lead role in this plan: add it under lead roles first'],
  },
  {
    why: 'no such priority',
    input: { priorityId: 99, number: '9.1', leads: [] },
    problems: ['Choose the priority the action serves'],
  },
];
for (const c of actionCases) {
  test(`an action's checks: ${c.why}`, () => {
    assert.deepEqual(
      actionProblems(shape, c.input, c.editing).map((p) => p.message),
      c.problems,
    );
  });
}

test('a priority’s checks: a number used twice, an unknown area, a renumbering under its actions', () => {
  assert.deepEqual(
    priorityProblems(shape, { number: '1', areas: ['4'], leads: [] }).map((p) => p.message),
    ['Priority 1 is already in this plan', 'Area 4 is not in this plan'],
  );
  assert.deepEqual(
    priorityProblems(shape, { number: '5', areas: [], leads: [] }, 20).map((p) => p.message),
    ['Priority 2 holds actions numbered under it: renumber or move them first'],
  );
  assert.deepEqual(priorityProblems(shape, { number: '6', areas: ['3'], leads: ['SIM'] }, 10), []);
});

test('an area’s checks: a number used twice, renumbering one a priority answers', () => {
  assert.deepEqual(
    areaProblems(shape, '2').map((p) => p.message),
    ['Area 2 is already in this plan'],
  );
  assert.deepEqual(
    areaProblems(shape, '9', '1').map((p) => p.message),
    ['Priority 1 answers area 1: renumber it there first'],
  );
  assert.deepEqual(areaProblems(shape, '9', '3'), []);
});

const removals: { part: Parameters<typeof removalProblem>[1]; key: string; problem: string | null }[] = [
  { part: 'area', key: '2', problem: 'Priority 2 answers area 2: change it first' },
  { part: 'area', key: '3', problem: null },
  { part: 'role', key: 'HSI', problem: 'HSI leads action 2.1: give them another lead first' },
  { part: 'role', key: 'DDCS', problem: 'DDCS leads priority 1, KPI SM1: give them another lead first' },
  {
    part: 'priority',
    key: '20',
    problem: 'Priority 2 still holds actions 2.1, 2.2: remove or move them first',
  },
  { part: 'priority', key: '10', problem: 'KPI SM1 measures priority 1: move or remove it first' },
  { part: 'priority', key: '30', problem: null },
  { part: 'action', key: '201', problem: 'Action 2.2 refers to action 2.1: change that reference first' },
  {
    part: 'action',
    key: '202',
    problem:
      'Action 2.2 has 2 progress updates: mark it complete rather than remove it, so its history stays',
  },
  { part: 'kpi', key: '1', problem: null },
];
for (const c of removals) {
  test(`removing ${c.part} ${c.key}: ${c.problem ?? 'allowed'}`, () => {
    assert.equal(removalProblem(shape, c.part, c.key), c.problem);
  });
}

test('an action moved to another priority is renumbered under it (seed 000: 2.1 cannot sit under priority 1)', () => {
  assert.deepEqual(
    actionProblems(shape, { priorityId: 10, number: '2.1', leads: ['HSI'] }, 201).map((p) => p.message),
    ['An action under priority 1 is numbered 1.1, 1.2 and so on (or 1:1)'],
  );
});

test('a lead the action already had stays allowed though the glossary lacks it (seed 000 action 1.4 is led by “HIS”)', () => {
  const withTypo: PlanShape = {
    ...shape,
    priorities: [
      {
        id: 40,
        number: '4',
        areas: [],
        leads: [],
        actions: [{ id: 401, number: '4.1', leads: ['HIS'], texts: [], updates: 0 }],
      },
    ],
  };
  assert.deepEqual(
    actionProblems(withTypo, { priorityId: 40, number: '4.1', leads: ['HIS', 'HSI'] }, 401),
    [],
  );
  assert.deepEqual(
    actionProblems(withTypo, { priorityId: 40, number: '4.2', leads: ['HIS'] }).map((p) => p.message),
    ['HIS is not a lead role in this plan: add it under lead roles first'],
  );
});
