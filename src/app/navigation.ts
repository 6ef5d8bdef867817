import { roleHasPermission, type Permission } from '../access/permissions.ts';
import type { Actor } from '../access/actor.ts';

// The service navigation. Each capability adds its pages here as they are built; a person sees only
// the items their role may use.
type NavigationItem = { text: string; href: string; permission: Permission };

const items: NavigationItem[] = [
  { text: 'Home', href: '/', permission: 'signedIn' },
  { text: 'Schools', href: '/schools', permission: 'schools:read' },
  { text: 'Landscape', href: '/landscape', permission: 'landscape:read' },
  { text: 'Results', href: '/areas', permission: 'performance:read' },
  { text: 'Causing concern', href: '/concern', permission: 'concern:read' },
  { text: 'Concern report', href: '/concern/report', permission: 'concern:report' },
  { text: 'Plans', href: '/plans', permission: 'plans:read' },
  { text: 'My actions', href: '/my-actions', permission: 'plans:updateOwn' },
  { text: 'Import data', href: '/admin/imports', permission: 'imports:run' },
  { text: 'Indicators', href: '/admin/indicators', permission: 'catalogue:edit' },
  { text: 'Users', href: '/admin/users', permission: 'users:manage' },
  { text: 'Audit log', href: '/admin/audit', permission: 'audit:read' },
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
