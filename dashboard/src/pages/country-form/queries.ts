import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { CountryEntry } from '../../components/country-entry';
import { LegalInstrumentEntry } from '../../components/legal-instrument';

/** A member state's entry to edit, with its version. */
export const CountryEditQuery = graphql(
  `
    query CountryEdit($code: String!) {
      country(code: $code) {
        ...CountryEntry
        version
        legalInstruments {
          ...LegalInstrumentEntry
          sources {
            id
          }
        }
      }
    }
  `,
  [CountryEntry, LegalInstrumentEntry],
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
