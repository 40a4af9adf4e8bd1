import { graphql } from '../graphql';
import { SourceCitation } from './source-citation';

/** A study as the Evidence blocks of practice and programme pages show it (StudyList), with its source. */
export const StudyEntry = graphql(
  `
    fragment StudyEntry on Study @_unmask {
      id
      title
      authors
      design
      year
      sampleSize
      sample
      measured
      findings
      source {
        ...SourceCitation
      }
    }
  `,
  [SourceCitation],
);
