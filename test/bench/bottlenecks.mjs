// For each performance target `pnpm bench` may find missed: the bottleneck measured and what was
// tried. docs/performance.md ("Targets not met") has the measurements behind each.
export const BOTTLENECKS = {
  pageRatio:
    'Practices page, cache off, ≥ 0.1× plain: the plain server answers 8,000–15,000 requests/s, so 0.1× asks for about 0.15 ms of server CPU per page of 20 practices with their country, programme and sources; the Atlas spends 6–8 ms (`pnpm bench:cpu`). A CPU profile spreads it: libsql running nine statements and building their rows about 1.5 ms, garbage collection about 1.9 ms, rows into records 0.5 ms, the rest across Apollo’s pipeline and plugins, knex and JSON. Tried: reads as prepared statements reused across requests (−10 to −20 % CPU), queries compiled by graphql-jit through Apollo’s gateway interface and property fields read without type-graphql’s wrapper (no gain beyond the noise), records read without the ORM and facet counts in memory (earlier rounds).',
  hitRatio:
    'Cached search and node ≥ 0.5× plain: hits are answered at the response cache’s front door in one writeHead (about 75 µs of CPU, against 36–41 µs for the plain server); what is left per hit is the rate budget (a promise even with the in-memory store) and the JSON log line through pino.',
  filteredP95:
    'Filtered page with facets at 100k, p95 ≤ 50 ms: one request costs about 13 ms of CPU (the facet pass over 90,000 published practices 4–10 ms, the page’s statements, GraphQL completing about 400 values, JSON); four at once on two cores shared with the load generator queue behind each other. Tried: facet counts in memory, prepared statements; pre-computed counts per filter would remove the facet pass.',
  searchP95:
    'Ranked search at 100k, p95 ≤ 100 ms: the page now reads only the best matches it needs (a batch at a time), but the database still ranks every match: bm25 over 20,000 matches on SQLite, and on PostgreSQL `ts_rank` reading each match’s tsvector. Next: rank inputs held in memory beside the facet columns, or a top-k pass with per-term upper bounds.',
  peakRss:
    'Peak RSS ≤ 300 MB: fifty comparisons of all 11 countries at 1,000,000 outcomes with the cache off. Now two are built at once, identical ones share one build and more than 64 waiting are refused (503); one answer still allocates about 190 MB (GraphQL completing 5,000 values, the records, the ORM hydrating 2,000 programmes), and on SQLite the synchronous driver holds the event loop while one is built. Next: share the finished answer’s bytes, read Country.programs as records.',
  importSeconds:
    'PostgreSQL import of 100,000 practices ≤ 30 s: computing the practices’ search vectors is about 21 s of PostgreSQL CPU in the import’s one backend (the text parser 12 s, English stemming 4.5 s), the GIN index 5 s, inserting the rows 3.4 s, and Node reads and checks the file for 9 s before writing. Tried and not kept: the vectors computed by parallel workers from a staging table in the same transaction (slower on two cores). Next: COPY, and writing while the file is still being checked.',
};
