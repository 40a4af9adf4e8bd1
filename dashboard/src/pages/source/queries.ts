import { graphql, type ResultOf } from '../../graphql';
import { SourceCitation } from '../../components/source-citation';

/** A source by global ID, with its key: the page of a cited document and its translations. */
export const SourceQuery = graphql(
  `
    query SourcePage($id: ID!) {
      node(id: $id) {
        __typename
        ... on Source {
          key
          ...SourceCitation
        }
      }
    }
  `,
  [SourceCitation],
);

export type SourceData = Extract<NonNullable<ResultOf<typeof SourceQuery>['node']>, { __typename: 'Source' }>;
