import { graphql } from '../graphql';

/**
 * What a citation shows of a source (SourceLinks renders it): every document that lists sources
 * spreads this fragment. Unmasked, so the fields read as if selected in place. Its translations
 * give its title in the page's language beside the title it was published under; `weak` marks a
 * blog, a repost or a document mirror (WeakSourceLabel).
 */
export const SourceCitation = graphql(`
  fragment SourceCitation on Source @_unmask {
    id
    title
    url
    publisher
    publishedOn
    language
    weak
    translations {
      field
      language
      text
      origin
    }
  }
`);
