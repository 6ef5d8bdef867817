import type { Actor } from '../access/actor.ts';
import type { ImportSummary } from './imports.ts';
import type { Services } from './services.ts';
import { performanceImportKinds } from '../performance/importKinds.ts';

/** One kind of file an administrator can upload: each capability contributes its own. */
export type ImportKind = {
  key: string;
  title: string;
  hint: string;
  accept: string;
  /** Extra form fields this kind needs, beyond the file. */
  fields: readonly ('set' | 'period' | 'mapping')[];
  run(
    services: Services,
    actor: Actor,
    file: string,
    fields: { set?: string; period?: number; mapping?: string },
  ): Promise<ImportSummary>;
};

export const importKinds: readonly ImportKind[] = [...performanceImportKinds];
