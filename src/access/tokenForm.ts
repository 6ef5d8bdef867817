import { z } from 'zod';
import { ValidationError } from '../kernel/errors.ts';

// The token form as posted: boxes as strings, the permissions' checkboxes one value or several.
export const tokenFormBody = z.record(
  z.string(),
  z.union([z.string().max(200), z.array(z.string().max(200)).max(60)]),
);
export type TokenForm = z.infer<typeof tokenFormBody>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The form's answers in the API's terms, for the tokens service to check as it checks the API's:
 * a question left unanswered is passed on unanswered, so the refusal is the same sentence.
 */
export function tokenFromForm(form: TokenForm): Record<string, unknown> {
  const access = one(form.access);
  const expires = one(form.expires);
  const permissions = form.permissions;
  return {
    name: one(form.name) ?? '',
    readOnly: access === 'read' ? true : access === 'change' ? false : undefined,
    permissions: permissions === undefined ? [] : Array.isArray(permissions) ? permissions : [permissions],
    expiresInDays: expires === 'never' ? null : expires === undefined ? undefined : Number(expires),
  };
}

const formField: Record<string, string> = { readOnly: 'access', expiresInDays: 'expires' };

/** A refusal pointing at the form's own fields rather than the API's names for them. */
export const inFormFields = (error: ValidationError) =>
  new ValidationError(error.problems.map((p) => ({ ...p, field: formField[p.field] ?? p.field })));
