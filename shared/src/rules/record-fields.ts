/**
 * The fields of each kind of record with their rules and caps, once: the API's input (server
 * `*.input.ts`), the seed and import record (server `seed/seed-schema.ts`) and a form pick the same
 * entry. Whether a field is required, and how records refer to each other (keys in files, global IDs
 * in the API), is each side's own.
 */
import * as z from 'zod/mini';
import {
  countryCode,
  figureValue,
  indicatorCode,
  iso3Code,
  languageCode,
  list,
  partialDate,
  text,
  webAddress,
  year,
} from './field-rules.js';
import { englishOf, problemError } from './problems.js';

const MAX_SAMPLE = 100_000_000;
const sampleRange = problemError('COUNT_RANGE', { unit: 'people or units', min: 1, max: MAX_SAMPLE });

/** A figure cites one source: this is said (`NO_SOURCE`) when it cites none (neither a source of the Atlas nor a new one). */
export const NO_SOURCE = englishOf('NO_SOURCE');

export const sourceFields = {
  title: text(500),
  url: webAddress,
  publisher: text(300),
  publishedOn: partialDate,
  language: languageCode,
};

/** Partners of a programme or practice: governments, agencies, donors, destination countries; each once. */
const partners = z.pipe(
  list(text(300), 50, 'partners'),
  z.transform((names: string[]) => [...new Set(names)]),
);

export const MAX_LEGAL_INSTRUMENTS = 200;
export const countryFields = {
  code: countryCode,
  iso3: iso3Code,
  name: text(100),
  memberSince: partialDate,
  leadAgency: text(500),
  summary: text(10_000),
};

export const legalInstrumentFields = {
  title: text(500),
  year,
  date: partialDate,
  summary: text(5000),
};

/** A member state's ministry, department, law or decision under its official name in a national language. */
export const officialNameFields = {
  name: text(500),
  nameAsGiven: text(500),
};

export const indicatorFields = {
  code: indicatorCode,
  name: text(300),
  description: text(5000),
  unit: text(100),
};

/** A programme outcome or a country statistic: one measured value. */
export const figureFields = {
  indicatorCode,
  year,
  value: figureValue,
  note: text(2000),
  /** The breakdown: where the workers went (ISO 3166-1 alpha-2, any country), and a programme's phase. */
  destination: countryCode,
  phase: text(100),
};

/** A study (evaluation, survey, audit, trial) of programmes and practices. */
export const studyFields = {
  title: text(500),
  authors: text(500),
  year,
  sampleSize: z
    .number(problemError('NOT_A_NUMBER'))
    .check(z.refine((n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_SAMPLE, sampleRange)),
  sample: text(1000),
  measured: text(2000),
  findings: text(5000),
};

/** A regional instrument of the ASEAN framework (a declaration, a consensus, an action plan). */
export const instrumentFields = {
  title: text(500),
  shortTitle: text(100),
  adoptedOn: partialDate,
  adoptedAt: text(300),
  summary: text(10_000),
  areas: list(text(300), 50, 'areas'),
};

export const eventFields = {
  name: text(300),
  localName: text(300),
  city: text(100),
  country: countryCode,
  startDate: partialDate,
  endDate: partialDate,
  organiser: text(300),
  summary: text(10_000),
};

export const MAX_COMPONENTS = 30;
export const programFields = {
  name: text(300),
  localName: text(300),
  acronym: text(60),
  country: countryCode,
  leadAgency: text(500),
  partners,
  startYear: year,
  endYear: year,
  summary: text(10_000),
};

export const programComponentFields = {
  name: text(200),
  description: text(5000),
};

export const practiceFields = {
  title: text(300),
  summary: text(2000),
  body: text(50_000),
  country: countryCode,
  year,
  partners,
  rejectionReason: text(2000),
};

/** The problems of the cross-field rules (`inOrder`), shared so that a form says what the API says. */
export const ORDER_PROBLEMS = {
  endYear: 'END_BEFORE_START_YEAR',
  endDate: 'END_BEFORE_START_DATE',
} as const;
