import { graphql } from '../graphql';

// How a record is named where another one refers to it. Unmasked: the fields read as if selected in place.

/** A member state by code and name. */
export const CountryName = graphql(`
  fragment CountryName on Country @_unmask {
    code
    name
  }
`);

/** A programme by name and acronym, with its ID for the link to it. */
export const ProgramName = graphql(`
  fragment ProgramName on ReintegrationProgram @_unmask {
    id
    name
    acronym
  }
`);
