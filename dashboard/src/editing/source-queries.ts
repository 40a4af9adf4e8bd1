import { graphql } from '../graphql';
import { SourceCitation } from '../components/source-citation';

/** Adds a citation; an address already cited is refused at input.url, naming the source that has it. */
export const CreateSourceMutation = graphql(
  `
    mutation CreateSource($input: SourceInput!) {
      createSource(input: $input) {
        id
        ...SourceCitation
      }
    }
  `,
  [SourceCitation],
);

/** One source by its global ID: the one already citing an address. */
export const SourceByIdQuery = graphql(
  `
    query SourceById($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Source {
          ...SourceCitation
        }
      }
    }
  `,
  [SourceCitation],
);

/** Sources to cite again, found by part of their title, publisher or address. */
export const SourceSearchQuery = graphql(
  `
    query SourceSearch($search: String!) {
      sourcesConnection(first: 20, filter: { search: $search }) {
        nodes {
          id
          ...SourceCitation
        }
      }
    }
  `,
  [SourceCitation],
);
