import { graphql } from '../graphql';
import { SourceCitation } from './source-citation';

/** A practice as its page shows it and its form edits it, with the version an edit is based on. */
export const PracticeEntry = graphql(
  `
    fragment PracticeEntry on Practice @_unmask {
      id
      version
      status
      title
      summary
      body
      year
      themes
      dimensions
      levels
      stakeholders
      targetGroups
      evidenceLevel
      kind
      partners
      sources {
        id
        ...SourceCitation
      }
    }
  `,
  [SourceCitation],
);
