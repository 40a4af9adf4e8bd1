/**
 * The rules of the practice mutations' inputs (`createPractice`, `updatePractice`, `rejectPractice`),
 * checked by the API and, before anything is sent, by the dashboard's practice form. Whether the
 * records it refers to exist is the API's to check (server practices/practice-references.ts).
 */
import * as z from 'zod/mini';
import { Dimension, EvidenceLevel, Level, Stakeholder, TargetGroup, Theme } from '../vocabulary.js';
import { choice, choices, citations, measureKind, orEmpty } from './field-rules.js';
import { problemError, problemIssue } from './problems.js';
import { practiceFields, sourceFields } from './record-fields.js';

/** A global ID of a stored record: its type, and whether there is a record behind it, are the API's to check. */
export const globalId = z.string();

const NEW_SOURCE_FIELDS = ['title', 'url', 'publisher', 'publishedOn'] as const;

/** A cited source: `{ sourceId }`, or a new one `{ title, url, publisher?, publishedOn? }`, never a mix. */
export const sourceReferenceSchema = z
  .strictObject({
    sourceId: z.nullish(globalId),
    title: z.nullish(sourceFields.title),
    url: z.nullish(sourceFields.url),
    publisher: z.nullish(sourceFields.publisher),
    publishedOn: z.nullish(sourceFields.publishedOn),
  })
  .check(
    z.superRefine((reference, context) => {
      if (reference.sourceId != null) {
        for (const field of NEW_SOURCE_FIELDS) {
          if (reference[field] != null) {
            context.addIssue({ ...problemIssue('SOURCE_ID_AND_NEW_SOURCE'), path: [field], input: reference[field] });
          }
        }
        return;
      }
      for (const field of ['title', 'url'] as const) {
        if (reference[field] == null) {
          context.addIssue({ ...problemIssue('NEW_SOURCE_FIELD_REQUIRED'), path: [field], input: reference[field] });
        }
      }
    }),
  );

/** How a practice is classified: the same rules for the API's input, the import and the seed. */
export const practiceClassification = {
  kind: measureKind,
  themes: choices(Theme, { atLeastOne: true }),
  dimensions: choices(Dimension, { atLeastOne: true }),
  levels: orEmpty(choices(Level)),
  stakeholders: orEmpty(choices(Stakeholder)),
  targetGroups: orEmpty(choices(TargetGroup)),
};

export const practiceInputSchema = z.strictObject({
  title: practiceFields.title,
  summary: practiceFields.summary,
  body: practiceFields.body,
  countryCode: practiceFields.country,
  programId: z.nullish(globalId),
  year: practiceFields.year,
  ...practiceClassification,
  evidenceLevel: choice(EvidenceLevel, 'CHOOSE_EVIDENCE_LEVEL'),
  partners: orEmpty(practiceFields.partners),
  eventId: z.nullish(globalId),
  sources: citations(sourceReferenceSchema),
});

export type PracticeFields = z.output<typeof practiceInputSchema>;

const reasonMissing = problemError('NO_REJECTION_REASON');

/** Why an editor sends a practice back: what its author should change. */
export const rejectionReasonSchema = z.pipe(
  z.string(reasonMissing).check(z.refine((reason) => reason.trim() !== '', { ...reasonMissing, abort: true })),
  practiceFields.rejectionReason,
);
