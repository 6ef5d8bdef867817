import type { Config } from '../../kernel/config.ts';
import { formatDate, todayIso } from '../../kernel/format.ts';

export type ShellOptions = { demonstration: boolean };

/** What every page's shell is given, signed in or not, on screen or printed. */
export function shellContext(config: Config, shell: ShellOptions) {
  return {
    serviceName: 'Beacon',
    localAuthorityName: config.localAuthority.name,
    demonstration: shell.demonstration,
    demonstrationDate: shell.demonstration ? formatDate(todayIso()) : undefined,
  };
}
