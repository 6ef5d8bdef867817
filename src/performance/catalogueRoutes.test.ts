import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, pageText, Visitor } from '../app/testing.ts';
import { loadDemo } from '../demo/load.ts';

// Every indicator is reachable from a page: the catalogue for every reader and an LA's indicators
// by topic. Figures are seed 001's Portsmouth results as the demonstration loads them.

const text = pageText;

describeOnDatabases('the indicator catalogue', (database) => {
  let app: FastifyInstance;
  let visitor: Visitor;

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    await loadDemo(built.services);
    visitor = new Visitor(app);
    await visitor.signIn('school@beacon.example', 'demo-school-password');
  });
  after(async () => {
    await app.close();
  });

  test('a school user finds an indicator by words and key stage, and it links to the LA’s page', async () => {
    const page = await visitor.get('/indicators?q=reading+writing+maths&keyStage=Key+stage+2');
    assert.equal(page.statusCode, 200);
    assert.match(text(page.body), /1 indicator matches/);
    assert.match(page.body, /href="\/areas\/851\/indicators\/KS2RWM_Expected_STD"/);
    assert.doesNotMatch(text(page.body), /seed 00/i);
  });

  test('a filter that matches nothing says so; a clear link puts every indicator back', async () => {
    const page = await visitor.get('/indicators?topic=Key+Stage+4&q=phonics');
    assert.match(text(page.body), /No indicator matches/);
    assert.match(page.body, /href="\/indicators">Clear the search and filters/);
  });

  test('the LA’s indicators by topic: seed 001’s KS2 figure, England’s and its rank', async () => {
    const page = await visitor.get('/areas/851/indicators');
    assert.equal(page.statusCode, 200);
    const body = text(page.body);
    assert.match(body, /Key Stage 2/);
    // Seed 001: KS2 reading, writing and maths 47.6% against England's 53%, joint 140th of 150.
    assert.match(
      body,
      /KS2 % reading, writing and mathematics - Expected standard - All Pupils 2016 47\.6 53 joint 140 of 150/,
    );
  });

  test('an LA Beacon does not hold is a 404; a search too long is refused with a reason', async () => {
    assert.equal((await visitor.get('/areas/999/indicators')).statusCode, 404);
    const long = await visitor.get(`/indicators?q=${'a'.repeat(101)}`);
    assert.equal(long.statusCode, 400);
    assert.match(text(long.body), /at most 100 characters/);
  });
});
