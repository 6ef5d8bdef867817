import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { compositionFolders, layerRules } from './layers.ts';

// The layers are checked on the import graph itself, by dependency-cruiser, so a change that
// crosses them fails here with the file and the rule it broke.

async function violationsIn(root: string): Promise<string[]> {
  const { output } = await cruise(['src'], {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden: layerRules },
    exclude: { path: '(\\.test|testing)\\.ts$' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-layers-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

test('Beacon’s imports keep to the layers: no circles, no reaching up, no capability’s pages in another', async () => {
  assert.deepEqual(await violationsIn(process.cwd()), []);
});

// Each case is an import the layers forbid, so the check above is shown able to fail.
const forbidden: { rule: string; files: Record<string, string> }[] = [
  {
    rule: 'no-circular',
    files: { 'src/schools/a.ts': "import './b.ts';", 'src/schools/b.ts': "import './a.ts';" },
  },
  {
    rule: 'kernel-imports-no-capability',
    files: { 'src/kernel/format.ts': "import '../schools/service.ts';", 'src/schools/service.ts': '' },
  },
  {
    rule: 'db-imports-only-the-kernel',
    files: { 'src/db/client.ts': "import '../access/actor.ts';", 'src/access/actor.ts': '' },
  },
  {
    rule: 'access-imports-no-capability',
    files: { 'src/access/scope.ts': "import '../schools/schema.ts';", 'src/schools/schema.ts': '' },
  },
  {
    rule: 'nothing-imports-the-composition-root',
    files: { 'src/plans/routes.ts': "import '../app/services.ts';", 'src/app/services.ts': '' },
  },
  {
    rule: 'no-capability-imports-another-capability-routes',
    files: { 'src/plans/service.ts': "import '../concern/routes.ts';", 'src/concern/routes.ts': '' },
  },
];

for (const c of forbidden) {
  test(`the layer check refuses what ${c.rule} forbids`, async () => {
    const root = tree(c.files);
    try {
      const violations = await violationsIn(root);
      assert.ok(
        violations.some((v) => v.startsWith(`${c.rule}:`)),
        `expected ${c.rule}, got ${violations.join('; ') || 'nothing'}`,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
}

/** Templates a capability's views extend, include or import from another capability's folder. */
function templatesCrossingCapabilities(): string[] {
  const source = path.resolve('src');
  const folders = fs.readdirSync(source).filter((name) => fs.statSync(path.join(source, name)).isDirectory());
  const crossings: string[] = [];
  for (const file of fs.readdirSync(source, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.njk')) continue;
    const owner = file.split(path.sep)[0] ?? '';
    if ((compositionFolders as readonly string[]).includes(owner)) continue;
    const text = fs.readFileSync(path.join(source, file), 'utf8');
    for (const [, target = ''] of text.matchAll(/\{%-?\s*(?:extends|include|from|import)\s+"([^"]+)"/g)) {
      const folder = target.split('/')[0] ?? '';
      if (folders.includes(folder) && folder !== owner && folder !== 'kernel') {
        crossings.push(`${file} uses ${target}`);
      }
    }
  }
  return crossings;
}

test('a capability’s templates use its own views and the kernel’s, never another capability’s', () => {
  assert.deepEqual(templatesCrossingCapabilities(), []);
});
