import type { EntityManager } from '@mikro-orm/knex';
import { ISO_ALPHA2 } from '@atlas/shared';
import type { Viewer } from '../access/viewer';
import { Country } from '../countries/country.entity';
import { Event } from '../events/event.entity';
import type { InputProblems } from '../graphql/errors';
import { loadReferences } from '../db/reference-ids';
import { ReintegrationProgram } from '../programs/program.entity';
import { isStoredSource, resolveSourceReferences, type NewSource } from '../sources/source-reference';
import type { Source } from '../sources/source.entity';
import type { PracticeInput } from './practice-input';

/** The stored records a practice input points at. */
export interface PracticeReferences {
  country: Country;
  program: ReintegrationProgram | null;
  event: Event | null;
  /** Sources cited by id, or new ones whose URL is already in the Atlas, in input order, each once. */
  sources: Source[];
  newSources: NewSource[];
}

/**
 * Checks that what the input refers to exists, adding a problem per missing record or ID of the
 * wrong type; a record the author may not read (another contributor's draft-only source) counts as
 * missing. It reads the raw input so that these problems are reported together with the format
 * problems; a value of the wrong format is left to the schema, which reports it. Undefined when the
 * country is missing (a problem was added).
 *
 * A new source whose address is already in the Atlas is that source, whoever may read it (the
 * address is unique): citing it makes it readable to the author, who holds the address already.
 */
export async function checkReferences(
  em: EntityManager,
  viewer: Viewer,
  input: PracticeInput,
  problems: InputProblems,
): Promise<PracticeReferences | undefined> {
  const code = typeof input.countryCode === 'string' ? input.countryCode : '';
  const wellFormed = ISO_ALPHA2.test(code);
  const country = wellFormed ? await em.findOne(Country, { code }) : null;
  if (wellFormed && !country) problems.add('input.countryCode', `no member state with code ${code}`);

  const program = await loadOne(em, ReintegrationProgram, 'input.programId', input.programId, problems, 'programme');
  const event = await loadOne(em, Event, 'input.eventId', input.eventId, problems, 'event');

  const references = Array.isArray(input.sources) ? input.sources : [];
  const cited = await resolveSourceReferences(
    em,
    viewer,
    references.map((reference, index) => ({ path: `input.sources[${index}]`, reference })),
    problems,
  );
  const sources = new Set<Source>();
  const newSources = new Set<NewSource>();
  for (const source of cited) {
    if (source === undefined) continue;
    if (isStoredSource(source)) sources.add(source);
    else newSources.add(source);
  }
  if (!country) return undefined;
  return { country, program, event, sources: [...sources], newSources: [...newSources.values()] };
}

async function loadOne<E extends { id: number }>(
  em: EntityManager,
  entity: new () => E,
  path: string,
  globalId: string | null | undefined,
  problems: InputProblems,
  noun: string,
): Promise<E | null> {
  if (typeof globalId !== 'string') return null;
  const found = await loadReferences(em, entity, [{ path, globalId }], problems, noun);
  return found.get(globalId) ?? null;
}
