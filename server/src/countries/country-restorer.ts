import { InputProblems } from '../graphql/errors';
import { loadReferences } from '../db/reference-ids';
import { parseRecorded, restoreRecord, type Restorer } from '../history/restorers';
import { Source } from '../sources/source.entity';
import { applyCountry, countryState, loadCountry, sourceReferences } from './country-state';
import { countryInputSchema } from './country.input';
import { Country } from './country.entity';

/** Brings a country entry (fields and legal instruments) back to a recorded state, re-creating it if need be. */
export const restoreCountry: Restorer = async (em, viewer, entityId, state) => {
  const fields = parseRecorded(countryInputSchema, state, 'the recorded state is not a valid country');
  const problems = new InputProblems();
  const sources = await loadReferences(em, Source, sourceReferences(fields), problems, 'source');
  problems.throwIfAny();
  const record = {
    entityType: 'Country',
    entityId,
    load: () => loadCountry(em, { id: entityId }),
    stateOf: countryState,
  };
  return restoreRecord(em, viewer, record, (existing) => {
    const { code, iso3, name, memberSince, migrationProfile, leadAgency, summary } = fields;
    const country =
      existing ??
      em.create(Country, { id: entityId, code, iso3, name, memberSince, migrationProfile, leadAgency, summary });
    applyCountry(em, country, fields, sources);
    return country;
  });
};
