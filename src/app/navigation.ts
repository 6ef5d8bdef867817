import { roleHasPermission, type Permission } from '../access/permissions.ts';
import type { Actor } from '../access/actor.ts';

// The service navigation. Each capability adds its pages here as they are built; a person sees only
// the items their role may use.
type NavigationItem = { text: string; href: string; permission: Permission };

const items: NavigationItem[] = [
  { text: 'Home', href: '/', permission: 'signedIn' },
  { text: 'Schools', href: '/schools', permission: 'schools:read' },
  { text: 'Landscape', href: '/landscape', permission: 'landscape:read' },
  { text: 'Causing concern', href: '/concern', permission: 'concern:read' },
  { text: 'Plans', href: '/plans', permission: 'plans:read' },
  { text: 'My actions', href: '/my-actions', permission: 'plans:updateOwn' },
  { text: 'Import data', href: '/admin/imports', permission: 'imports:run' },
  { text: 'Indicators', href: '/admin/indicators', permission: 'catalogue:edit' },
  { text: 'Users', href: '/admin/users', permission: 'users:manage' },
  { text: 'Audit log', href: '/admin/audit', permission: 'audit:read' },
];

export function navigationFor(actor: Actor | undefined, currentPath: string) {
  if (!actor) return [];
  return items
    .filter((item) => roleHasPermission(actor.role, item.permission))
    .map((item) => ({
      text: item.text,
      href: item.href,
      active: item.href === '/' ? currentPath === '/' : currentPath.startsWith(item.href),
    }));
}
