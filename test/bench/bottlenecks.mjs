// For each performance target `pnpm bench` may find missed: the bottleneck measured and what was
// tried, as docs/performance.md records them in full.
export const BOTTLENECKS = {
  pageRatio: 'practices page with the cache off ≥ 0.1× plain: TODO',
  hitRatio: 'cached search and node ≥ 0.5× plain: TODO',
  filteredP95: 'filtered page with facets at 100k, p95 ≤ 50 ms: TODO',
  searchP95: 'ranked search at 100k, p95 ≤ 100 ms: TODO',
  peakRss: 'peak RSS ≤ 300 MB: TODO',
  importSeconds: 'PostgreSQL import of 100,000 practices ≤ 30 s: TODO',
};
