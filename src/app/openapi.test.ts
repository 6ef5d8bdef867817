import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp } from './testing.ts';

type Operation = {
  summary?: string;
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
};

// The document developers build against: valid OpenAPI 3.1 by a well-kept validator, and every
// operation summarised, with its error responses and an example of each.
describeOnDatabases('the OpenAPI document', (database) => {
  let document: { openapi: string; paths: Record<string, Record<string, Operation>> };

  test('is valid OpenAPI 3.1', async () => {
    const { app } = await buildTestApp(database());
    document = (await app.inject('/api/v1/openapi.json')).json();
    await app.close();
    assert.equal(document.openapi, '3.1.0');
    const result = await new Validator().validate(document);
    assert.deepEqual(result.errors ?? [], [], 'the validator’s findings');
    assert.equal(result.valid, true);
  });

  test('every operation has a summary, and error responses with examples', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );
    assert.ok(operations.length > 130, `only ${String(operations.length)} operations`);
    for (const { name, operation } of operations) {
      assert.ok((operation.summary ?? '').length > 10, `${name} has no summary`);
      const failures = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      assert.ok(
        failures.some(([status]) => status === '429'),
        `${name} does not say it may be limited`,
      );
      for (const [status, response] of failures)
        assert.ok(
          response.content?.['application/problem+json']?.example,
          `${name} ${status} has no problem+json example`,
        );
    }
  });
});
