import { z } from 'zod';
import { passwordRules } from './password.ts';
import { passwordWeakness } from './passwordStrength.ts';
import { roles } from './roles.ts';

export const newUserSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: 'Enter an email address in the right format, like name@council.gov.uk' })),
    name: z.string().trim().min(1, 'Enter the person’s name').max(200),
    role: z.enum(roles, { message: `Role must be one of: ${roles.join(', ')}` }),
    schoolUrn: z.coerce.number().int().positive('A URN is a positive whole number').optional(),
    trustId: z.string().trim().min(1).optional(),
    password: z
      .string()
      .min(passwordRules.minLength, `Password must be at least ${passwordRules.minLength} characters`)
      .max(passwordRules.maxLength, `Password must be ${passwordRules.maxLength} characters or fewer`)
      .optional(),
    oidcSubject: z.string().min(1).optional(),
  })
  .superRefine((u, ctx) => {
    const weakness = u.password === undefined ? null : passwordWeakness(u.password);
    if (weakness) ctx.addIssue({ code: 'custom', path: ['password'], message: weakness });
    if (u.role === 'school_user' && u.schoolUrn === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['schoolUrn'],
        message: 'A school user needs a school (--school URN)',
      });
    }
    if (u.role === 'trust_leader' && u.trustId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['trustId'],
        message: 'A trust leader needs a trust (--trust ID)',
      });
    }
    if (u.role !== 'school_user' && u.schoolUrn !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['schoolUrn'],
        message: 'Only a school user is scoped to one school',
      });
    }
    if (u.role !== 'trust_leader' && u.trustId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['trustId'],
        message: 'Only a trust leader is scoped to one trust',
      });
    }
  });

export type NewUserInput = z.input<typeof newUserSchema>;
