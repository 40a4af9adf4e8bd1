/**
 * The rules of a programme as `createProgram` and `updateProgram` take it, checked by the API (and
 * its restore) and, before anything is sent, by the dashboard's programme form.
 */
import * as z from 'zod/mini';
import { Dimension, GeographicReach, Level, ProgramStatus, Stakeholder, TargetGroup } from '../vocabulary.js';
import { choice, choices, citations, countryCode, inOrder, list, measureKind, orEmpty } from './field-rules.js';
import { problemIssue } from './problems.js';
import { MAX_COMPONENTS, ORDER_PROBLEMS, programComponentFields, programFields } from './record-fields.js';

/** How a programme is classified: the same rules for the API's input, the import and the seed. */
export const programClassification = {
  kind: measureKind,
  dimensions: orEmpty(choices(Dimension)),
  levels: orEmpty(choices(Level)),
  targetGroups: orEmpty(choices(TargetGroup)),
  stakeholders: orEmpty(choices(Stakeholder)),
};

/** ASEAN's member states but the lead one. */
export const MAX_PARTNER_COUNTRIES = 10;

/**
 * Where a programme runs: its reach (NATIONAL when none is given) and the member states besides its
 * lead state (`partners`: `partnerCountryCodes` in the API's input, `partnerCountries` in the seed).
 * A programme of several states or the region names at least one other; a national one names none;
 * the lead state (`lead`) is not also a partner.
 */
export function programReach<const P extends string, const L extends string>(partners: P, lead: L) {
  const partnerList = orEmpty(list(countryCode, MAX_PARTNER_COUNTRIES, 'memberStates'));
  const fields = {
    reach: z.pipe(
      z.nullish(choice(GeographicReach, 'CHOOSE_REACH')),
      z.transform((reach: GeographicReach | null | undefined) => reach ?? GeographicReach.NATIONAL),
    ),
    [partners]: partnerList,
  } as {
    reach: z.ZodMiniPipe<z.ZodMiniType<GeographicReach | null | undefined>, z.ZodMiniTransform<GeographicReach>>;
  } & {
    [K in P]: typeof partnerList;
  };
  const check = z.superRefine<Record<string, unknown>>((record, context) => {
    const reach = (record.reach as GeographicReach | null | undefined) ?? GeographicReach.NATIONAL;
    const codes = Array.isArray(record[partners]) ? (record[partners] as unknown[]) : [];
    if (reach === GeographicReach.NATIONAL && codes.length > 0) {
      context.addIssue({ ...problemIssue('NATIONAL_WITHOUT_PARTNER_COUNTRIES'), path: [partners], input: codes });
    }
    if (reach !== GeographicReach.NATIONAL && codes.length === 0) {
      context.addIssue({ ...problemIssue('PARTNER_COUNTRIES_REQUIRED'), path: [partners], input: codes });
    }
    if (typeof record[lead] === 'string' && codes.includes(record[lead])) {
      context.addIssue({ ...problemIssue('LEAD_COUNTRY_AS_PARTNER'), path: [partners], input: codes });
    }
  });
  return { fields, check };
}

const inputReach = programReach('partnerCountryCodes', 'countryCode');

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
    ...inputReach.fields,
    ...programClassification,
    sourceIds: citations(z.string()),
  })
  .check(inOrder('startYear', 'endYear', ORDER_PROBLEMS.endYear), inputReach.check);

export type ProgramFields = z.output<typeof programInputSchema>;
