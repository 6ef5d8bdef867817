import type { Actor } from '../access/actor.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';

// What the governance pages share besides the kernel's form helpers: their permissions and the
// person asking.

export {
  formBody,
  idParams,
  itemParams,
  lines,
  optional,
  numberFrom as chosenNumber,
} from '../kernel/forms.ts';
export const read = { permission: 'governance:read' as const };
export const readPublic = { permission: 'governance:readPublic' as const };
export const clerk = { permission: 'governance:manage' as const };

export const actorOf = (request: { actor?: Actor }) => {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
};
