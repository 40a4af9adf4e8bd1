/**
 * The rules of the figures `recordOutcomes` takes, checked by the API and, before anything is sent,
 * by the dashboard's outcomes form. Whether a value fits its indicator's unit needs the indicator
 * (`valueProblem` in units.ts), checked by each where it is known.
 */
import * as z from 'zod/mini';
import { Sex } from '../vocabulary.js';
import { chosen } from './field-rules.js';
import { problemError } from './problems.js';
import { figureFields } from './record-fields.js';

export const outcomeInputSchema = z.object({
  programId: z.string(),
  practiceId: z.nullish(z.string()),
  indicatorCode: z.pipe(chosen('CHOOSE_INDICATOR'), figureFields.indicatorCode),
  year: figureFields.year,
  value: figureFields.value,
  sex: z.pipe(
    z.nullish(z.enum(Sex)),
    z.transform((sex: Sex | null | undefined) => sex ?? Sex.TOTAL),
  ),
  sourceId: chosen('CHOOSE_SOURCE'),
  note: z.nullish(figureFields.note),
  yearStated: z.pipe(
    z.nullish(z.boolean()),
    z.transform((stated: boolean | null | undefined) => stated ?? true),
  ),
  destination: z.nullish(figureFields.destination),
  phase: z.nullish(figureFields.phase),
});

export const MAX_FIGURES = 500;
export const outcomeBatchSchema = z
  .array(outcomeInputSchema)
  .check(
    z.minLength(1, problemError('NO_FIGURES')),
    z.maxLength(MAX_FIGURES, problemError('TOO_MANY_FIGURES', { max: MAX_FIGURES })),
  );

export type OutcomeFields = z.output<typeof outcomeInputSchema>;
