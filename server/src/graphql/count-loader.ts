import DataLoader from 'dataloader';

/**
 * Batches "how many X per parent" questions of one request into one grouped statement:
 * `query(ids)` returns `[parentId, count]` rows; parents without a row count zero.
 */
export function countLoader(query: (ids: readonly number[]) => Promise<{ id: number | string; n: number | string }[]>) {
  return new DataLoader<number, number>(async (ids) => {
    const counts = new Map((await query(ids)).map((row) => [Number(row.id), Number(row.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
