/**
 * The global ID of the source already citing an address, read from createSource's problem at
 * `input.url` ("is already cited as source U291cmNlOjQy (“…”): use that one"); null for any other problem.
 */
export function existingSourceId(problem: string | undefined): string | null {
  return /already cited as source ([A-Za-z0-9_-]+)/.exec(problem ?? '')?.[1] ?? null;
}
