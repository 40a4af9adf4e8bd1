import type { EntityManager, Knex } from '@mikro-orm/knex';
import { practiceCriteriaOf, type CursorValue, type FacetLists, type PracticeCriteria } from '@atlas/shared';
import type { Dialect } from '../config';
import { practiceVisibility, type Viewer } from '../access/viewer';
import { InputProblems } from '../graphql/errors';
import { fromGlobalId, NOT_A_GLOBAL_ID } from '../graphql/global-id';
import {
  ConnectionResult,
  pageRequest,
  readKeysetPage,
  type Kept,
  type Keyset,
  type PageArgs,
  type PageRequest,
  type PageSlice,
  type SortKey,
} from '../graphql/pagination';
import { readInOrder } from '../db/read-model';
import type { PracticeFilter } from './practice-filter.input';
import { selectMatching, shareMatching } from '../facets/facet-counts';
import { practiceCount, practiceFacets, textMatches } from './practice-matches';
import { PracticeOrder } from './practice-order';
import { fullText } from './full-text';
import { boundedRanking, CANDIDATE_FLOOR } from './bounded-ranking';
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
    slice: PageSlice,
    count: () => Promise<number>,
    private readonly counts: (eachWithoutItsOwnFilter: boolean) => Promise<FacetTotals>,
    /** Which matches a ranked page was read from: its bounded candidates, or every match; null unranked. */
    readonly rankedFrom: 'candidates' | 'every match' | null = null,
  ) {
    super(items, slice, count);
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
  const order = args.orderBy ?? PracticeOrder.RELEVANCE;
  const searched = criteria.terms.length > 0 && order === PracticeOrder.RELEVANCE;

  // The practices matching the search terms, read once if the total or the facets are asked for.
  let matched: ReturnType<typeof textMatches> | undefined;
  const matches = () => (matched ??= textMatches(em, dialect, criteria));
  let slice: PageSlice;
  let rankedFrom: PracticePage['rankedFrom'] = null;
  if (searched) {
    // The database ranks the matches and returns them best first, a batch at a time; the facet
    // columns in memory keep those the filter selects (one batch is enough but for narrow filters).
    const { rankDirection, rankOwnTexts } = fullText(dialect);
    const request = pageRequest(args, rankedKeyset(criteria.terms, rankDirection), problems);
    const ranked = () => em.getKnex().from(fullText(dialect).ranked(em.getKnex(), criteria.terms).as('r'));
    const placed = rankOwnTexts ? request : await placedOnTheirPractices(em, ranked, request);
    const kept = {
      ids: (ids: number[]) => selectMatching(em, criteria, Promise.resolve(ids)),
      share: await shareMatching(em, criteria),
    };
    const bounded = dialect === 'postgresql' ? await pageOfCandidates(em, criteria.terms, placed, kept) : null;
    slice = bounded ?? (await readKeysetPage(em, dialect, ranked, placed, { kept }));
    rankedFrom = bounded ? 'candidates' : 'every match';
  } else {
    const request = pageRequest(args, practiceKeyset(order), problems);
    slice = await readKeysetPage(
      em,
      dialect,
      () => {
        const query = practiceQuery(em.getKnex(), dialect, criteria);
        if (order === PracticeOrder.COUNTRY) query.join({ c: 'country' }, 'c.id', 'p.country_id');
        return query;
      },
      request,
    );
  }
  const items = await readInOrder(em, Practice, slice.ids);

  const counts = new Map<boolean, Promise<FacetTotals>>();
  const facets = (eachWithoutItsOwnFilter: boolean) => {
    if (!counts.has(eachWithoutItsOwnFilter)) {
      counts.set(
        eachWithoutItsOwnFilter,
        practiceFacets(em, dialect, criteria, { known: matches(), eachWithoutItsOwnFilter }),
      );
    }
    return counts.get(eachWithoutItsOwnFilter)!;
  };
  const count = async () => {
    // Both forms count the whole filter's total.
    return args.withFacets
      ? (await (counts.get(true) ?? facets(false))).total
      : practiceCount(em, dialect, criteria, matches());
  };
  return new PracticePage(items, slice, count, facets, rankedFrom);
}

