import type { EntityManager } from '@mikro-orm/knex';
import { ISO_ALPHA2, ISO_ALPHA3 } from '@atlas/shared';
import type { Viewer } from '../access/viewer';
import { checkVersion, transactionalVersioned } from '../db/optimistic-lock';
import { InputProblems } from '../graphql/errors';
import { loadReferences } from '../db/reference-ids';
import { checkInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { Source } from '../sources/source.entity';
import { applyCountry, countryState, loadCountry, sourceReferences } from './country-state';
import { countryInputSchema, type CountryFields, type CountryInput } from './country.input';
import { Country } from './country.entity';
import { isIsoAlpha2 } from './iso-3166';

/**
 * Changes a member state's entry, found by its code, as a whole; or creates it (rare: the 11 exist),
 * which needs a real ISO code and no expectedVersion. Changing one needs the version it was based on.
 * Problems of format and of reference (the version, the alpha-3 code, the sources) come in one round.
 */
export async function upsertCountry(
  em: EntityManager,
  viewer: Viewer,
  input: CountryInput,
  expectedVersion: number | null,
): Promise<Country> {
  return transactionalVersioned(em, { entity: Country, typeName: 'country', expectedVersion }, async (tx) => {
    const problems = new InputProblems();
    const { data: fields, problems: formatProblems } = checkInput(countryInputSchema, input);
    problems.addAll(formatProblems);
    // The code names the entry: the checks that need the entry wait until it is a code.
    const code = typeof input.code === 'string' && ISO_ALPHA2.test(input.code) ? input.code : null;
    const country = code ? await loadCountry(tx, { code }) : null;
    if (code && country && expectedVersion == null) {
      problems.add('expectedVersion', `is required to change an existing country (now at version ${country.version})`);
    }
    if (code && !country && expectedVersion != null) {
      problems.add('expectedVersion', `must be null to create a country: there is none with code ${code}`);
    }
    if (code && !country && !isIsoAlpha2(code))
      problems.add('input.code', 'is not an assigned ISO 3166-1 alpha-2 code');
    const iso3 = typeof input.iso3 === 'string' && ISO_ALPHA3.test(input.iso3) ? input.iso3 : null;
    const iso3Holder = code && iso3 ? await tx.findOne(Country, { iso3, code: { $ne: code } }) : null;
    if (iso3Holder) problems.add('input.iso3', `is already the code of ${iso3Holder.name} (${iso3Holder.code})`);
    const sources = await loadReferences(tx, Source, sourceReferences(input), problems, 'source');
    problems.throwIfAny();
    if (country) checkVersion('country', country, expectedVersion!);

    const before = country ? countryState(country) : null;
    const target = country ?? newCountry(tx, fields!);
    applyCountry(tx, target, fields!, sources);
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
