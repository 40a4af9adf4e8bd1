import type { EntityManager } from '@mikro-orm/knex';

/** How a domain makes one of its batching loaders (a `countLoader`, a DataLoader) for a request's EntityManager. */
export type LoaderMaker<L> = (em: EntityManager) => L;

/**
 * One request's batching loaders, each made on first use: a domain declares its loader once
 * (`practiceCountByCountry`), and every resolver of the request that asks `loaders.of(it)` shares
 * the same one, so the questions of a page are answered together.
 */
export class RequestLoaders {
  private readonly made = new Map<LoaderMaker<unknown>, unknown>();

  constructor(private readonly em: EntityManager) {}

  of<L>(make: LoaderMaker<L>): L {
    if (!this.made.has(make)) this.made.set(make, make(this.em));
    return this.made.get(make) as L;
  }
}