/**
 * A ranked page read from the search's bounded candidates (bounded-ranking.ts), or null when it
 * cannot be: it applies, it runs forwards from no cursor or one above the floor, it fills the page
 * and one more with candidates above the floor, and the practices did not change meanwhile. It is
 * then the page of ranking every match, cursors and all.
 */
async function pageOfCandidates(
  em: EntityManager,
  terms: string[],
  request: PageRequest,
  kept: Kept,
): Promise<PageSlice | null> {
  if (request.backward || request.before) return null;
  if (request.after && !(Number(request.after[0]) > CANDIDATE_FLOOR)) return null;
  const bounded = await boundedRanking(em, terms);
  if (!bounded) return null;
  const slice = await readKeysetPage(em, 'postgresql', bounded.ranked, request, { kept });
  const full = slice.ids.length === request.limit && (await slice.hasNextPage());
  return full && !(await bounded.changed()) ? slice : null;
}

/**
 * A ranked request whose cursors stand where their practices now are, when these still match: bm25
 * ranks shift as other practices change (`FullText.rankOwnTexts`), and a cursor's own rank would
 * then place it elsewhere than its practice. A cursor whose practice no longer matches keeps its rank.
 */
async function placedOnTheirPractices(
  em: EntityManager,
  ranked: () => Knex.QueryBuilder,
  request: PageRequest,
): Promise<PageRequest> {
  const place = async (cursor: CursorValue[] | null) => {
    if (!cursor) return cursor;
    const [row] = await em.execute<{ rank: number }[]>(ranked().where('r.id', cursor.at(-1)!).select('r.rank'));
    return row ? [Number(row.rank), cursor.at(-1)!] : cursor;
  };
  return { ...request, after: await place(request.after), before: await place(request.before) };
}

/**
 * The sort of each order, the ID last to break ties. RELEVANCE without search terms is NEWEST (and
 * its cursors are NEWEST's: the same order).
 */
const PRACTICE_SORT: Record<Exclude<PracticeOrder, 'RELEVANCE'>, SortKey[]> = {
  NEWEST: [
    { column: 'p.year', direction: 'desc' },
    { column: 'p.id', direction: 'desc' },
  ],
  OLDEST: [
    { column: 'p.year', direction: 'asc' },
    { column: 'p.id', direction: 'asc' },
  ],
  TITLE: [
    { column: 'p.title', direction: 'asc' },
    { column: 'p.id', direction: 'desc' },
  ],
  COUNTRY: [
    { column: 'c.name', direction: 'asc' },
    { column: 'p.title', direction: 'asc' },
    { column: 'p.id', direction: 'desc' },
  ],
  RECENTLY_UPDATED: [
    { column: 'p.updated_at', direction: 'desc', timestamp: true },
    { column: 'p.id', direction: 'desc' },
  ],
};

/** The keyset of an order without ranking. */
export function practiceKeyset(order: PracticeOrder): Keyset {
  const sorted = order === PracticeOrder.RELEVANCE ? PracticeOrder.NEWEST : order;
  return { list: 'Practice', order: sorted, keys: PRACTICE_SORT[sorted] };
}

/**
 * The keyset of a ranked search: its rank, then the newest id first. The order names the search
 * terms, as the ranks are those of these terms: a cursor of another search is refused.
 */
export function rankedKeyset(terms: string[], direction: 'asc' | 'desc'): Keyset {
  return {
    list: 'Practice',
    order: `RELEVANCE:${terms.join(' ')}`,
    keys: [
      { column: 'r.rank', direction, real: true },
      { column: 'r.id', direction: 'desc' },
    ],
  };
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
