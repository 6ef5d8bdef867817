import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { ForbiddenError, ValidationError, validated } from '../../kernel/errors.ts';
import { governancePermissions } from '../permissions.ts';
import { declarations } from '../schema.ts';
import type { MeetingsService } from './service.ts';

// Declarations of interests (seed 001's agenda item 2): a member names the item and the interest,
// and the clerk records it against both, so the minutes show who declared what on which item.

export const declarationInput = z.object({
  holderId: z.number({ message: 'Choose the member declaring the interest' }).int().positive(),
  agendaItemId: z.number({ message: 'Choose the item the interest is in' }).int().positive(),
  interest: z
    .string()
    .trim()
    .min(1, 'Say what the interest is')
    .max(2000, 'Describe the interest in 2,000 characters or fewer'),
});

export function createDeclarationsService(db: Database, meetingsService: MeetingsService) {
  return {
    async declare(actor: Actor, meetingId: number, input: z.input<typeof declarationInput>, today: string) {
      if (!governancePermissions.has(actor.role, 'governance:manage'))
        throw new ForbiddenError('Only the clerk records declarations of interests');
      const meeting = await meetingsService.meeting(actor, meetingId, today);
      const declaration = validated(declarationInput, input);
      if (meeting.minutes.status === 'agreed')
        throw new ValidationError([
          {
            field: 'interest',
            message: 'The minutes of this meeting have been agreed: nothing can be added to them',
          },
        ]);
      const member = meeting.members.find((m) => m.holderId === declaration.holderId);
      if (!member)
        throw new ValidationError([
          { field: 'holderId', message: 'Only a member of the board on the day declares an interest' },
        ]);
      if (!meeting.agenda.some((item) => item.id === declaration.agendaItemId))
        throw new ValidationError([
          { field: 'agendaItemId', message: 'An interest is declared in an item on this meeting’s agenda' },
        ]);
      await db.transaction(async (tx) => {
        await tx.insert(declarations).values({ ...declaration, meetingId });
        await recordAudit(tx, actor, {
          action: 'meeting.interestDeclared',
          entityType: 'meeting',
          entityId: String(meetingId),
          after: { ...declaration, member: member.name },
        });
      });
    },
  };
}

export type DeclarationsService = ReturnType<typeof createDeclarationsService>;
