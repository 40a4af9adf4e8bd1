import { EvidenceLevel, MAX_ALTERNATIVES, PracticeStatus, type VocabularyFilterValues } from '@atlas/shared';
import { Field, ID, InputType, Int, type ClassType } from 'type-graphql';
import { GRAPHQL_FACET_FIELDS } from '../facets/facet-graphql';

@InputType('PracticeFilter', {
  description:
    'Narrows a list of practices. Values within one field are alternatives (any of them matches); different fields must all match.',
})
class PracticeFilterInput {
  @Field(() => [String], { nullable: true, description: 'Member states by ISO 3166-1 alpha-2 code (`ID`, `PH`).' })
  countryCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Practices of this programme (its global ID).' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Practices presented at this event (its global ID).' })
  eventId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search in title, summary and body: every word must match, word prefixes and English word forms included (`entrepreneur` finds `entrepreneurship`).',
  })
  text?: string | null;

  @Field(() => [PracticeStatus], {
    nullable: true,
    description:
      'Workflow statuses to list; PUBLISHED by default. Only published practices are visible to anonymous readers; contributors also see their own, editors all.',
  })
  statuses?: PracticeStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Practices that began in or after this year.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Practices that began in or before this year.' })
  yearTo?: number | null;

  @Field(() => EvidenceLevel, {
    nullable: true,
    description:
      'Practices whose evidence is at least this strong on the scale DOCUMENTED < MONITORED < EVALUATED < RIGOROUS (`EVALUATED`: evaluated or rigorous). With `evidenceLevels`, both must hold; facets count it as part of the evidence-level filter.',
  })
  minEvidenceLevel?: EvidenceLevel | null;

  @Field(() => [PracticeFilterInput], {
    nullable: true,
    description: `Alternatives: a practice matches when it matches the other fields of this filter and at least one of these (\`anyOf: [{ themes: [ENTREPRENEURSHIP] }, { dimensions: [PSYCHOSOCIAL] }]\`: a theme OR a dimension, in one request). 1 to ${MAX_ALTERNATIVES}; each takes the narrowing fields, not \`text\`, \`statuses\` or \`anyOf\`. Facets count the alternatives as a condition on every group.`,
  })
  anyOf?: (PracticeFilterInput & VocabularyFilterValues)[] | null;
}

for (const field of GRAPHQL_FACET_FIELDS) {
  if (field.kind !== 'set' && field.kind !== 'one') continue;
  Field(() => [field.graphql.value()], { nullable: true, description: field.filterDescription })(
    PracticeFilterInput.prototype,
    field.name,
  );
}

/** Narrows a list of practices: the fields above, and the vocabulary fields of the facet table. */
export type PracticeFilter = PracticeFilterInput & VocabularyFilterValues;
export const PracticeFilter: ClassType<PracticeFilter> = PracticeFilterInput;
