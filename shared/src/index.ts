export * from './vocabulary.js';
export * from './practice-facets.js';
export * from './rules/formats.js';
export * from './rules/units.js';
export * from './rules/filter-rules.js';
export * from './practice-rules/index.js';
export * from './arrange-comparison.js';
export * from './snapshot/manifest.js';
