import { Dimension, EvidenceLevel, Level, Stakeholder, TargetGroup, Theme } from '@atlas/shared';
import { z } from 'zod';
import { countryCode, isoDate, text, year } from '../seed/seed-schema';

const MAX_SOURCES = 20;
const MAX_PARTNERS = 20;

/** Global IDs are checked (type, and a record behind them) with the references, in practice-references.ts. */
const globalId = z.string();

const httpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'must be an http or https URL' })
  .max(2000, 'at most 2000 characters');

const NEW_SOURCE_FIELDS = ['title', 'url', 'publisher', 'publishedOn'] as const;

/** `{ sourceId }` or `{ title, url, publisher?, publishedOn? }`, never a mix. */
const sourceReference = z
  .strictObject({
    sourceId: globalId.nullish(),
    title: text.max(500, 'at most 500 characters').nullish(),
    url: httpUrl.nullish(),
    publisher: text.max(300, 'at most 300 characters').nullish(),
    publishedOn: isoDate.nullish(),
  })
  .superRefine((reference, context) => {
    if (reference.sourceId != null) {
      for (const field of NEW_SOURCE_FIELDS) {
        if (reference[field] != null)
          context.addIssue({
            code: 'custom',
            path: [field],
            message: 'give either sourceId or a new source, not both',
          });
      }
      return;
    }
    for (const field of ['title', 'url'] as const) {
      if (reference[field] == null)
        context.addIssue({ code: 'custom', path: [field], message: 'required for a new source (or give sourceId)' });
    }
  });

const unique = <T>(values: T[] | null | undefined): T[] => [...new Set(values ?? [])];
const required = <E extends Record<string, string>>(values: E) =>
  z.array(z.enum(values)).min(1, 'choose at least one').transform(unique);
const optional = <E extends Record<string, string>>(values: E) => z.array(z.enum(values)).nullish().transform(unique);

/** The rules of `PracticeInput`: formats here; whether referenced records exist, in practice-references.ts. */
export const practiceInputSchema = z.strictObject({
  title: text.max(300, 'at most 300 characters'),
  summary: text.max(2000, 'at most 2000 characters'),
  body: text.max(50_000, 'at most 50000 characters'),
  countryCode,
  programId: globalId.nullish(),
  year,
  themes: required(Theme),
  dimensions: required(Dimension),
  levels: optional(Level),
  stakeholders: optional(Stakeholder),
  targetGroups: optional(TargetGroup),
  evidenceLevel: z.enum(EvidenceLevel),
  partners: z
    .array(text.max(200, 'at most 200 characters'))
    .max(MAX_PARTNERS, `at most ${MAX_PARTNERS} partners`)
    .nullish()
    .transform(unique),
  eventId: globalId.nullish(),
  sources: z
    .array(sourceReference)
    .min(1, 'cite at least one source')
    .max(MAX_SOURCES, `at most ${MAX_SOURCES} sources`),
});

export type PracticeFields = z.infer<typeof practiceInputSchema>;

export const rejectionReasonSchema = z
  .string()
  .trim()
  .min(1, 'give a reason for the contributor')
  .max(2000, 'at most 2000 characters');
