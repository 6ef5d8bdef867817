import type { AttentionItem } from '../access/capability.ts';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';

/**
 * Success measures off track, for those who read plans (officers, board members, action owners):
 * those their latest figure has just put off track first, then those off track before it.
 */
export async function offTrackAttention(services: Services): Promise<AttentionItem[]> {
  const offTrack = await services.plans.offTrackKpis();
  const where = (kpis: typeof offTrack) => {
    const plans = new Set(kpis.map((k) => k.planId));
    const only = kpis[0];
    // One plan's measures are on its page; several plans' are listed from the plans page.
    return plans.size === 1 && only ? `/plans/${String(only.planId)}#success-measures` : '/plans';
  };
  const newly = offTrack.filter((k) => k.newly);
  const still = offTrack.filter((k) => !k.newly);
  return [
    {
      text: `${String(newly.length)} ${newly.length === 1 ? 'success measure has' : 'success measures have'} gone off track with ${newly.length === 1 ? 'its' : 'their'} latest figures`,
      count: newly.length,
      href: where(newly),
    },
    {
      text: `${String(still.length)} ${still.length === 1 ? 'success measure is' : 'success measures are'} ${newly.length > 0 ? 'still ' : ''}off track`,
      count: still.length,
      href: where(still),
    },
  ];
}

// What plans put on the home page: the actions a person leads that are overdue, and those due in
// the next 30 days (rules/when.ts).
export async function plansAttention(
  services: Services,
  actor: Actor,
  _today: string,
): Promise<AttentionItem[]> {
  const mine = await services.plans.myActions(actor);
  const overdue = mine.filter((a) => a.timeliness === 'overdue').length;
  const soon = mine.filter((a) => a.timeliness === 'due soon').length;
  return [
    {
      text: `${String(overdue)} ${overdue === 1 ? 'action you lead is' : 'actions you lead are'} overdue`,
      count: overdue,
      href: '/my-actions',
    },
    {
      text: `${String(soon)} ${soon === 1 ? 'action you lead is' : 'actions you lead are'} due in the next 30 days`,
      count: soon,
      href: '/my-actions',
    },
  ];
}
