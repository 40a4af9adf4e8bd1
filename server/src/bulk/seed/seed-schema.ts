import {
  Dimension,
  EvidenceLevel,
  InstrumentKind,
  MigrationProfile,
  PracticeStatus,
  ProgramStatus,
  Sex,
  StudyDesign,
} from '@atlas/shared';
import {
  citations,
  contentLanguage,
  countryFields,
  eventFields,
  figureFields,
  indicatorFields,
  inOrder,
  instrumentFields,
  key,
  legalInstrumentFields,
  list,
  MAX_COMPONENTS,
  MAX_LEGAL_INSTRUMENTS,
  officialNameFields,
  ORDER_PROBLEMS,
  orEmpty,
  practiceClassification,
  practiceFields,
  programClassification,
  programComponentFields,
  programFields,
  programReach,
  sourceFields,
  MAX_STUDIED,
  studyCountries,
  studyFields,
} from '@atlas/shared/rules';
import { z } from 'zod';

/**
 * The format of the seed files and of `pnpm cli import` (documented for reviewers in
 * docs/seed-data.md). Each field's rule is the one the API's inputs use (`@atlas/shared/rules`);
 * here records refer to each other by key or code. Whether a figure's value fits its indicator's
 * unit needs the indicator: `checkFigureValues` in load-seed.ts.
 */
const sources = citations(key);

/**
 * What the sources consulted did not give about a record ("participant numbers", "the end year of
 * Phase II"), each a short phrase: readers see it in one place as "not found in the sources
 * consulted", never as a note in the record's prose. Optional. Kept for countries, programmes and
 * practices (`notFound` of the API); for framework instruments and events only in the seed files.
 */
const notFound = orEmpty(z.array(z.string().trim().min(3).max(200)).max(12));

export const sourceRecord = z.strictObject({
  key,
  title: sourceFields.title,
  publisher: z.optional(sourceFields.publisher),
  url: sourceFields.url,
  publishedOn: z.optional(sourceFields.publishedOn),
  language: z.optional(sourceFields.language),
  /** `true` where the reference files flag the source (weak): a blog, a repost or a document mirror. Absent means false. */
  weak: z.optional(z.boolean()),
});

/** The most official names one member state lists. */
const MAX_OFFICIAL_NAMES = 30;

/**
 * A country's ministries, departments, laws and decisions under their official names in a national
 * language, each as the one source it cites writes it (the additions file's section F).
 */
const officialNames = orEmpty(
  list(
    z.strictObject({
      name: officialNameFields.name,
      nameAsGiven: officialNameFields.nameAsGiven,
      language: contentLanguage,
      source: key,
    }),
    MAX_OFFICIAL_NAMES,
    'officialNames',
  ),
);

export const countryRecord = z.strictObject({
  code: countryFields.code,
  iso3: countryFields.iso3,
  name: countryFields.name,
  memberSince: countryFields.memberSince,
  migrationProfile: z.enum(MigrationProfile),
  leadAgency: countryFields.leadAgency,
  summary: countryFields.summary,
  notFound,
  sources: z.optional(sources),
  legalInstruments: orEmpty(
    list(
      z.strictObject({
        title: legalInstrumentFields.title,
        year: z.optional(legalInstrumentFields.year),
        date: z.optional(legalInstrumentFields.date),
        summary: z.optional(legalInstrumentFields.summary),
        sources,
      }),
      MAX_LEGAL_INSTRUMENTS,
      'legalInstruments',
    ),
  ),
  officialNames,
});

export const indicatorRecord = z.strictObject({
  code: indicatorFields.code,
  name: indicatorFields.name,
  description: indicatorFields.description,
  unit: indicatorFields.unit,
  dimension: z.enum(Dimension).optional(),
  higherIsBetter: z.boolean().optional(),
});

const figure = {
  indicator: figureFields.indicatorCode,
  year: figureFields.year,
  value: figureFields.value,
  sex: z.enum(Sex).default(Sex.TOTAL),
  source: key,
  note: z.optional(figureFields.note),
  /** Absent means true: the source states the year the figure describes. */
  yearStated: z.optional(z.boolean()),
  destination: z.optional(figureFields.destination),
  phase: z.optional(figureFields.phase),
};

