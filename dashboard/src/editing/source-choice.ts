/** A source as the forms show and cite it: its ID is what the input sends. */
export interface SourceChoice {
  id: string;
  title: string;
  url: string;
  publisher: string | null;
  publishedOn: string | null;
}

/** The sources of several lists, each once, in the order first met. */
export function uniqueSources(...lists: readonly (readonly SourceChoice[])[]): SourceChoice[] {
  const byId = new Map<string, SourceChoice>();
  for (const source of lists.flat()) if (!byId.has(source.id)) byId.set(source.id, source);
  return [...byId.values()];
}
