import { graphql, type ResultOf } from '../../graphql';

/** Per member state, what the Atlas holds, counted, and what the sources consulted did not give. */
export const CoverageQuery = graphql(`
  query Coverage {
    countries {
      code
      name
      nationalPrograms: programCount(reaches: [NATIONAL])
      sharedPrograms: programCount(reaches: [MULTI_COUNTRY, REGIONAL])
      notFound
      coverage {
        practicesByKind {
          kind
          count
        }
        outcomeCount
        statisticCount
        studyCount
      }
    }
  }
`);

export type CoverageData = ResultOf<typeof CoverageQuery>;
export type CountryCoverage = CoverageData['countries'][number];
