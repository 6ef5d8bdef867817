import type { Actor } from '../access/actor.ts';
import type { ImportSummary } from './imports.ts';
import type { Services } from './services.ts';
import { performanceImportKinds } from '../performance/importKinds.ts';
import { registerFiles } from '../schools/imports/kinds.ts';
import { silentProgress } from './imports.ts';

/** One kind of file an administrator can upload: each capability contributes its own. */
export type ImportKind = {
  key: string;
  title: string;
  hint: string;
  accept: string;
  /** Extra form fields this kind needs, beyond the file. */
  fields: readonly ('set' | 'period' | 'mapping' | 'plan')[];
  run(
    services: Services,
    actor: Actor,
    file: string,
    fields: { set?: string; period?: number; mapping?: string; plan?: number },
  ): Promise<ImportSummary>;
};

const registerImportKinds: ImportKind[] = registerFiles.map((kind) => ({
  key: kind.key,
  title: kind.title,
  hint: kind.hint,
  accept: kind.accept,
  fields: [],
  run: (services, actor, file) => kind.run(services.register, actor, file, silentProgress),
}));

const planImportKinds: ImportKind[] = [
  {
    key: 'plan-workbook',
    title: 'A plan’s workbook, edited',
    hint: 'The workbook downloaded from a plan’s page (No, Actions, Who, When, Milestones, RAG), with your changes. Give the plan’s number below.',
    accept: '.xlsx',
    fields: ['plan'],
    run: (services, actor, file, fields) =>
      services.planWorkbooks.importWorkbook(actor, fields.plan ?? 0, file),
  },
];

export const importKinds: readonly ImportKind[] = [
  ...registerImportKinds,
  ...performanceImportKinds,
  ...planImportKinds,
];