export const statisticRecord = z.strictObject({ country: countryFields.code, ...figure });

export const instrumentRecord = z.strictObject({
  key,
  kind: z.enum(InstrumentKind),
  title: instrumentFields.title,
  shortTitle: z.optional(instrumentFields.shortTitle),
  adoptedOn: z.optional(instrumentFields.adoptedOn),
  adoptedAt: z.optional(instrumentFields.adoptedAt),
  summary: instrumentFields.summary,
  areas: orEmpty(instrumentFields.areas),
  sources,
  notFound,
});

export const eventRecord = z
  .strictObject({
    key,
    name: eventFields.name,
    localName: z.optional(eventFields.localName),
    city: z.optional(eventFields.city),
    country: z.optional(eventFields.country),
    startDate: eventFields.startDate,
    endDate: z.optional(eventFields.endDate),
    organiser: z.optional(eventFields.organiser),
    summary: eventFields.summary,
    sources,
    notFound,
  })
  .check(inOrder('startDate', 'endDate', ORDER_PROBLEMS.endDate));

/** A programme's reach and its partner states, by code (`partnerCountries: [LA, MY, MM, TH, VN]`). */
const seedReach = programReach('partnerCountries', 'country');

export const programRecord = z
  .strictObject({
    key,
    name: programFields.name,
    localName: z.optional(programFields.localName),
    acronym: z.optional(programFields.acronym),
    country: programFields.country,
    leadAgency: programFields.leadAgency,
    partners: orEmpty(programFields.partners),
    startYear: z.optional(programFields.startYear),
    endYear: z.optional(programFields.endYear),
    status: z.enum(ProgramStatus),
    summary: programFields.summary,
    components: orEmpty(
      list(
        z.strictObject({
          name: programComponentFields.name,
          description: z.optional(programComponentFields.description),
        }),
        MAX_COMPONENTS,
        'components',
      ),
    ),
    ...seedReach.fields,
    ...programClassification,
    sources,
    notFound,
  })
  .check(inOrder('startYear', 'endYear', ORDER_PROBLEMS.endYear), seedReach.check);

export const practiceRecord = z.strictObject({
  key,
  title: practiceFields.title,
  summary: practiceFields.summary,
  body: practiceFields.body,
  country: practiceFields.country,
  program: z.optional(key),
  year: practiceFields.year,
  ...practiceClassification,
  evidenceLevel: z.enum(EvidenceLevel),
  partners: orEmpty(practiceFields.partners),
  event: z.optional(key),
  sources,
  notFound,
  // Not in the seed files (all published); exports carry them for practices in the editorial workflow.
  status: z.enum(PracticeStatus).default(PracticeStatus.PUBLISHED),
  rejectionReason: z.optional(practiceFields.rejectionReason),
});

export const outcomeRecord = z.strictObject({ program: key, practice: z.optional(key), ...figure });

export const studyRecord = z.strictObject({
  key,
  title: studyFields.title,
  authors: z.optional(studyFields.authors),
  design: z.enum(StudyDesign),
  year: z.optional(studyFields.year),
  sampleSize: z.optional(studyFields.sampleSize),
  sample: z.optional(studyFields.sample),
  measured: studyFields.measured,
  findings: studyFields.findings,
  source: key,
  programs: orEmpty(list(key, MAX_STUDIED, 'values')),
  practices: orEmpty(list(key, MAX_STUDIED, 'values')),
  /** The member states it concerns, by code (`countries: [KH]`); the seed files name at least one (load-seed.ts). */
  countries: studyCountries,
});

export const SEED_FILES = {
  sources: sourceRecord,
  countries: countryRecord,
  indicators: indicatorRecord,
  statistics: statisticRecord,
  framework: instrumentRecord,
  events: eventRecord,
  programs: programRecord,
  practices: practiceRecord,
  outcomes: outcomeRecord,
  studies: studyRecord,
} as const;

export type SeedFileName = keyof typeof SEED_FILES;
export type SeedRecord<F extends SeedFileName> = z.infer<(typeof SEED_FILES)[F]>;
export type SeedData = { [F in SeedFileName]: SeedRecord<F>[] };
