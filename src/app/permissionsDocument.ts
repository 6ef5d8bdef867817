import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { roles, roleTitles, type Role } from '../access/roles.ts';
import type { Permission } from '../access/permissions.ts';
import { permissionSets, roleHasPermission } from './permissions.ts';
import { fromRoot } from '../kernel/paths.ts';

export const permissionsDocumentPath = fromRoot('docs', 'permissions.md');

const cell = (text: string) => text.replaceAll('|', '\\|');

/** What a role may do, in words, leaving out what every account may (reach sign-in, the home page). */
function mayOf(role: Role): string {
  if (role === 'admin') return 'do everything: every permission in the table above';
  const granted = permissionSets.flatMap(({ set }) =>
    Object.entries(set.grants)
      .filter(([permission]) => !['public', 'signedIn'].includes(permission))
      .filter(([permission]) => roleHasPermission(role, permission as Permission))
      .map(([, grant]) => grant.means),
  );
  return granted.join('; ');
}

/** docs/permissions.md: the one role → permission table, as the modules declare it. */
export async function permissionsDocument(): Promise<string> {
  const header = ['Part of Beacon', 'Permission', 'What it allows', ...roles.map((role) => roleTitles[role])];
  const rows = permissionSets.flatMap(({ name, set }) =>
    Object.entries(set.grants).map(([permission, grant]) => [
      name,
      `\`${permission}\``,
      grant.means,
      ...roles.map((role) => (roleHasPermission(role, permission as Permission) ? 'yes' : '')),
    ]),
  );
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const text = [
    '# Who may do what',
    '',
    'Every page, API route and CLI command names one of these permissions; a request from a role',
    'without it is refused (403). Each capability declares its own permissions, with the roles that',
    'hold them, in its `permissions.ts`; the administrator holds every one. What a school user or a',
    'trust leader sees inside a permission (their own schools only) is decided by `src/access/scope.ts`.',
    '',
    'This page is written from the code by `npm run docs:permissions`, and a test fails if the two',
    'disagree.',
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
    '## By role',
    '',
    ...roles.flatMap((role) => [`- **${roleTitles[role]}** may ${mayOf(role)}.`]),
    '',
  ].join('\n');
  // As `npm run format` would leave it, so the page passes the formatting check as written.
  const options = await prettier.resolveConfig(permissionsDocumentPath);
  return prettier.format(text, { ...options, filepath: permissionsDocumentPath });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(permissionsDocumentPath, await permissionsDocument());
  console.log(`Wrote ${path.relative(process.cwd(), permissionsDocumentPath)}.`);
}
