import type { EntityManager } from '@mikro-orm/knex';

/**
 * The change token of practices and programmes (migration 140000, `…_facet_changes` in each
 * dialect's migrations): triggers move it on every write to `practice` or `program`, by any
 * instance or the CLI. One primary-key lookup.
 */
export async function practiceChangeToken(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ token: number | string }[]>(
    em.getKnex().from('atlas_change').select('token').where('name', 'practice_facets'),
  );
  return String(row?.token);
}

interface Held<T> {
  token: string;
  started: number;
  value: Promise<T>;
  ready?: T;
}

/**
 * A value read from the database and held until the practices' change token moves: one per
 * database (per ORM driver; test files run several Atlases in one process), one read shared by the
 * requests that need it meanwhile, and a failed read not kept (the next request tries again).
 * `readsApartMs`: after one read starts, the next waits this long, whatever the token says.
 */
export class HeldUntilChange<T> {
  private readonly held = new WeakMap<object, Held<T>>();

  constructor(
    private readonly read: (em: EntityManager) => Promise<T>,
    private readonly readsApartMs = 0,
  ) {}

  /** The value as of the current change token, read now if it is not held. */
  async current(em: EntityManager): Promise<T> {
    return (await this.heldFor(em, true))!.value;
  }

  /**
   * The value and its token if it is held, read, and current; otherwise null, its read started
   * (unless one started less than `readsApartMs` ago): for those that do without it meanwhile.
   */
  async ifReady(em: EntityManager): Promise<{ value: T; token: string } | null> {
    const held = await this.heldFor(em, false);
    return held?.ready !== undefined ? { value: held.ready, token: held.token } : null;
  }

  private async heldFor(em: EntityManager, readNow: boolean): Promise<Held<T> | null> {
    const reader = em.fork() as EntityManager;
    const token = await practiceChangeToken(reader);
    const key = em.getDriver();
    const current = this.held.get(key);
    if (current?.token === token) return current;
    if (current && !readNow && performance.now() - current.started < this.readsApartMs) return null;
    const entry: Held<T> = { token, started: performance.now(), value: this.read(reader) };
    this.held.set(key, entry);
    entry.value.then(
      (value) => (entry.ready = value),
      () => this.held.get(key) === entry && this.held.delete(key),
    );
    return entry;
  }
}
