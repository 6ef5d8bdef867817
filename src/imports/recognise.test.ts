import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importKinds } from '../app/modules.ts';
import { kindTheHeaderFits } from './recognise.ts';

// The first rows of DfE's own files (../shared/data/external), chosen as the wrong kind.
const kind = (key: string) => {
  const found = importKinds.find((k) => k.key === key);
  assert.ok(found, key);
  return found;
};

const cases: { file: string; header: string[]; chosen: string; looksLike: string | null }[] = [
  {
    file: 'statistical_neighbours_may_2025_tidy.csv, chosen as LAIT values',
    header:
      'la_number,la_name,region_index,region_name,neighbour_rank,neighbour_la_number,neighbour_la_name,closeness'.split(
        ',',
      ),
    chosen: 'lait',
    looksLike: 'neighbours',
  },
  {
    file: 'lait_bds_long_all_measures.csv, chosen as the values template',
    header: 'Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region'.split(','),
    chosen: 'values-template',
    looksLike: 'lait',
  },
  {
    file: 'the values template, chosen as GIAS establishments',
    header: 'entity_type,entity_code,entity_name,indicator,period,value,status'.split(','),
    chosen: 'gias',
    looksLike: 'values-template',
  },
  {
    file: 'england_ks4provisional.csv, chosen as its own kind',
    header: 'RECTYPE,LEA,ESTAB,URN,SCHNAME,ATT8SCR,P8MEA'.split(','),
    chosen: 'perf-tables',
    looksLike: null,
  },
  {
    file: 'a file of no kind Beacon knows',
    header: ['name', 'date', 'amount'],
    chosen: 'neighbours',
    looksLike: null,
  },
];

for (const c of cases) {
  test(`${c.file}: ${c.looksLike ? `looks like ${c.looksLike}` : 'recognised as no other kind'}`, () => {
    assert.equal(kindTheHeaderFits(importKinds, kind(c.chosen), c.header)?.key ?? null, c.looksLike);
  });
}
