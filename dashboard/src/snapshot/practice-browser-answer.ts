import {
  FACET_FIELDS,
  FacetColumns,
  facetList,
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
  return operationName === 'PracticeList'
    ? { data: { practices: practicePage(practices, criteria, variables) } }
    : { data: facetsAnswer(practices, criteria, variables) };
}

/** A page of `PracticeList`: totalCount, pageInfo and the practices' list entries. */
function practicePage(practices: HeldPractices, criteria: PracticeCriteria, variables: Record<string, unknown>) {
  const { data, columns, idOf, globalIdOf } = practices;
  const order = variables.orderBy === 'RELEVANCE' || !variables.orderBy ? 'NEWEST' : String(variables.orderBy);
  const ordered = (data.orders[order] ?? []).map((globalId) => idOf.get(globalId)!);
  const matching = columns.select(criteria, data.countries, ordered);
  const offset = cursorOffset(variables.after);
  const first = typeof variables.first === 'number' ? variables.first : 20;
  const page = matching.slice(offset, offset + first);
  return {
    __typename: 'PracticeConnection',
    totalCount: matching.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: offset + first < matching.length,
      hasPreviousPage: offset > 0,
      endCursor: page.length ? `snapshot:${offset + page.length}` : null,
    },
    nodes: page.map((id) => data.nodes[globalIdOf.get(id)!]),
  };
}

/** `PracticeFacets`: each field counted without its own condition, the years of every practice, the chosen programme. */
function facetsAnswer(practices: HeldPractices, criteria: PracticeCriteria, variables: Record<string, unknown>) {
  const { data, columns, labels } = practices;
  const counted = columns.tally(criteria, data.countries, null, true);
  const lists = Object.fromEntries(
    FACET_FIELDS.map((field) => [field.name, facetList(field, counted.counts[field.name]!, labels)]),
  );
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
      facets: { __typename: 'PracticeFacets', ...facets, programs: allPrograms!.slice(0, 50) },
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

function cursorOffset(after: unknown): number {
  const offset = typeof after === 'string' ? Number(/^snapshot:(\d+)$/.exec(after)?.[1]) : 0;
  return Number.isFinite(offset) ? offset : 0;
}
