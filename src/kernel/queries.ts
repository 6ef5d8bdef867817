import { z } from 'zod';

// Query-string fields the pages share: an empty box in a GET form means "not given".

export const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v === '' ? undefined : v));
