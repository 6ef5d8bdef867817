import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, testOperator } from './testing.ts';

// Every list in the API pages, sorts and filters the same way, with the total and the way to the
// other pages in its headers (RFC 8288 Link).
describeOnDatabases('lists in the API', (database) => {
  let app: FastifyInstance;
  let headers: Record<string, string>;
  const names = (body: string) => (JSON.parse(body) as { name: string }[]).map((u) => u.name);

  test('a list pages with a total and links to its other pages', async () => {
    const built = await buildTestApp(database());
    app = built.app;
    const services = built.services;
    for (const name of ['ada', 'bea', 'cal', 'dot', 'eve'])
      await addUser(services, {
        email: `${name}@la.example`,
        role: name === 'eve' ? 'board_member' : 'officer',
      });
    await addUser(services, { email: 'admin@la.example', role: 'admin' });
    headers = {
      authorization: `Bearer ${(await services.tokens.create(testOperator, 'admin@la.example')).token}`,
    };
    const second = await app.inject({ url: '/api/v1/users?sort=name&page=2&pageSize=2', headers });
    assert.equal(second.statusCode, 200);
    assert.deepEqual(names(second.body), ['bea', 'cal']);
    assert.equal(second.headers['x-total-count'], '6');
    const link = String(second.headers.link);
    assert.match(link, /<\/api\/v1\/users\?sort=name&page=3&pageSize=2>; rel="next"/);
    assert.match(link, /<\/api\/v1\/users\?sort=name&page=1&pageSize=2>; rel="prev"/);
    assert.match(link, /page=3&pageSize=2>; rel="last"/);
  });

  test('sorts by any field, descending with a minus, and filters by a field’s value', async () => {
    const sorted = await app.inject({ url: '/api/v1/users?sort=-name', headers });
    assert.deepEqual(names(sorted.body), ['eve', 'dot', 'cal', 'bea', 'admin', 'ada']);
    const officers = await app.inject({ url: '/api/v1/users?role=officer&sort=name', headers });
    assert.deepEqual(names(officers.body), ['ada', 'bea', 'cal', 'dot']);
    assert.equal(officers.headers['x-total-count'], '4');
  });

  const refused = [
    {
      url: '/api/v1/users?sort=shoeSize',
      pointer: '/sort',
      words: /no field “shoeSize” to sort by: you can use id, email, name/,
    },
    { url: '/api/v1/users?colour=blue', pointer: '/colour', words: /no field “colour” to filter by/ },
    { url: '/api/v1/users?page=0', pointer: '/page', words: /page is a whole number from 1/ },
    { url: '/api/v1/users?pageSize=many', pointer: '/pageSize', words: /pageSize is a whole number from 1/ },
  ];
  for (const c of refused)
    test(`${c.url} is refused, saying what can be used`, async () => {
      const response = await app.inject({ url: c.url, headers });
      assert.equal(response.statusCode, 400);
      const [problem] = response.json<{ errors: { pointer: string; message: string }[] }>().errors;
      assert.equal(problem?.pointer, c.pointer);
      assert.match(problem.message, c.words);
    });

  test('a page size of 100,000 is capped at 500, and says so', async () => {
    const response = await app.inject({ url: '/api/v1/users?pageSize=100000', headers });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['x-page-size'], '500');
    assert.equal(response.headers['x-max-page-size'], '500');
  });
});
