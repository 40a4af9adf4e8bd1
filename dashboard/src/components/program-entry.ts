import { graphql } from '../graphql';

/** A programme as its page shows it and its form edits it (its sources apart). */
export const ProgramEntry = graphql(`
  fragment ProgramEntry on ReintegrationProgram @_unmask {
    id
    name
    acronym
    localName
    leadAgency
    status
    kind
    reach
    partnerCountries {
      code
      name
    }
    startYear
    endYear
    summary
    dimensions
    levels
    stakeholders
    targetGroups
    partners
    components {
      name
      description
    }
  }
`);
