import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { badUserInput, InputProblems } from '../graphql/errors';
import { loadReferences } from '../db/reference-ids';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { Source } from '../sources/source.entity';
import { applyCountry, countryState, loadCountry, sourceReferences } from './country-state';
import { countryInputSchema } from './country.input';
import { Country } from './country.entity';

/** Brings a country entry (fields and legal instruments) back to a recorded state, re-creating it if need be. */
export async function restoreCountry(
  em: EntityManager,
  viewer: Viewer,
  entityId: number,
  state: Record<string, unknown>,
): Promise<Country> {
  const parsed = countryInputSchema.safeParse(state);
  if (!parsed.success) throw badUserInput([{ path: 'id', message: 'the recorded state is not a valid country' }]);
  const fields = parsed.data;
  const problems = new InputProblems();
  const sources = await loadReferences(em, Source, sourceReferences(fields), problems, 'source');
  problems.throwIfAny();
  const existing = await loadCountry(em, { id: entityId });
  const before = existing ? countryState(existing) : null;
  const { code, iso3, name, memberSince, migrationProfile, leadAgency, summary } = fields;
  const country =
    existing ??
    em.create(Country, { id: entityId, code, iso3, name, memberSince, migrationProfile, leadAgency, summary });
  applyCountry(em, country, fields, sources);
  await em.flush();
  recordRevision(em, viewer, {
    entityType: 'Country',
    entityId,
    action: RevisionAction.RESTORE,
    before,
    after: countryState(country),
  });
  return country;
}
