import { TranslationOrigin } from '@atlas/shared';
import { z } from 'zod';
import { snapshot } from '../history/record-revision';
import type { Translation } from './translation.entity';

/** The state the history keeps of a translation: its fields, its source as an id. */
export function translationState(translation: Translation): Record<string, unknown> {
  return snapshot(translation);
}

/** A recorded state a restore can bring back. */
export const recordedTranslation = z.looseObject({
  recordType: z.string(),
  recordId: z.number().int(),
  field: z.string(),
  language: z.string(),
  text: z.string().min(1),
  origin: z.enum(TranslationOrigin),
  source: z.number().int().nullish(),
});
