import { z } from 'zod';

/** An LA as its addresses name it, on pages and in the API alike. */
export const laCode = z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851');
