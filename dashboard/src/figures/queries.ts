import { SourceCitation } from '../components/source-citation';
import { graphql } from '../graphql';
import { CountryName } from '../components/names';

// Unmasked fragments: the fields read as if selected in place, and a document names each once.

/** What a figure's indicator is called, and the unit its values are in (in any language: indicator-text.tsx). */
export const IndicatorName = graphql(`
  fragment IndicatorName on Indicator @_unmask {
    code
    name
    unit
    translations {
      field
      language
      text
      origin
    }
  }
`);

/** A programme's outcome as figures show it (figures.ts), with its source. */
export const OutcomeFigure = graphql(
  `
    fragment OutcomeFigure on Outcome @_unmask {
      id
      indicator {
        ...IndicatorName
      }
      year
      yearStated
      value
      sex
      destination
      phase
      note
      source {
        ...SourceCitation
      }
    }
  `,
  [IndicatorName, SourceCitation],
);

/** A country's statistic as figures show it, with its source: an outcome's fields on another type. */
export const StatisticFigure = graphql(
  `
    fragment StatisticFigure on CountryStatistic @_unmask {
      id
      indicator {
        ...IndicatorName
      }
      year
      yearStated
      value
      sex
      destination
      phase
      note
      source {
        ...SourceCitation
      }
    }
  `,
  [IndicatorName, SourceCitation],
);

/** One country's figure in a comparison across member states, with its source. */
export const ComparedFigure = graphql(
  `
    fragment ComparedFigure on ComparedValue @_unmask {
      country {
        ...CountryName
      }
      year
      value
      sex
      note
      source {
        ...SourceCitation
      }
    }
  `,
  [SourceCitation, CountryName],
);

/** An indicator compared across member states: what it measures, and each country's figures. */
export const ComparedIndicator = graphql(
  `
    fragment ComparedIndicator on IndicatorComparison @_unmask {
      indicator {
        ...IndicatorName
        description
      }
      values {
        ...ComparedFigure
      }
    }
  `,
  [IndicatorName, ComparedFigure],
);
