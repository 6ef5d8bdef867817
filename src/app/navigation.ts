import type { Actor } from '../access/actor.ts';
import type { NavigationItem } from '../access/capability.ts';
import { capabilityModules } from './modules.ts';
import { roleHasPermission } from './permissions.ts';

// The service navigation, from the modules' own items: the service's pages in module order, then
// administration. A person sees only the items their role may use.
const home: NavigationItem = { text: 'Home', href: '/', permission: 'signedIn', section: 'service' };
const declared = capabilityModules.flatMap((module) => module.navigation ?? []);
const items: NavigationItem[] = [
  home,
  ...declared.filter((item) => item.section === 'service'),
  ...declared.filter((item) => item.section === 'administration'),
];

export function navigationFor(actor: Actor | undefined, currentPath: string) {
  if (!actor) return [];
  const visible = items.filter((item) => roleHasPermission(actor.role, item.permission));
  const matches = (href: string) =>
    href === '/' ? currentPath === '/' : currentPath === href || currentPath.startsWith(`${href}/`);
  // One item is current: the one whose address matches most of the path (/concern/report is the
  // report's, not the review's).
  const current = visible
    .filter((item) => matches(item.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return visible.map((item) => ({ text: item.text, href: item.href, active: item === current }));
}
