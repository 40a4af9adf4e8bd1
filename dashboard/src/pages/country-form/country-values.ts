import type { MigrationProfile } from '@atlas/shared';
import type { IntlShape } from 'react-intl';
import { countryInputSchema } from '@atlas/shared/rules';
import { checkedInput } from '../../editing/checked-input';
import type { FieldLabels } from '../../editing/changed-fields';
import { inputPathLabel } from '../../editing/problem-labels';
import { newKey } from '../../editing/list-keys';
import { blankToNull, nullToBlank } from '../../editing/optional-text';
import type { SourceChoice } from '../../editing/source-choice';
import type { MessageId } from '../../i18n/message-ids';
import { formatMessages } from '../../i18n/message-table';
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

const COUNTRY_LABELS: Record<keyof CountryValues, MessageId> = {
  name: 'countryForm.name',
  iso3: 'countryForm.iso3.short',
  memberSince: 'countryForm.memberSince',
  leadAgency: 'countryForm.leadAgency',
  migrationProfile: 'countryForm.migrationProfile',
  summary: 'countryForm.summary',
  legalInstruments: 'countryForm.instruments',
};

/** The entry's fields in the form's words, for the fields another editor changed. */
export function countryLabels(intl: IntlShape): FieldLabels<CountryValues> {
  return formatMessages(intl, COUNTRY_LABELS);
}

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
  title: 'countryForm.instrument.title',
  year: 'countryForm.instrument.year',
  date: 'countryForm.instrument.date',
  summary: 'countryForm.instrument.summary.short',
  sourceIds: 'countryForm.instrument.sources',
} as const;

/** A path of CountryInput in the form's words ("Law or policy 2 › Year adopted"). */
export function countryPathLabel(intl: IntlShape, path: string): string | undefined {
  return inputPathLabel(path, countryLabels(intl), {
    legalInstruments: {
      item: intl.formatMessage({ id: 'countryForm.instrument' }),
      fields: formatMessages(intl, INSTRUMENT_LABELS),
    },
  });
}
