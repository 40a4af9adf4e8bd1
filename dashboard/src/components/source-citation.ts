import { graphql } from '../graphql';

/**
 * What a citation shows of a source (SourceLinks renders it): every document that lists sources
 * spreads this fragment. Unmasked, so the fields read as if selected in place.
 */
export const SourceCitation = graphql(`
  fragment SourceCitation on Source @_unmask {
    title
    url
    publisher
    publishedOn
  }
`);
