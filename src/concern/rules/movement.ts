// How a school's category moved between two Operational Group reports (seed 001, terms of
// reference 2.3: "monitor impact and progress"), in the model's order of categories, lowest first.

export type Movement = 'new' | 'up' | 'down' | 'same' | 'left';

export function movement(order: readonly string[], before: string | null, now: string | null): Movement {
  if (before === now) return 'same';
  if (before === null) return 'new';
  if (now === null) return 'left';
  return order.indexOf(now) > order.indexOf(before) ? 'up' : 'down';
}

/** How the report says each movement, on the page and in the workbook. */
export const movementWords: Record<Movement, string> = {
  new: 'Newly identified',
  up: 'Up',
  down: 'Down',
  same: 'No change',
  left: 'No longer identified',
};
