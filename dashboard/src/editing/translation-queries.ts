import { graphql, type ResultOf } from '../graphql';

/** A translation as the translations panel lists and edits it. */
export const TranslationEntry = graphql(`
  fragment TranslationEntry on Translation @_unmask {
    id
    field
    language
    text
    origin
    version
    source {
      id
      title
    }
  }
`);

export type TranslationEntryValue = ResultOf<typeof TranslationEntry>;

/** Every translation of a record that has them (network-only: the panel shows what is saved now). */
export const RecordTranslationsQuery = graphql(
  `
    query RecordTranslations($id: ID!) {
      node(id: $id) {
        id
        ... on Practice {
          translations {
            ...TranslationEntry
          }
        }
        ... on ReintegrationProgram {
          translations {
            ...TranslationEntry
          }
        }
        ... on Event {
          translations {
            ...TranslationEntry
          }
        }
        ... on Indicator {
          translations {
            ...TranslationEntry
          }
        }
        ... on Source {
          translations {
            ...TranslationEntry
          }
        }
      }
    }
  `,
  [TranslationEntry],
);

export const SetTranslationMutation = graphql(
  `
    mutation SetTranslation($input: TranslationInput!, $expectedVersion: Int) {
      setTranslation(input: $input, expectedVersion: $expectedVersion) {
        ...TranslationEntry
      }
    }
  `,
  [TranslationEntry],
);

export const RemoveTranslationMutation = graphql(`
  mutation RemoveTranslation($id: ID!, $expectedVersion: Int!) {
    removeTranslation(id: $id, expectedVersion: $expectedVersion)
  }
`);
