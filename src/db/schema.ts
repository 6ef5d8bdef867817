// Every table, gathered for drizzle and drizzle-kit. Each capability owns its own schema.ts.
export * from '../access/schema.ts';
export * from '../schools/schema.ts';
export * from '../performance/schema.ts';
export * from '../plans/schema.ts';
export * from '../concern/schema.ts';
