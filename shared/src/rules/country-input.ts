/**
 * The rules of a country entry as `upsertCountry` takes it, checked by the API (and its restore)
 * and, before anything is sent, by the dashboard's country form.
 */
import * as z from 'zod/mini';
import { MigrationProfile } from '../vocabulary.js';
import { choice, citations, list } from './field-rules.js';
import { countryFields, legalInstrumentFields, MAX_LEGAL_INSTRUMENTS } from './record-fields.js';

export const legalInstrumentSchema = z.object({
  title: legalInstrumentFields.title,
  year: z.nullish(legalInstrumentFields.year),
  date: z.nullish(legalInstrumentFields.date),
  summary: z.nullish(legalInstrumentFields.summary),
  sourceIds: citations(z.string()),
});

export const countryInputSchema = z.object({
  code: countryFields.code,
  iso3: countryFields.iso3,
  name: countryFields.name,
  memberSince: countryFields.memberSince,
  migrationProfile: choice(MigrationProfile, 'CHOOSE_MIGRATION_PROFILE'),
  leadAgency: countryFields.leadAgency,
  summary: countryFields.summary,
  legalInstruments: list(legalInstrumentSchema, MAX_LEGAL_INSTRUMENTS, 'legalInstruments'),
});

export type CountryFields = z.output<typeof countryInputSchema>;
