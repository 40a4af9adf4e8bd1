import { graphql } from '../../graphql';

/** Adds a citation; an address already cited is refused at input.url, naming the source that has it. */
export const CreateSourceMutation = graphql(`
  mutation CreateSource($input: SourceInput!) {
    createSource(input: $input) {
      id
      title
      url
      publisher
      publishedOn
    }
  }
`);

/** One source by its global ID: the one already citing an address. */
export const SourceByIdQuery = graphql(`
  query SourceById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Source {
        title
        url
        publisher
        publishedOn
      }
    }
  }
`);
