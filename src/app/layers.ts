import type { IForbiddenRuleType } from 'dependency-cruiser';

// Beacon's layers, lowest first: kernel → db → access → capabilities → composition (app, cli, demo).
// A file may import from its own layer and the layers below; docs/architecture.md draws them.
// Tests and test helpers are outside the layers: they may build the whole app.
export const compositionFolders = ['app', 'cli', 'demo'] as const;

const composition = `^src/(${compositionFolders.join('|')})/`;

export const layerRules: IForbiddenRuleType[] = [
  {
    name: 'no-circular',
    comment: 'An import circle makes the order modules load in matter; break it with a smaller file.',
    severity: 'error',
    from: { path: '^src/' },
    to: { circular: true },
  },
  {
    name: 'kernel-imports-no-capability',
    comment: 'The kernel (errors, formatting, tables, files) is shared by everything and knows none of it.',
    severity: 'error',
    from: { path: '^src/kernel/' },
    to: { path: '^src/(?!kernel/)' },
  },
  {
    name: 'db-imports-only-the-kernel',
    comment: 'The database layer opens, migrates and bulk-loads; the tables belong to the capabilities.',
    severity: 'error',
    from: { path: '^src/db/' },
    to: { path: '^src/(?!kernel/|db/)' },
  },
  {
    name: 'access-imports-no-capability',
    comment: 'Who may do what is decided below the capabilities, which declare their own permissions.',
    severity: 'error',
    from: { path: '^src/access/' },
    to: { path: '^src/(?!kernel/|db/|access/)' },
  },
  {
    name: 'nothing-imports-the-composition-root',
    comment: 'The composition root imports the capabilities; a capability reaching back makes a circle.',
    severity: 'error',
    from: { path: '^src/', pathNot: composition },
    to: { path: composition },
  },
  {
    name: 'no-capability-imports-another-capability-routes',
    comment: 'A capability may use another’s services and rules, never its pages, API or module.',
    severity: 'error',
    from: { path: `^src/(?!${compositionFolders.join('/|')}/)([^/]+)/` },
    to: {
      path: '^src/[^/]+/(.*[rR]outes|api|module)\\.ts$',
      pathNot: '^src/$1/',
    },
  },
];
