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

function visibleTo(actor: Actor) {
  return items.filter((item) => roleHasPermission(actor.role, item.permission));
}

/**
 * One item is current: the one whose address matches most of the path (/concern/report is the
 * report's, not the review's).
 */
function currentItem(visible: readonly NavigationItem[], currentPath: string) {
  const matches = (href: string) =>
    href === '/' ? currentPath === '/' : currentPath === href || currentPath.startsWith(`${href}/`);
  return visible.filter((item) => matches(item.href)).sort((a, b) => b.href.length - a.href.length)[0];
}

export function navigationFor(actor: Actor | undefined, currentPath: string) {
  if (!actor) return [];
  const visible = visibleTo(actor);
  const current = currentItem(visible, currentPath);
  return visible.map((item) => ({ text: item.text, href: item.href, active: item === current }));
}

export type Crumb = { text: string; href: string };

/**
 * The way back up from a page below the top level: Home, the menu item the page belongs to, then
 * whatever steps the page names itself (a plan above its action). A top-level page has none.
 */
export function breadcrumbsFor(
  actor: Actor | undefined,
  currentPath: string,
  trail: readonly Crumb[] = [],
): Crumb[] {
  if (!actor || currentPath === '/') return [];
  const visible = visibleTo(actor);
  if (visible.some((item) => item.href === currentPath)) return [];
  const section = currentItem(visible, currentPath);
  const crumbs: Crumb[] = [{ text: 'Home', href: '/' }];
  if (section && section.href !== '/') crumbs.push({ text: section.text, href: section.href });
  const steps = trail.filter(
    (crumb) => crumb.href !== currentPath && !crumbs.some((shown) => shown.href === crumb.href),
  );
  return [...crumbs, ...steps];
}
