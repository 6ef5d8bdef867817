import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../app/services.ts';

const dictionary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-catalogue-')), 'dictionary.csv');
fs.writeFileSync(
  dictionary,
  [
    'Measure_short,Measure,Topic,Polarity,y_axis_name,dps,Year_Type,No_Quartile,Description',
    'TotAbs,Total School Absence,All Pupil Absence & Exclusions,Low,% half days missed,2,Academic Year,NA,Absence',
  ].join('\n'),
);

describeOnDatabases('editing the indicator catalogue', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let admin: Visitor;

  test('an administrator edits an indicator; the change is audited with before and after', async () => {
    ({ app, services } = await buildTestApp(database()));
    await services.performance.importLaitDictionary(testOperator, dictionary);
    await addUser(services, { email: 'admin@la.example', role: 'admin' });
    admin = new Visitor(app);
    await admin.signIn('admin@la.example');
    const form = await admin.get('/admin/indicators/TotAbs');
    assert.equal(form.statusCode, 200);
    const token = await admin.csrfToken('/admin/indicators/TotAbs');
    const saved = await admin.postForm('/admin/indicators/TotAbs', {
      _csrf: token,
      title: 'Overall absence (state-funded schools)',
      polarity: 'lower',
      decimalPlaces: '1',
      description: 'Half-days missed',
    });
    assert.equal(saved.statusCode, 303);
    const indicator = await services.results.indicator('TotAbs');
    assert.deepEqual(
      [indicator.title, indicator.decimalPlaces, indicator.noQuartile, indicator.edited],
      ['Overall absence (state-funded schools)', 1, false, true],
    );
    const [entry] = (await services.audit.list({ action: 'indicator.edit', page: 1, pageSize: 1 })).rows;
    assert.deepEqual(
      [(entry?.before as { title: string }).title, (entry?.after as { title: string }).title],
      ['Total School Absence', 'Overall absence (state-funded schools)'],
    );
  });

  test('importing the LAIT dictionary again leaves the edited entry as the administrator left it', async () => {
    const summary = await services.performance.importLaitDictionary(testOperator, dictionary);
    assert.deepEqual([summary.updated, summary.unchanged], [0, 1]);
    assert.equal(
      (await services.results.indicator('TotAbs')).title,
      'Overall absence (state-funded schools)',
    );
  });

  const bad: { field: string; form: Record<string, string>; says: RegExp }[] = [
    {
      field: 'polarity',
      form: { title: 'T', polarity: 'sideways', decimalPlaces: '1' },
      says: /Choose whether higher or lower is better/,
    },
    {
      field: 'decimalPlaces',
      form: { title: 'T', polarity: 'lower', decimalPlaces: '12' },
      says: /Enter decimal places as a whole number from 0 to 4/,
    },
    { field: 'title', form: { title: '  ', polarity: 'lower', decimalPlaces: '1' }, says: /Enter a title/ },
  ];
  for (const c of bad) {
    test(`a bad ${c.field} re-renders the form with a linked error and changes nothing`, async () => {
      const token = await admin.csrfToken('/admin/indicators/TotAbs');
      const response = await admin.postForm('/admin/indicators/TotAbs', {
        _csrf: token,
        description: '',
        ...c.form,
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, new RegExp(`href="#${c.field}">${c.says.source}`));
      assert.equal(
        (await services.results.indicator('TotAbs')).title,
        'Overall absence (state-funded schools)',
      );
    });
  }

  test('the API edits with a bearer token; an officer may not edit', async () => {
    const { token } = await services.tokens.create(testOperator, 'admin@la.example');
    const body = {
      title: 'Overall absence',
      polarity: 'lower',
      decimalPlaces: 2,
      noQuartile: false,
      description: '',
    };
    const ok = await app.inject({
      method: 'PATCH',
      url: '/api/v1/indicators/TotAbs',
      headers: { authorization: `Bearer ${token}` },
      payload: body,
    });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json<{ title: string }>().title, 'Overall absence');
    const badPolarity = await app.inject({
      method: 'PATCH',
      url: '/api/v1/indicators/TotAbs',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...body, polarity: 'sideways' },
    });
    assert.equal(badPolarity.statusCode, 400);
    await addUser(services, { email: 'officer@la.example', role: 'officer' });
    const officer = new Visitor(app);
    await officer.signIn('officer@la.example');
    assert.equal((await officer.get('/admin/indicators')).statusCode, 403);
  });
});
