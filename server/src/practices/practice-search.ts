import type { EntityManager } from '@mikro-orm/knex';
import { practiceCriteriaOf, type FacetLists, type PracticeCriteria } from '@atlas/shared';
import type { Dialect } from '../config';
import { practiceVisibility, type Viewer } from '../access/viewer';
import { InputProblems } from '../graphql/errors';
import { fromGlobalId, NOT_A_GLOBAL_ID } from '../graphql/global-id';
import { ConnectionResult, pageWindow, type PageArgs, type PageWindow } from '../graphql/pagination';
import { readInOrder } from '../db/read-model';
import type { PracticeFilter } from './practice-filter.input';
import { practiceCount, practiceFacets, rankedPractices } from './practice-matches';
import { PracticeOrder } from './practice-order';
import { practiceQuery } from './practice-query';
import { Practice } from './practice.entity';

type FacetTotals = { total: number; facets: FacetLists };

/**
 * A page of practices. `totalCount` and `facets` are computed only when asked for: the facet
 * pass also gives the total, so a query selecting both pays for them once.
 */
export class PracticePage extends ConnectionResult<Practice> {
  constructor(
    items: Practice[],
    window: PageWindow,
    count: () => Promise<number>,
    private readonly counts: (eachWithoutItsOwnFilter: boolean) => Promise<FacetTotals>,
  ) {
    super(items, window, count);
  }

  /** The facets under the whole filter. */
  get facets(): Promise<FacetLists> {
    return this.facetsOf(false);
  }

  /** The facets, each field counted under the whole filter or under the filter without its own. */
  async facetsOf(eachWithoutItsOwnFilter: boolean): Promise<FacetLists> {
    return (await this.counts(eachWithoutItsOwnFilter)).facets;
  }
}

/** Lists practices the viewer may read: filter, full-text rank, order, page, facets. */
export async function searchPractices(
  em: EntityManager,
  dialect: Dialect,
  viewer: Viewer,
  args: PageArgs & { filter?: PracticeFilter | null; orderBy?: PracticeOrder | null; withFacets?: boolean },
): Promise<PracticePage> {
  const problems = new InputProblems();
  const criteria = practiceCriteria(args.filter ?? {}, viewer, problems);
  const window = pageWindow(args, problems);
  const knex = em.getKnex();

  const order = args.orderBy ?? PracticeOrder.RELEVANCE;
  let ids: number[];
  let ranked: number[] | undefined;
  if (criteria.terms.length > 0 && order === PracticeOrder.RELEVANCE) {
    // The full-text index ranks every match; the facet columns in memory keep those the filter selects.
    ranked = await rankedPractices(em, dialect, criteria);
    ids = ranked.slice(window.offset, window.offset + window.limit + 1);
  } else {
    const idQuery = practiceQuery(knex, dialect, criteria)
      .select('p.id')
      .limit(window.limit + 1)
      .offset(window.offset);
    orderPractices(idQuery, order);
    ids = (await em.execute<{ id: number | string }[]>(idQuery)).map((row) => Number(row.id));
  }
  const items = await readInOrder(em, Practice, ids);

  const counts = new Map<boolean, Promise<FacetTotals>>();
  // A ranked page has every match already: the facets count those instead of searching again.
  const known = ranked && new Set(ranked);
  const facets = (eachWithoutItsOwnFilter: boolean) => {
    if (!counts.has(eachWithoutItsOwnFilter)) {
      counts.set(eachWithoutItsOwnFilter, practiceFacets(em, dialect, criteria, { known, eachWithoutItsOwnFilter }));
    }
    return counts.get(eachWithoutItsOwnFilter)!;
  };
  const count = async () => {
    if (ranked) return ranked.length;
    // Both forms count the whole filter's total.
    return args.withFacets ? (await (counts.get(true) ?? facets(false))).total : practiceCount(em, dialect, criteria);
  };
  return new PracticePage(items, window, count, facets);
}

/** The sort of each order, before the ID breaks ties; RELEVANCE without search terms is newest first. */
const PRACTICE_SORT: Record<PracticeOrder, { column: string; order: 'asc' | 'desc' }[]> = {
  RELEVANCE: [{ column: 'p.year', order: 'desc' }],
  NEWEST: [{ column: 'p.year', order: 'desc' }],
  OLDEST: [{ column: 'p.year', order: 'asc' }],
  TITLE: [{ column: 'p.title', order: 'asc' }],
  COUNTRY: [
    { column: 'c.name', order: 'asc' },
    { column: 'p.title', order: 'asc' },
  ],
  RECENTLY_UPDATED: [{ column: 'p.updated_at', order: 'desc' }],
};

/** Orders a page of practices. */
function orderPractices(qb: ReturnType<typeof practiceQuery>, order: PracticeOrder): void {
  if (order === PracticeOrder.COUNTRY) qb.join({ c: 'country' }, 'c.id', 'p.country_id');
  qb.orderBy(PRACTICE_SORT[order]);
  qb.orderBy([{ column: 'p.id', order: order === PracticeOrder.OLDEST ? 'asc' : 'desc' }]);
}

/**
 * Checks a filter and turns it into database terms by the shared rule (`practiceCriteriaOf` of
 * `@atlas/shared`); every problem is reported with its path.
 */
export function practiceCriteria(filter: PracticeFilter, viewer: Viewer, problems: InputProblems): PracticeCriteria {
  return practiceCriteriaOf(filter, {
    visibility: practiceVisibility(viewer),
    report: (path, problem) => problems.addIf(path, problem),
    decodeId: (value, typeName, path) => {
      const decoded = fromGlobalId(value);
      if (decoded?.typeName === typeName) return decoded.id;
      problems.add(path, `is not the global ID of a ${typeName}`, NOT_A_GLOBAL_ID, { type: typeName });
      return undefined;
    },
  });
}
