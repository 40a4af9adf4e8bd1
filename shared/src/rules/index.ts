/**
 * `@atlas/shared/rules`: the one home of the Atlas's field rules (see field-rules.ts) and of the
 * rules of the API's mutation inputs made of them (`*-input.ts`), which the API and the dashboard's
 * forms both check. The plain checks (formats.ts, units.ts, filter-rules.ts) are also exported by `@atlas/shared`,
 * for pages that test a value without loading zod.
 */
export * from './formats.js';
export * from './units.js';
export * from './filter-rules.js';
export * from './problems.js';
export * from './field-rules.js';
export * from './record-fields.js';
export * from './input-problems.js';
export * from './practice-input.js';
export * from './program-input.js';
export * from './country-input.js';
export * from './outcome-input.js';
export * from './study-input.js';
export * from './source-input.js';
export * from './sign-in-input.js';
export * from './translation-input.js';
