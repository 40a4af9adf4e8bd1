/**
 * The rules of a programme as `createProgram` and `updateProgram` take it, checked by the API (and
 * its restore) and, before anything is sent, by the dashboard's programme form.
 */
import * as z from 'zod/mini';
import { Dimension, Level, ProgramStatus, Stakeholder, TargetGroup } from '../vocabulary.js';
import { choice, choices, citations, inOrder, list, orEmpty } from './field-rules.js';
import { MAX_COMPONENTS, ORDER_PROBLEMS, programComponentFields, programFields } from './record-fields.js';

/** How a programme is classified: the same rules for the API's input, the import and the seed. */
export const programClassification = {
  dimensions: orEmpty(choices(Dimension)),
  levels: orEmpty(choices(Level)),
  targetGroups: orEmpty(choices(TargetGroup)),
  stakeholders: orEmpty(choices(Stakeholder)),
};

export const programInputSchema = z
  .object({
    name: programFields.name,
    localName: z.nullish(programFields.localName),
    acronym: z.nullish(programFields.acronym),
    countryCode: programFields.country,
    leadAgency: programFields.leadAgency,
    partners: orEmpty(programFields.partners),
    startYear: z.nullish(programFields.startYear),
    endYear: z.nullish(programFields.endYear),
    status: choice(ProgramStatus, 'CHOOSE_STATUS'),
    summary: programFields.summary,
    components: orEmpty(
      list(
        z.object({
          name: programComponentFields.name,
          description: z.nullish(programComponentFields.description),
        }),
        MAX_COMPONENTS,
        'components',
      ),
    ),
    ...programClassification,
    sourceIds: citations(z.string()),
  })
  .check(inOrder('startYear', 'endYear', ORDER_PROBLEMS.endYear));

export type ProgramFields = z.output<typeof programInputSchema>;
