import { z } from 'zod';
import { passwordRules } from './password.ts';
import { passwordWeakness } from './passwordStrength.ts';
import { roles } from './roles.ts';

const role = z.enum(roles, { message: `Role must be one of: ${roles.join(', ')}` });
const schoolUrn = z.coerce.number().int().positive('A URN is a positive whole number').optional();
const trustId = z.string().trim().min(1).optional();
export const newPassword = z
  .string()
  .min(passwordRules.minLength, `Password must be at least ${passwordRules.minLength} characters`)
  .max(passwordRules.maxLength, `Password must be ${passwordRules.maxLength} characters or fewer`)
  .superRefine((password, ctx) => {
    const weakness = passwordWeakness(password);
    if (weakness) ctx.addIssue({ code: 'custom', message: weakness });
  });

type Scoped = { role: string; schoolUrn?: number | undefined; trustId?: string | undefined };

/** A school user sees one school and a trust leader one trust; nobody else is scoped to either. */
function checkScope(u: Scoped, ctx: z.RefinementCtx): void {
  if (u.role === 'school_user' && u.schoolUrn === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['schoolUrn'],
      message: 'A school user needs a school: give its URN',
    });
  if (u.role === 'trust_leader' && u.trustId === undefined)
    ctx.addIssue({ code: 'custom', path: ['trustId'], message: 'A trust leader needs a trust: give its ID' });
  if (u.role !== 'school_user' && u.schoolUrn !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['schoolUrn'],
      message: 'Only a school user is scoped to one school',
    });
  if (u.role !== 'trust_leader' && u.trustId !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['trustId'],
      message: 'Only a trust leader is scoped to one trust',
    });
}

export const newUserSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter the person’s name').max(200),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: 'Enter an email address in the right format, like name@council.gov.uk' })),
    role,
    schoolUrn,
    trustId,
    password: newPassword.optional(),
    oidcSubject: z.string().min(1).optional(),
  })
  .superRefine(checkScope);

// The role is checked with the rest, so a form's or a command's text can be given as typed.
export type NewUserInput = Omit<z.input<typeof newUserSchema>, 'role'> & { role: string };

/** A change of role, with the school or trust the new role is scoped to. */
export const roleChangeSchema = z.object({ role, schoolUrn, trustId }).superRefine(checkScope);

export type RoleChangeInput = Omit<z.input<typeof roleChangeSchema>, 'role'> & { role: string };
