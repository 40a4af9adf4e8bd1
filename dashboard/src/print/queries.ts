import { graphql } from '../graphql';

/** How to cite the Atlas at `url`, as the API words it (the same text as its downloads and README). */
export const CitationQuery = graphql(`
  query Citation($url: String!) {
    about {
      citation(url: $url)
    }
  }
`);
