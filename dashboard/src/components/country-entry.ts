import { graphql } from '../graphql';

/** A member state's entry as its page shows it and its form edits it (its laws and policies apart). */
export const CountryEntry = graphql(`
  fragment CountryEntry on Country @_unmask {
    id
    code
    name
    iso3
    memberSince
    leadAgency
    migrationProfile
    summary
  }
`);
