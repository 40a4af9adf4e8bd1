import type { EntityClass } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { RelatedRecords } from '../db/related-records';
import { Event } from '../events/event.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { Practice } from './practice.entity';

@ObjectType({ description: 'One field of a practice that differs from the version last published, for its reviewer.' })
export class PracticeChange {
  @Field(() => String, {
    description: 'The field, as Practice names it: `title`, `themes`, `country`, `program`, `event`, `sources`, …',
  })
  field!: string;

  @Field(() => [String], {
    description:
      'Its value as last published, as a reader names it: a text, a year, vocabulary values (`FINANCIAL_LITERACY`), the name of a country, programme or event, the titles of sources. Empty for none.',
  })
  before!: string[];

  @Field(() => [String], { description: 'Its value now, in the same terms.' })
  after!: string[];
}

type State = Record<string, unknown>;

/** How a field's values read: as they are, or (references, by id) as the names of the records. */
interface Compared {
  field: string;
  /** Sets of values (vocabularies, sources): their order does not count as a change. */
  unordered?: boolean;
  named?: { entity: EntityClass<object>; name(record: object): string };
}

const named = <E extends object>(entity: EntityClass<E>, name: (record: E) => string) => ({
  entity: entity as EntityClass<object>,
  name: name as (record: object) => string,
});

/** What a reviewer compares, in the order of the practice form. Bookkeeping (status, version, dates) is left out. */
const COMPARED: Compared[] = [
  { field: 'title' },
  { field: 'summary' },
  { field: 'body' },
  { field: 'country', named: named(Country, (country) => country.name) },
  { field: 'program', named: named(ReintegrationProgram, (program) => program.name) },
  { field: 'year' },
  { field: 'kind' },
  { field: 'themes', unordered: true },
  { field: 'dimensions', unordered: true },
  { field: 'levels', unordered: true },
  { field: 'stakeholders', unordered: true },
  { field: 'targetGroups', unordered: true },
  { field: 'evidenceLevel' },
  { field: 'partners' },
  { field: 'event', named: named(Event, (event) => event.name) },
  { field: 'sources', unordered: true, named: named(Source, (source) => source.title) },
];

const valuesOf = (state: State, field: string): unknown[] => {
  const value = state[field];
  if (Array.isArray(value)) return value.filter((item) => item != null);
  return value == null ? [] : [value];
};

const same = (a: unknown[], b: unknown[], unordered = false) => {
  const key = (values: unknown[]) => {
    const texts = values.map((value) => JSON.stringify(value));
    return (unordered ? texts.sort() : texts).join('\n');
  };
  return key(a) === key(b);
};

/** A practice as its history records it (practice-state.ts), from a record read for this request. */
async function recordedState(practice: Practice, related: RelatedRecords): Promise<State> {
  const sources = await related.collection(Practice, 'sources', practice.id);
  const fields = Object.fromEntries(COMPARED.map(({ field }) => [field, (practice as unknown as State)[field]]));
  return {
    ...fields,
    country: practice.country.id,
    program: practice.program?.id ?? null,
    event: practice.event?.id ?? null,
    sources: sources.map((source) => source.id),
  };
}

/** The fields of `practice` that differ from `published` (a recorded state), each with its values in words. */
export async function changesSince(
  published: State,
  practice: Practice,
  related: RelatedRecords,
): Promise<PracticeChange[]> {
  const now = await recordedState(practice, related);
  const words = async (compared: Compared, values: unknown[]) => {
    if (!compared.named) return values.map(String);
    const { entity, name } = compared.named;
    const records = await Promise.all(values.map((id) => related.one(entity, Number(id))));
    return records.map((record) => (record ? name(record) : 'a record no longer in the Atlas'));
  };
  const changed = COMPARED.filter(
    (compared) => !same(valuesOf(published, compared.field), valuesOf(now, compared.field), compared.unordered),
  );
  return Promise.all(
    changed.map(async (compared) => ({
      field: compared.field,
      before: await words(compared, valuesOf(published, compared.field)),
      after: await words(compared, valuesOf(now, compared.field)),
    })),
  );
}
