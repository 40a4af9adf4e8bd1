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
