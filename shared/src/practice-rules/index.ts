/**
 * The practice browser's rules, free of any database: a filter turned into criteria
 * (practice-criteria.ts), the facet fields (facet-fields.ts), the practices' facet columns counted
 * in memory (facet-columns.ts; its conditions, facet-conditions.ts, stay inside) and the counts as
 * labelled lists (facet-list.ts). The server runs them over the practice table; the static Atlas,
 * over the published data in the browser: one implementation of the filter and facet rules.
 */
export * from './enum-set.js';
export * from './search-terms.js';
export * from './facet-fields.js';
export * from './practice-criteria.js';
export * from './facet-columns.js';
export * from './facet-list.js';
