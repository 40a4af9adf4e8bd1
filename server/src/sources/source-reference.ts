import { problemIssue, sourceReferenceSchema } from '@atlas/shared/rules';
import type { EntityManager } from '@mikro-orm/knex';
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import type { Viewer } from '../access/viewer';
import { uniqueKey } from '../db/unique-key';
import type { InputProblems } from '../graphql/errors';
import { loadReferences } from '../db/reference-ids';
import { recordRevision, RevisionAction, snapshot } from '../history/record-revision';
import { Source } from './source.entity';

@InputType({
  description:
    'A source a record cites (a practice, a country statistic): either `sourceId` (a source already in the Atlas) or `title` and `url` (a new source, created with the record; a URL already in the Atlas reuses that source).',
})
export class SourceReferenceInput {
  @Field(() => ID, { nullable: true, description: 'Global ID of a source already in the Atlas.' })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Title of a new source.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Address of a new source (http or https).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published a new source.' })
  publisher?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date of a new source, ISO 8601, possibly partial (`2019`, `2019-08`, `2019-08-27`).',
  })
  publishedOn?: string | null;
}

/** Nothing given at all: no ID, and every field of a new source left out or blank. */
function isBlankReference(value: unknown): boolean {
  if (value == null) return true;
  if (typeof value !== 'object') return false;
  return Object.values(value).every((field) => field == null || (typeof field === 'string' && field.trim() === ''));
}

/** The one source a figure cites, required: when none is given, one problem at the reference itself. */
export const citedSourceSchema = z
  .preprocess((value) => (isBlankReference(value) ? null : value), z.nullish(sourceReferenceSchema))
  .transform((reference, context) => {
    if (reference == null) {
      context.addIssue(problemIssue('NO_SOURCE'));
      return z.NEVER;
    }
    return reference;
  });

/** A source to create with the record that cites it. */
export interface NewSource {
  title: string;
  url: string;
  publisher: string | null;
  publishedOn: string | null;
}

/** What a reference points at: a stored source, or a new one (the same object for every reference to its URL). */
export type CitedSource = Source | NewSource;

/**
 * The source behind each reference, in input order (undefined where it is missing or malformed):
 * by ID, or by URL (an address already in the Atlas reuses that source; others are new, one per
 * address). An ID of the wrong type or of no source is added to `problems` at `{path}.sourceId`;
 * a malformed reference is left to the schema, which reports it. Reads the raw input, so that these
 * problems are reported together with the format problems.
 */
export async function resolveSourceReferences(
  em: EntityManager,
  viewer: Viewer,
  references: readonly { path: string; reference: Partial<SourceReferenceInput> | null | undefined }[],
  problems: InputProblems,
): Promise<(CitedSource | undefined)[]> {
  const cited = references.flatMap(({ path, reference }) =>
    typeof reference?.sourceId === 'string' ? [{ path: `${path}.sourceId`, globalId: reference.sourceId }] : [],
  );
  const byId = await loadReferences(em, Source, cited, problems, 'source', viewer);
  const urlOf = (reference: Partial<SourceReferenceInput> | null | undefined) =>
    reference?.sourceId == null && typeof reference?.url === 'string' ? reference.url.trim() : undefined;
  const urls = references.flatMap(({ reference }) => urlOf(reference) ?? []);
  const byUrl = new Map((await em.find(Source, { url: { $in: urls } })).map((source) => [source.url, source]));
  const newSources = new Map<string, NewSource>();
  return references.map(({ reference }) => {
    if (reference?.sourceId != null) return byId.get(reference.sourceId);
    const url = urlOf(reference);
    if (url === undefined) return undefined;
    const known = byUrl.get(url);
    if (known) return known;
    let created = newSources.get(url);
    if (!created) {
      created = {
        title: reference?.title?.trim() ?? '',
        url,
        publisher: reference?.publisher?.trim() || null,
        publishedOn: reference?.publishedOn ?? null,
      };
      newSources.set(url, created);
    }
    return created;
  });
}

/**
 * Creates the new sources (each once), keyed by their titles, as the viewer's (who may read them
 * while no public record cites them: access/viewer.ts); the stored source of each new one comes back.
 */
export async function createSources(
  em: EntityManager,
  viewer: Viewer,
  newSources: Iterable<NewSource>,
): Promise<Map<NewSource, Source>> {
  const createdBy = viewer.userId!;
  const created = new Map<NewSource, Source>();
  for (const source of new Set(newSources)) {
    // One by one: the key query of the next one flushes this one first, so that their keys differ.
    const key = await uniqueKey(em, Source, source.title, 'source');
    created.set(source, em.create(Source, { ...source, key, createdBy }));
  }
  return created;
}

export function isStoredSource(source: CitedSource): source is Source {
  return source instanceof Source;
}

/** A CREATE revision for each source created with a record (after the flush that gave them ids). */
export function recordCreatedSources(em: EntityManager, viewer: Viewer, sources: Iterable<Source>): void {
  for (const source of sources) {
    recordRevision(em, viewer, {
      entityType: 'Source',
      entityId: source.id,
      action: RevisionAction.CREATE,
      before: null,
      after: snapshot(source),
    });
  }
}
