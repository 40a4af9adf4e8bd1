import { Sex } from '@atlas/shared';
import { z } from 'zod';

/** A figure's recorded state (`snapshot`: related records as ids), as `restoreRevision` reads it back. */
export const outcomeStateSchema = z.object({
  program: z.number().int(),
  practice: z.number().int().nullable(),
  indicator: z.number().int(),
  year: z.number().int(),
  value: z.number(),
  sex: z.enum(Sex),
  source: z.number().int(),
  note: z.string().nullable(),
  yearStated: z.boolean().default(true),
  destination: z.string().nullable().default(null),
  phase: z.string().nullable().default(null),
});
