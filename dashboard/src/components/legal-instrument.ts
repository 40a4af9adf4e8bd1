import { graphql } from '../graphql';
import { SourceCitation } from './source-citation';

/** A member state's law or policy on migrant workers as its page and its form show it, with its sources. */
export const LegalInstrumentEntry = graphql(
  `
    fragment LegalInstrumentEntry on LegalInstrument @_unmask {
      id
      title
      year
      date
      summary
      sources {
        ...SourceCitation
      }
    }
  `,
  [SourceCitation],
);
