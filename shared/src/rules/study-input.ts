/**
 * The rules of a study as `createStudy` and `updateStudy` take it, checked by the API (and its
 * restore). A study cites exactly one source: without it the API refuses the study, naming the field.
 */
import * as z from 'zod/mini';
import { StudyDesign } from '../vocabulary.js';
import { choice, chosen, countryCode, list, orEmpty } from './field-rules.js';
import { studyFields } from './record-fields.js';

/** How many programmes, and how many practices, one study may concern. */
export const MAX_STUDIED = 50;

/** How many member states one study may concern: ASEAN's eleven. */
export const MAX_STUDY_COUNTRIES = 11;

/** The member states a study concerns, by ISO alpha-2 code (`countryCodes` in the API's input). */
export const studyCountries = orEmpty(list(countryCode, MAX_STUDY_COUNTRIES, 'memberStates'));

export const studyInputSchema = z.object({
  title: studyFields.title,
  authors: z.nullish(studyFields.authors),
  design: choice(StudyDesign, 'REQUIRED'),
  year: z.nullish(studyFields.year),
  sampleSize: z.nullish(studyFields.sampleSize),
  sample: z.nullish(studyFields.sample),
  measured: studyFields.measured,
  findings: studyFields.findings,
  sourceId: z.pipe(
    z.pipe(
      z.nullish(z.string()),
      z.transform((id: string | null | undefined) => id ?? ''),
    ),
    chosen('CHOOSE_SOURCE'),
  ),
  programIds: orEmpty(list(z.string(), MAX_STUDIED, 'values')),
  practiceIds: orEmpty(list(z.string(), MAX_STUDIED, 'values')),
  countryCodes: studyCountries,
});

export type StudyFields = z.output<typeof studyInputSchema>;
