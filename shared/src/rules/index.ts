/**
 * `@atlas/shared/rules`: the one home of the Atlas's field rules (see field-rules.ts). The plain
 * checks (formats.ts, units.ts) are also exported by `@atlas/shared`, for pages that test a value
 * without loading zod.
 */
export * from './formats.js';
export * from './units.js';
export * from './field-rules.js';
export * from './record-fields.js';
