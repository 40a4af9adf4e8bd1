import { graphql, type ResultOf } from '../../graphql';
import { CountryEntry } from '../../components/country-entry';
import { LegalInstrumentEntry } from '../../components/legal-instrument';
import { ProgramName } from '../../components/names';
import { PracticeListItem } from '../../components/PracticeList';
import { SourceCitation } from '../../components/source-citation';
import { StudyEntry } from '../../components/study-entry';
import { StatisticFigure } from '../../figures/queries';

/** How many practices the profile lists; the practice browser has them all. */
export const COUNTRY_PRACTICES_SHOWN = 20;

export const CountryQuery = graphql(
  `
    query CountryPage($code: String!, $practices: Int!) {
      country(code: $code) {
        ...CountryEntry
        notFound
        legalInstruments {
          ...LegalInstrumentEntry
        }
        officialNames {
          id
          name
          nameAsGiven
          language
          source {
            ...SourceCitation
          }
        }
        statistics {
          ...StatisticFigure
        }
        programs {
          id
          name
          localName
          acronym
          status
          kind
          reach
          country {
            code
            name
          }
          startYear
          endYear
          leadAgency
          practiceCount
        }
        practices(first: $practices) {
          totalCount
          nodes {
            ...PracticeListItem
            program {
              ...ProgramName
            }
          }
        }
        studies {
          ...StudyEntry
        }
      }
      countries {
        code
        name
      }
    }
  `,
  [CountryEntry, LegalInstrumentEntry, SourceCitation, StatisticFigure, ProgramName, PracticeListItem, StudyEntry],
);

export type CountryResult = ResultOf<typeof CountryQuery>;
export type CountryData = NonNullable<CountryResult['country']>;
