import 'reflect-metadata';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { CITING_AND_LICENCE } from '../about/about';
import { AboutResolver } from '../about/about.resolver';
import { AccountAdminResolver } from '../accounts/account-admin.resolver';
import { AuthResolver } from '../accounts/auth.resolver';
import { PersonResolver } from '../accounts/person.type';
import { RevisionAuthorResolver } from '../accounts/revision-author.resolver';
import { CompareResolver } from '../compare/compare.resolver';
import { CountryMutationResolver } from '../countries/country-mutation.resolver';
import { CountryStatisticHistoryResolver } from '../countries/country-statistic-history.resolver';
import { CountryStatisticMutationResolver } from '../countries/country-statistic-mutation.resolver';
import { CountryStatisticResolver } from '../countries/country-statistic.resolver';
import { CountryResolver } from '../countries/country.resolver';
import { LegalInstrumentResolver } from '../countries/legal-instrument.resolver';
import { OfficialNameResolver } from '../countries/official-name.resolver';
import { EventResolver } from '../events/event.resolver';
import { RegionalInstrumentResolver } from '../framework/regional-instrument.resolver';
import { RevisionResolver } from '../history/revision.resolver';
import { IndicatorResolver } from '../indicators/indicator.resolver';
import { PracticeOutcomesResolver, ProgramOutcomesResolver } from '../outcomes/parent-outcomes.resolver';
import { OutcomeMutationResolver } from '../outcomes/outcome-mutation.resolver';
import { OutcomeSeriesResolver } from '../outcomes/outcome-series.resolver';
import { OutcomeResolver } from '../outcomes/outcome.resolver';
import {
  CountryPracticesResolver,
  EventPracticesResolver,
  ProgramPracticesResolver,
} from '../practices/parent-practices.resolver';
import { PracticeMutationResolver } from '../practices/practice-mutation.resolver';
import { PracticeFacetsResolver } from '../facets/practice-facets.resolver';
import { PracticeConnectionResolver } from '../practices/practice-connection.resolver';
import { PracticeReviewResolver } from '../practices/practice-review.resolver';
import { PracticeStatsResolver } from '../practices/practice-stats.resolver';
import { PracticeResolver } from '../practices/practice.resolver';
import { CountryProgramsResolver } from '../programs/country-programs.resolver';
import { CountryCoverageResolver } from '../coverage/country-coverage.resolver';
import { ProgramMutationResolver } from '../programs/program-mutation.resolver';
import { ProgramResolver } from '../programs/program.resolver';
import { SourceMutationResolver } from '../sources/source-mutation.resolver';
import { SourceResolver } from '../sources/source.resolver';
import {
  EventTranslationsResolver,
  IndicatorTranslationsResolver,
  PracticeTranslationsResolver,
  ProgramTranslationsResolver,
  SourceTranslationsResolver,
} from '../translations/record-translations.resolver';
import { TranslationResolver } from '../translations/translation.resolver';
import {
  CountryStudiesResolver,
  PracticeStudiesResolver,
  ProgramStudiesResolver,
} from '../studies/parent-studies.resolver';
import { StudyMutationResolver } from '../studies/study-mutation.resolver';
import { StudyResolver } from '../studies/study.resolver';
import { readProperty } from '../graphql/read-property';
import { NodeResolver } from './node.resolver';

let built: Promise<GraphQLSchema> | undefined;

const QUERY_DESCRIPTION = `The Reintegration Atlas: return and reintegration of migrant workers in the 11 ASEAN member states.
Every practice, programme and figure cites its sources. Lists are Relay connections (first ≤ 100).

${CITING_AND_LICENCE}`;

const MUTATION_DESCRIPTION = `Changes, for signed-in accounts (Authorization: Bearer <token> from login). Every change is
checked against the account's role, validated (BAD_USER_INPUT naming each field), written with its revision, and
refused with CONFLICT when based on a stale version.`;

/** The Atlas schema, built once per process from the decorated classes. */
export function atlasSchema(): Promise<GraphQLSchema> {
  built ??= build().then((schema) => {
    readPropertiesOf(schema);
    schema.getQueryType()!.description = QUERY_DESCRIPTION;
    schema.getMutationType()!.description = MUTATION_DESCRIPTION;
    return schema;
  });
  return built;
}

/**
 * Fields that only read their record's property of the same name, with no middleware or role, are
 * read by one plain function rather than type-graphql's wrapper (an object and a middleware chain,
 * empty for them, per field): a page of 20 practices resolves some 400 such fields. Fields with
 * middleware (personal and account-history fields), field resolvers and renamed fields (`Node.id`,
 * read from `globalId`) keep type-graphql's.
 */
function resolvePropertiesSimply(): void {
  const storage = getMetadataStorage();
  // Read from the decorators' own lists: a field's `middlewares` and `roles` are filled in only by buildSchema.
  const guarded = (target: object, name: string) =>
    storage.middlewares.some((m) => m.target === target && m.fieldName === name) ||
    storage.authorizedFields.some((a) => a.target === target && a.fieldName === name) ||
    storage.resolverMiddlewares.some((m) => m.target === target) ||
    storage.authorizedResolver.some((a) => a.target === target);
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.name !== field.schemaName) continue;
    if (!guarded(field.target, field.name)) field.simple = true;
  }
}

function readPropertiesOf(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= readProperty;
  }
}

function build(): Promise<GraphQLSchema> {
  resolvePropertiesSimply();
  return buildSchema({
    resolvers: [
      AboutResolver,
      AccountAdminResolver,
      AuthResolver,
      CompareResolver,
      CountryMutationResolver,
      CountryPracticesResolver,
      CountryProgramsResolver,
      CountryCoverageResolver,
      CountryResolver,
      CountryStatisticHistoryResolver,
      CountryStatisticMutationResolver,
      CountryStatisticResolver,
      EventPracticesResolver,
      EventResolver,
      EventTranslationsResolver,
      IndicatorResolver,
      IndicatorTranslationsResolver,
      LegalInstrumentResolver,
      NodeResolver,
      OfficialNameResolver,
      OutcomeMutationResolver,
      OutcomeResolver,
      OutcomeSeriesResolver,
      PracticeMutationResolver,
      PracticeOutcomesResolver,
      PracticeFacetsResolver,
      PracticeConnectionResolver,
      PersonResolver,
      PracticeResolver,
      PracticeReviewResolver,
      PracticeStatsResolver,
      PracticeStudiesResolver,
      CountryStudiesResolver,
      PracticeTranslationsResolver,
      ProgramMutationResolver,
      ProgramOutcomesResolver,
      ProgramPracticesResolver,
      ProgramResolver,
      ProgramStudiesResolver,
      ProgramTranslationsResolver,
      RegionalInstrumentResolver,
      RevisionAuthorResolver,
      RevisionResolver,
      SourceMutationResolver,
      SourceResolver,
      SourceTranslationsResolver,
      StudyMutationResolver,
      StudyResolver,
      TranslationResolver,
    ],
    emitSchemaFile: false,
  });
}
