import { graphql } from '../graphql';
import { TranslatedTexts } from './localized-text';

/**
 * What a citation shows of a source (SourceLinks renders it): every document that lists sources
 * spreads this fragment. Unmasked, so the fields read as if selected in place. Its translations
 * give its title in the page's language beside the title it was published under.
 */
export const SourceCitation = graphql(
  `
    fragment SourceCitation on Source @_unmask {
      id
      title
      url
      publisher
      publishedOn
      language
      translations {
        ...TranslatedTexts
      }
    }
  `,
  [TranslatedTexts],
);
