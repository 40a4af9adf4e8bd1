import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { SourceCitation } from '../../components/source-citation';

/** A member state's entry to edit, with its version. */
export const CountryEditQuery = graphql(
  `
    query CountryEdit($code: String!) {
      country(code: $code) {
        id
        version
        code
        name
        iso3
        memberSince
        leadAgency
        migrationProfile
        summary
        legalInstruments {
          id
          title
          year
          date
          summary
          sources {
            id
            ...SourceCitation
          }
        }
      }
    }
  `,
  [SourceCitation],
);

export type EditedCountry = NonNullable<ResultOf<typeof CountryEditQuery>['country']>;

export const UpsertCountryMutation = graphql(`
  mutation UpsertCountry($input: CountryInput!, $expectedVersion: Int) {
    upsertCountry(input: $input, expectedVersion: $expectedVersion) {
      id
      code
      version
    }
  }
`);

export type CountryInput = VariablesOf<typeof UpsertCountryMutation>['input'];
