import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ISO_ALPHA2 } from '@atlas/shared';
import { Country } from '../countries/country.entity';
import { InputProblems } from '../graphql/errors';
import { loadReferences } from '../db/reference-ids';
import { snapshot } from '../history/record-revision';
import { Source } from '../sources/source.entity';
import type { ProgramFields } from './program.input';
import { ReintegrationProgram } from './program.entity';

/**
 * The state the history keeps of a programme: its fields, its country's and partner states' codes and
 * its sources' global IDs (the fields of its input, so that a restore reads it as one).
 */
export function programState(program: ReintegrationProgram): Record<string, unknown> {
  const state = snapshot(program);
  delete state.outcomes;
  delete state.studies;
  delete state.sources;
  delete state.partnerCountries;
  state.countryCode = program.country.getEntity().code;
  state.partnerCountryCodes = program.partnerCountries.getItems().map((country) => country.code);
  state.sourceIds = program.sources.getItems().map((source) => source.globalId);
  return state;
}

export function loadProgram(em: EntityManager, id: number): Promise<ReintegrationProgram | null> {
  return em.findOne(ReintegrationProgram, { id }, { populate: ['country', 'partnerCountries', 'sources'] });
}

/**
 * The stored records a programme refers to, each bad reference added to `problems` at its input
 * path. It reads the input as GraphQL typed it, so that these problems are reported in the same
 * round as the format problems; a code of the wrong format is left to the schema, which reports it.
 */
export async function programReferences(
  em: EntityManager,
  input: { countryCode?: unknown; partnerCountryCodes?: unknown; sourceIds?: unknown },
  problems: InputProblems,
) {
  const code = typeof input.countryCode === 'string' ? input.countryCode : '';
  const country = ISO_ALPHA2.test(code) ? await em.findOne(Country, { code }) : null;
  if (ISO_ALPHA2.test(code) && !country)
    problems.add('input.countryCode', 'no such member state', 'NOT_FOUND', { type: 'Country' });
  const partnerCodes: unknown[] = Array.isArray(input.partnerCountryCodes) ? input.partnerCountryCodes : [];
  const wellFormed = partnerCodes.filter((c): c is string => typeof c === 'string' && ISO_ALPHA2.test(c));
  const partners = wellFormed.length ? await em.find(Country, { code: { $in: wellFormed } }) : [];
  partnerCodes.forEach((partner, i) => {
    if (typeof partner === 'string' && ISO_ALPHA2.test(partner) && !partners.some((c) => c.code === partner))
      problems.add(`input.partnerCountryCodes[${i}]`, 'no such member state', 'NOT_FOUND', { type: 'Country' });
  });
  const given: unknown[] = Array.isArray(input.sourceIds) ? input.sourceIds : [];
  const cited = given.flatMap((globalId, i) =>
    typeof globalId === 'string' ? [{ path: `input.sourceIds[${i}]`, globalId }] : [],
  );
  const sources = await loadReferences(em, Source, cited, problems, 'source');
  return {
    country,
    partnerCountries: partners,
    sources: [...new Set(cited.flatMap(({ globalId }) => sources.get(globalId) ?? []))],
  };
}

/** Writes every field; marks the change so that the version is checked and increased even when only sources changed. */
export function applyProgram(
  program: ReintegrationProgram,
  fields: ProgramFields,
  references: { country: Country; partnerCountries: Country[]; sources: Source[] },
): void {
  program.name = fields.name;
  program.localName = fields.localName ?? null;
  program.acronym = fields.acronym ?? null;
  program.country = ref(references.country);
  program.leadAgency = fields.leadAgency;
  program.partners = fields.partners;
  program.startYear = fields.startYear ?? null;
  program.endYear = fields.endYear ?? null;
  program.status = fields.status;
  program.summary = fields.summary;
  program.reach = fields.reach;
  program.partnerCountries.set(references.partnerCountries);
  program.kind = fields.kind;
  program.components = fields.components.map((c) => ({ name: c.name, description: c.description ?? null }));
  program.dimensions = [...new Set(fields.dimensions)];
  program.levels = [...new Set(fields.levels)];
  program.targetGroups = [...new Set(fields.targetGroups)];
  program.stakeholders = [...new Set(fields.stakeholders)];
  program.sources.set(references.sources);
  program.updatedAt = new Date();
}
