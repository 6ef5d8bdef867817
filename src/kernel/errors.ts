// Named errors that services throw and the app turns into the right status, page or problem+json.
import type { z } from 'zod';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  readonly statusCode = 404;
}

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
  readonly statusCode = 403;
  constructor(message = 'You do not have permission to see or do this.') {
    super(message);
  }
}

export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
  readonly statusCode = 401;
  constructor(message = 'Sign in to continue.') {
    super(message);
  }
}

export type FieldProblem = { field: string; message: string };

export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly statusCode = 400;
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => p.message).join(' '));
  }
}

export class ConflictError extends Error {
  override name = 'ConflictError';
  readonly statusCode = 409;
}

export class TooManyRequestsError extends Error {
  override name = 'TooManyRequestsError';
  readonly statusCode = 429;
}

/** Checks input against a zod schema; every problem becomes a ValidationError naming its field. */
export function validated<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

/** A ValidationError as a form page shows it: the GOV.UK error summary, and each field's message. */
export function formErrors(error: ValidationError) {
  return {
    errors: error.problems.map((p) => ({ text: p.message, href: `#${p.field}` })),
    fieldErrors: Object.fromEntries(error.problems.map((p) => [p.field, p.message])),
  };
}
