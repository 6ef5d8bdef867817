import type { Actor } from '../access/actor.ts';
import type { Database } from '../db/client.ts';
import { plansRepository } from './repository.ts';

/**
 * Who may change a plan's shape (its parts, or its workbook): an administrator, or a holder of the
 * plan's owner role. Progress on an action is its leads' to write (service.ts).
 */
export async function mayEditPlan(
  db: Database,
  actor: Actor,
  plan: { id: number; ownerRole: string | null },
): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.userId === null || plan.ownerRole === null) return false;
  return (await plansRepository.rolesHeldBy(db, actor.userId)).get(plan.id)?.has(plan.ownerRole) ?? false;
}
