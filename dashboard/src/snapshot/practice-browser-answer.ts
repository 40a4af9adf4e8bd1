import {
  decodeKeysetCursor,
  FACET_FIELDS,
  FacetColumns,
  facetList,
  facetLists,
  keysetCursorProblem,
  practiceCriteriaOf,
  type FacetLabels,
  type PracticeCriteria,
  type PracticeFilterValues,
  type SnapshotManifest,
  type SnapshotPractices,
} from '@atlas/shared';
import type { AnswerBody } from './snapshot-answers';
import { notInSnapshot, snapshotFile } from './snapshot-answers';

/** The snapshot's published practices in one language, held ready to filter and count. */
interface HeldPractices {
  data: SnapshotPractices;
  columns: FacetColumns;
  labels: FacetLabels;
  /** The database id of each practice, by global ID. */
  idOf: Map<string, number>;
  globalIdOf: Map<number, string>;
}

const held = new Map<string, Promise<HeldPractices>>();

function practicesIn(snapshot: SnapshotManifest, language: string): Promise<HeldPractices> {
  const file = snapshot.practices[language] ?? Object.values(snapshot.practices)[0]!;
  let practices = held.get(file);
  if (!practices) {
    practices = snapshotFile<SnapshotPractices>(`snapshot/${file}`).then((data) => ({
      data,
      columns: new FacetColumns(data.rows),
      labels: {
        countries: data.countries,
        programs: new Map(
          data.programs.map((program) => [program.id, { value: program.globalId, name: program.name }]),
        ),
      },
      idOf: new Map(data.globalIds.map((globalId, index) => [globalId, Number(data.rows[index]!.id)])),
      globalIdOf: new Map(data.globalIds.map((globalId, index) => [Number(data.rows[index]!.id), globalId])),
    }));
    held.set(file, practices);
  }
  return practices;
}

/**
 * The practice browser's questions (`PracticeList`, `PracticeFacets`) answered over the snapshot's
 * published practices by the Atlas's own filter and facet rules (`practiceCriteriaOf`,
 * `FacetColumns`, `facetList` of `@atlas/shared`, which the API runs over its database), in the
 * order the API sorted them when the snapshot was taken. Null for any other operation.
 */
export async function practiceBrowserAnswer(
  snapshot: SnapshotManifest,
  operationName: string,
  variables: Record<string, unknown>,
): Promise<AnswerBody | null> {
  if (operationName !== 'PracticeList' && operationName !== 'PracticeFacets') return null;
  const practices = await practicesIn(snapshot, String(variables.language ?? snapshot.languages[0]));
  const problems: { path: string; message: string }[] = [];
  let criteria: PracticeCriteria | undefined;
  try {
    criteria = practiceCriteriaOf((variables.filter ?? {}) as PracticeFilterValues, {
      visibility: { all: false, ownerId: null },
      decodeId: (value, typeName, path) => {
        const program = practices.data.programs.find((candidate) => candidate.globalId === value);
        if (typeName === 'ReintegrationProgram' && program) return program.id;
        problems.push({ path, message: `is not the global ID of a ${typeName} in this snapshot` });
        return undefined;
      },
      report: (path, problem) => problems.push({ path, message: problem.message }),
    });
  } catch (error) {
    // A value no vocabulary has, which the API's own types refuse before its rules see it.
    problems.push({ path: 'filter', message: (error as Error).message });
  }
  if (!criteria || problems.length > 0) {
    return {
      errors: problems.map(({ path, message }) => ({
        message: `${path} ${message}`,
        extensions: { code: 'BAD_USER_INPUT' },
      })),
    };
  }
  if (criteria.terms.length > 0) return notInSnapshot('Searching by words needs the live Atlas.');
  if (operationName === 'PracticeFacets') return { data: facetsAnswer(practices, criteria, variables) };
  const page = practicePage(practices, criteria, variables);
  if ('problem' in page) {
    return { errors: [{ message: `after ${page.problem}`, extensions: { code: 'BAD_USER_INPUT' } }] };
  }
  return { data: { practices: page } };
}

/**
 * A page of `PracticeList`: totalCount, pageInfo and the practices' list entries. Its cursors are
 * the API's own (recorded with the order, `SnapshotPractices.cursors`): a page the snapshot recorded
 * from the API and a page worked out here continue each other. A cursor of another list or order,
 * or of none of the snapshot's practices, is refused naming `after`, as the API refuses it.
 */
function practicePage(practices: HeldPractices, criteria: PracticeCriteria, variables: Record<string, unknown>) {
  const { data, columns, idOf, globalIdOf } = practices;
  const order = String(variables.orderBy ?? 'RELEVANCE');
  const orderedIds = data.orders[order] ?? [];
  const cursors = data.cursors[order] ?? [];
  const placeOf = new Map(orderedIds.map((globalId, index) => [idOf.get(globalId)!, index]));
  const matching = columns.select(
    criteria,
    data.countries,
    orderedIds.map((globalId) => idOf.get(globalId)!),
  );
  const after = typeof variables.after === 'string' ? variables.after : null;
  const afterPlace = after === null ? -1 : cursors.indexOf(after);
  if (after !== null && afterPlace === -1) return { problem: cursorProblem(after, cursors[0]) };
  const first = typeof variables.first === 'number' ? variables.first : 20;
  const following = matching.filter((id) => placeOf.get(id)! > afterPlace);
  const page = following.slice(0, first);
  const last = page.at(-1);
  return {
    __typename: 'PracticeConnection',
    totalCount: matching.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: following.length > first,
      hasPreviousPage: following.length < matching.length,
      endCursor: last === undefined ? null : cursors[placeOf.get(last)!]!,
    },
    nodes: page.map((id) => data.nodes[globalIdOf.get(id)!]),
  };
}

/** Why `after` is not a cursor of this list, in the API's words. */
function cursorProblem(after: string, ofThisOrder: string | undefined): string {
  const expected = ofThisOrder ? decodeKeysetCursor(ofThisOrder) : null;
  const problem =
    expected && keysetCursorProblem(decodeKeysetCursor(after), expected.list, expected.order, expected.keys.length);
  return problem ?? 'is not the cursor of a practice in this snapshot';
}

/** `PracticeFacets`: each field counted without its own condition, the years of every practice, the chosen programme. */
function facetsAnswer(practices: HeldPractices, criteria: PracticeCriteria, variables: Record<string, unknown>) {
  const { data, columns, labels } = practices;
  const counted = columns.tally(criteria, data.countries, null, true);
  const lists = facetLists(counted.counts, labels);
  const everyPractice = practiceCriteriaOf(
    {},
    { visibility: criteria.visibility, decodeId: () => undefined, report: () => {} },
  );
  const years = facetList(
    FACET_FIELDS.find((field) => field.kind === 'year')!,
    columns.tally(everyPractice, data.countries, null).counts.years!,
    labels,
  );
  const program = variables.withProgram
    ? data.programs.find((candidate) => candidate.globalId === variables.programId)
    : undefined;
  const { allPrograms, ...facets } = lists;
  return {
    practices: {
      __typename: 'PracticeConnection',
      facets: { __typename: 'PracticeFacets', ...facets, programs: allPrograms.first(50) },
    },
    allYears: {
      __typename: 'PracticeConnection',
      facets: { __typename: 'PracticeFacets', years: years.map(({ value }) => ({ value })) },
    },
    ...(variables.withProgram
      ? {
          selectedProgram: program
            ? { __typename: 'ReintegrationProgram', id: program.globalId, name: program.name, acronym: program.acronym }
            : null,
        }
      : {}),
  };
}
