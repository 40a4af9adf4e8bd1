import {
  Dimension,
  EvidenceLevel,
  InstrumentKind,
  Level,
  MigrationProfile,
  PracticeStatus,
  ProgramStatus,
  Sex,
  Stakeholder,
  TargetGroup,
  Theme,
} from '@atlas/shared';
import { z } from 'zod';

/** The format of the seed files, documented for reviewers in docs/seed-data.md. Its field rules are
 * shared with the mutation inputs. */
export const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug');
export const text = z.string().trim().min(1, 'must not be empty');
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
export const year = z.number().int().min(1900).max(2100);
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
const sources = z.array(key).min(1, 'cite at least one source');
const enumList = <E extends Record<string, string>>(values: E) => z.array(z.enum(values)).default([]);

export const sourceRecord = z.strictObject({
  key,
  title: text,
  publisher: text.optional(),
  url: z.url(),
  publishedOn: isoDate.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
});

export const countryRecord = z.strictObject({
  code: countryCode,
  iso3: z.string().regex(/^[A-Z]{3}$/),
  name: text,
  memberSince: isoDate,
  migrationProfile: z.enum(MigrationProfile),
  leadAgency: text,
  summary: text,
  sources: sources.optional(),
  legalInstruments: z
    .array(
      z.strictObject({
        title: text,
        year: year.optional(),
        date: isoDate.optional(),
        summary: text.optional(),
        sources,
      }),
    )
    .default([]),
});

export const indicatorRecord = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE'),
  name: text,
  description: text,
  unit: text,
  dimension: z.enum(Dimension).optional(),
  higherIsBetter: z.boolean().optional(),
});

const figure = {
  indicator: z.string(),
  year,
  value: z.number().finite(),
  sex: z.enum(Sex).default(Sex.TOTAL),
  source: key,
  note: text.optional(),
};

export const statisticRecord = z.strictObject({ country: countryCode, ...figure });

export const instrumentRecord = z.strictObject({
  key,
  kind: z.enum(InstrumentKind),
  title: text,
  shortTitle: text.optional(),
  adoptedOn: isoDate.optional(),
  adoptedAt: text.optional(),
  summary: text,
  areas: z.array(text).default([]),
  sources,
});

export const eventRecord = z.strictObject({
  key,
  name: text,
  localName: text.optional(),
  city: text.optional(),
  country: countryCode.optional(),
  startDate: isoDate,
  endDate: isoDate.optional(),
  organiser: text.optional(),
  summary: text,
  sources,
});

export const programRecord = z.strictObject({
  key,
  name: text,
  localName: text.optional(),
  acronym: text.optional(),
  country: countryCode,
  leadAgency: text,
  partners: z.array(text).default([]),
  startYear: year.optional(),
  endYear: year.optional(),
  status: z.enum(ProgramStatus),
  summary: text,
  components: z.array(z.strictObject({ name: text, description: text.optional() })).default([]),
  dimensions: enumList(Dimension),
  levels: enumList(Level),
  targetGroups: enumList(TargetGroup),
  stakeholders: enumList(Stakeholder),
  sources,
});

export const practiceRecord = z.strictObject({
  key,
  title: text,
  summary: text,
  body: text,
  country: countryCode,
  program: key.optional(),
  year,
  themes: z.array(z.enum(Theme)).min(1),
  dimensions: z.array(z.enum(Dimension)).min(1),
  levels: enumList(Level),
  stakeholders: enumList(Stakeholder),
  targetGroups: enumList(TargetGroup),
  evidenceLevel: z.enum(EvidenceLevel),
  partners: z.array(text).default([]),
  event: key.optional(),
  sources,
  // Not in the seed files (all published); exports carry them for practices in the editorial workflow.
  status: z.enum(PracticeStatus).default(PracticeStatus.PUBLISHED),
  rejectionReason: text.optional(),
});

export const outcomeRecord = z.strictObject({ program: key, practice: key.optional(), ...figure });

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
} as const;

export type SeedFileName = keyof typeof SEED_FILES;
export type SeedRecord<F extends SeedFileName> = z.infer<(typeof SEED_FILES)[F]>;
export type SeedData = { [F in SeedFileName]: SeedRecord<F>[] };
