import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../accounts/viewer';
import { checkVersion, transactionalVersioned } from '../db/optimistic-lock';
import { InputProblems } from '../graphql/errors';
import { loadReferences } from '../graphql/reference-ids';
import { parseInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { Source } from '../sources/source.entity';
import { applyCountry, countryState, loadCountry, sourceReferences } from './country-state';
import { countryInputSchema, type CountryFields } from './country.input';
import { Country } from './country.entity';
import { isIsoAlpha2 } from './iso-3166';

/**
 * Changes a member state's entry, found by its code, as a whole; or creates it (rare: the 11 exist),
 * which needs a real ISO code and no expectedVersion. Changing one needs the version it was based on.
 */
export async function upsertCountry(
  em: EntityManager,
  viewer: Viewer,
  input: unknown,
  expectedVersion: number | null,
): Promise<Country> {
  const fields = parseInput(countryInputSchema, input);
  return transactionalVersioned(em, { entity: Country, typeName: 'country', expectedVersion }, async (tx) => {
    const country = await loadCountry(tx, { code: fields.code });
    const problems = new InputProblems();
    if (country && expectedVersion == null) {
      problems.add('expectedVersion', `is required to change an existing country (now at version ${country.version})`);
    }
    if (!country && expectedVersion != null) {
      problems.add('expectedVersion', `must be null to create a country: there is none with code ${fields.code}`);
    }
    if (!country && !isIsoAlpha2(fields.code)) problems.add('input.code', 'is not an assigned ISO 3166-1 alpha-2 code');
    const iso3Holder = await tx.findOne(Country, { iso3: fields.iso3, code: { $ne: fields.code } });
    if (iso3Holder) problems.add('input.iso3', `is already the code of ${iso3Holder.name} (${iso3Holder.code})`);
    const sources = await loadReferences(tx, Source, sourceReferences(fields), problems, 'source');
    problems.throwIfAny();
    if (country) checkVersion('country', country, expectedVersion!);

    const before = country ? countryState(country) : null;
    const target = country ?? newCountry(tx, fields);
    applyCountry(tx, target, fields, sources);
    await tx.flush();
    recordRevision(tx, viewer, {
      entityType: 'Country',
      entityId: target.id,
      action: country ? RevisionAction.UPDATE : RevisionAction.CREATE,
      before,
      after: countryState(target),
    });
    return target;
  });
}

function newCountry(em: EntityManager, fields: CountryFields): Country {
  const { code, iso3, name, memberSince, migrationProfile, leadAgency, summary } = fields;
  return em.create(Country, { code, iso3, name, memberSince, migrationProfile, leadAgency, summary });
}
