import type { EntityManager } from '@mikro-orm/knex';
import { ISO_ALPHA2 } from '@atlas/shared';
import type { Viewer } from '../accounts/viewer';
import { Country } from '../countries/country.entity';
import { Event } from '../events/event.entity';
import type { InputProblems } from '../graphql/errors';
import { loadReferences, type Reference } from '../graphql/reference-ids';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import type { PracticeInput } from './practice-input';

/** A source to create with the practice. */
export interface NewSource {
  title: string;
  url: string;
  publisher: string | null;
  publishedOn: string | null;
}

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
  const cited: Reference[] = references.flatMap((reference, index) =>
    typeof reference?.sourceId === 'string'
      ? [{ path: `input.sources[${index}].sourceId`, globalId: reference.sourceId }]
      : [],
  );
  const byId = await loadReferences(em, Source, cited, problems, 'source', viewer);
  const urls = references.flatMap((reference) =>
    reference?.sourceId == null && typeof reference?.url === 'string' ? [reference.url] : [],
  );
  const byUrl = new Map((await em.find(Source, { url: { $in: urls } })).map((source) => [source.url, source]));

  const sources = new Set<Source>();
  const newSources = new Map<string, NewSource>();
  for (const reference of references) {
    const known = reference?.sourceId != null ? byId.get(reference.sourceId) : byUrl.get(reference?.url ?? '');
    if (known) sources.add(known);
    else if (reference?.sourceId == null && typeof reference?.url === 'string' && !newSources.has(reference.url)) {
      newSources.set(reference.url, {
        title: reference.title?.trim() ?? '',
        url: reference.url,
        publisher: reference.publisher?.trim() || null,
        publishedOn: reference.publishedOn ?? null,
      });
    }
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
