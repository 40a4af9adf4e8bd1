import type { MigrationProfile } from '@atlas/shared';
import { countryInputSchema } from '@atlas/shared/rules';
import { checkedInput } from '../../editing/checked-input';
import type { FieldLabels } from '../../editing/changed-fields';
import { inputPathLabel } from '../../editing/problem-labels';
import { newKey } from '../../editing/list-keys';
import { blankToNull, nullToBlank } from '../../editing/optional-text';
import type { SourceChoice } from '../../editing/source-choice';
import type { CountryInput, EditedCountry } from './queries';

export interface InstrumentValues {
  key: string;
  title: string;
  year: number | null;
  date: string;
  summary: string;
  sources: SourceChoice[];
}

/** A country entry as the form holds it (its code is the entry's identity, not a field). */
export interface CountryValues {
  name: string;
  iso3: string;
  memberSince: string;
  leadAgency: string;
  migrationProfile: `${MigrationProfile}`;
  summary: string;
  legalInstruments: InstrumentValues[];
}

export const COUNTRY_LABELS: FieldLabels<CountryValues> = {
  name: 'Name',
  iso3: 'ISO alpha-3 code',
  memberSince: 'ASEAN member since',
  leadAgency: 'Lead agency',
  migrationProfile: 'Migration profile',
  summary: 'Summary',
  legalInstruments: 'Laws and policies',
};

export function emptyInstrument(): InstrumentValues {
  return { key: newKey(), title: '', year: null, date: '', summary: '', sources: [] };
}

export function countryValues(country: EditedCountry): CountryValues {
  return {
    name: country.name,
    iso3: country.iso3,
    memberSince: country.memberSince,
    leadAgency: country.leadAgency,
    migrationProfile: country.migrationProfile,
    summary: country.summary,
    legalInstruments: country.legalInstruments.map((instrument) => ({
      key: newKey(),
      title: instrument.title,
      year: instrument.year,
      date: nullToBlank(instrument.date),
      summary: nullToBlank(instrument.summary),
      sources: [...instrument.sources],
    })),
  };
}

/**
 * The entry as upsertCountry takes it, if it passes the API's rules (`@atlas/shared/rules`);
 * otherwise every problem at once, before anything is sent.
 */
export function checkCountry(code: string, values: CountryValues) {
  return checkedInput<CountryInput>(countryInputSchema, {
    code,
    name: values.name,
    iso3: values.iso3.trim(),
    memberSince: values.memberSince.trim(),
    leadAgency: values.leadAgency,
    migrationProfile: values.migrationProfile,
    summary: values.summary,
    legalInstruments: values.legalInstruments.map((instrument) => ({
      title: instrument.title,
      year: instrument.year,
      date: blankToNull(instrument.date),
      summary: blankToNull(instrument.summary),
      sourceIds: instrument.sources.map((source) => source.id),
    })),
  });
}

const INSTRUMENT_LABELS = {
  title: 'Title',
  year: 'Year adopted',
  date: 'Date adopted',
  summary: 'What it says',
  sourceIds: 'Sources',
};

/** A path of CountryInput in the form's words ("Law or policy 2 › Year adopted"). */
export function countryPathLabel(path: string): string | undefined {
  return inputPathLabel(path, COUNTRY_LABELS, {
    legalInstruments: { item: 'Law or policy', fields: INSTRUMENT_LABELS },
  });
}
