import { OperatorProblem } from './chromium';

/**
 * Questions to the Atlas's public API, as an anonymous reader asks them: whatever the snapshot
 * learns this way is published data only (the API hides drafts, accounts and history from readers).
 */
export class PublicApi {
  constructor(private readonly origin: string) {}

  /** The answer's data; any error stops the snapshot, named. */
  async ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.origin}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data || body.errors?.length) {
      const problem = body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
      throw new OperatorProblem(`The Atlas did not answer the snapshot's question: ${problem}`);
    }
    return body.data;
  }

  /**
   * Every item of a connection, page after page. `query` takes `$after` and selects
   * `<field>(first: 100, after: $after, …) { nodes { … } pageInfo { hasNextPage endCursor } }`.
   */
  async everyNode<N>(field: string, query: string, variables: Record<string, unknown> = {}): Promise<N[]> {
    type Page = Record<string, { nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>;
    const nodes: N[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page[string] = (await this.ask<Page>(query, { ...variables, after }))[field]!;
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  /** A file the server publishes (the open downloads), as bytes. */
  async download(path: string): Promise<Buffer> {
    const response = await fetch(`${this.origin}${path}`);
    if (!response.ok) throw new OperatorProblem(`The Atlas did not give ${path} (HTTP ${response.status}).`);
    return Buffer.from(await response.arrayBuffer());
  }
}
