import type { EntityManager } from '@mikro-orm/knex';
import type { Reference } from '../db/reference-ids';
import { snapshot } from '../history/record-revision';
import { Source } from '../sources/source.entity';
import type { CountryFields } from './country.input';
import { Country } from './country.entity';
import { LegalInstrument } from './legal-instrument.entity';

/** Loads a country with what its history records: its legal instruments and their sources. */
export function loadCountry(em: EntityManager, where: { id: number } | { code: string }): Promise<Country | null> {
  return em.findOne(Country, where, { populate: ['legalInstruments.sources'] });
}

/** The state the history keeps of a country: its own fields and its legal instruments (statistics have their own). */
export function countryState(country: Country): Record<string, unknown> {
  const state = snapshot(country);
  delete state.statistics;
  state.legalInstruments = country.legalInstruments.getItems().map((instrument) => ({
    title: instrument.title,
    year: instrument.year,
    date: instrument.date,
    summary: instrument.summary,
    sourceIds: instrument.sources.getItems().map((source) => source.globalId),
  }));
  return state;
}

/**
 * Writes the fields of an entry and replaces its legal instruments, whose sources are already
 * loaded (by global ID). Marks the change, so that the version is checked and increased even when
 * only the instruments changed.
 */
export function applyCountry(
  em: EntityManager,
  country: Country,
  fields: CountryFields,
  sources: Map<string, Source>,
): void {
  country.code = fields.code;
  country.iso3 = fields.iso3;
  country.name = fields.name;
  country.memberSince = fields.memberSince;
  country.migrationProfile = fields.migrationProfile;
  country.leadAgency = fields.leadAgency;
  country.summary = fields.summary;
  country.updatedAt = new Date();
  for (const instrument of country.legalInstruments.getItems()) em.remove(instrument);
  country.legalInstruments.removeAll();
  for (const instrument of fields.legalInstruments) {
    country.legalInstruments.add(
      em.create(LegalInstrument, {
        country,
        title: instrument.title,
        year: instrument.year ?? null,
        date: instrument.date ?? null,
        summary: instrument.summary ?? null,
        sources: instrument.sourceIds.flatMap((id) => sources.get(id) ?? []),
      }),
    );
  }
}

/**
 * Where each cited source stands in the input, for reporting a bad one. It reads the input as
 * GraphQL typed it (not only once it passed its rules), so that references and formats are reported
 * in one round.
 */
export function sourceReferences(input: { legalInstruments?: unknown }): Reference[] {
  const instruments: unknown[] = Array.isArray(input.legalInstruments) ? input.legalInstruments : [];
  return instruments.flatMap((instrument, i) => {
    const sourceIds: unknown = (instrument as { sourceIds?: unknown } | null)?.sourceIds;
    return Array.isArray(sourceIds)
      ? sourceIds.flatMap((globalId: unknown, j) =>
          typeof globalId === 'string' ? [{ path: `input.legalInstruments[${i}].sourceIds[${j}]`, globalId }] : [],
        )
      : [];
  });
}
