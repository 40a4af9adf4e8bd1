import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ISO_ALPHA2 } from '@atlas/shared';
import { Country } from '../countries/country.entity';
import { loadReferences, type Reference } from '../db/reference-ids';
import type { InputProblems } from '../graphql/errors';
import { snapshot } from '../history/record-revision';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import type { StudyFields } from './study.input';
import { Study } from './study.entity';

/**
 * The state the history keeps of a study: its fields, with its source, programmes and practices as
 * global IDs and its member states as codes (the fields of its input, so that a restore reads it as one).
 */
export function studyState(study: Study): Record<string, unknown> {
  const state = snapshot(study);
  delete state.programs;
  delete state.practices;
  delete state.source;
  delete state.countries;
  state.sourceId = study.source.getEntity().globalId;
  state.programIds = study.programs.getItems().map((program) => program.globalId);
  state.practiceIds = study.practices.getItems().map((practice) => practice.globalId);
  state.countryCodes = study.countries.getItems().map((country) => country.code);
  return state;
}

export function loadStudy(em: EntityManager, id: number): Promise<Study | null> {
  return em.findOne(Study, { id }, { populate: ['source', 'programs', 'practices', 'countries'] });
}

export interface StudyReferences {
  source: Source | undefined;
  programs: ReintegrationProgram[];
  practices: Practice[];
  countries: Country[];
}

/**
 * The stored records a study refers to, each bad reference added to `problems` at its input path.
 * It reads the input as GraphQL typed it, so that these problems come in the same round as the
 * format problems (a missing source is a format problem: `input.sourceId`, required).
 */
export async function studyReferences(
  em: EntityManager,
  input: { sourceId?: unknown; programIds?: unknown; practiceIds?: unknown; countryCodes?: unknown },
  problems: InputProblems,
): Promise<StudyReferences> {
  const listed = (field: 'programIds' | 'practiceIds'): Reference[] => {
    const given: unknown[] = Array.isArray(input[field]) ? (input[field] as unknown[]) : [];
    return given.flatMap((globalId, i) =>
      typeof globalId === 'string' ? [{ path: `input.${field}[${i}]`, globalId }] : [],
    );
  };
  const sourceRef: Reference[] =
    typeof input.sourceId === 'string' && input.sourceId.trim() !== ''
      ? [{ path: 'input.sourceId', globalId: input.sourceId }]
      : [];
  const sources = await loadReferences(em, Source, sourceRef, problems, 'source');
  const programs = await loadReferences(em, ReintegrationProgram, listed('programIds'), problems, 'programme');
  const practices = await loadReferences(em, Practice, listed('practiceIds'), problems, 'practice');
  const countries = await studiedCountries(em, input.countryCodes, problems);
  return {
    source: sourceRef[0] && sources.get(sourceRef[0].globalId),
    programs: [...new Set(programs.values())],
    practices: [...new Set(practices.values())],
    countries,
  };
}

/** The member states of `countryCodes`, each unknown one a problem at its path; a code of the wrong format is left to the schema. */
async function studiedCountries(em: EntityManager, countryCodes: unknown, problems: InputProblems): Promise<Country[]> {
  const codes: unknown[] = Array.isArray(countryCodes) ? countryCodes : [];
  const wellFormed = codes.filter((code): code is string => typeof code === 'string' && ISO_ALPHA2.test(code));
  const countries = wellFormed.length ? await em.find(Country, { code: { $in: wellFormed } }) : [];
  codes.forEach((code, i) => {
    if (typeof code === 'string' && ISO_ALPHA2.test(code) && !countries.some((country) => country.code === code))
      problems.add(`input.countryCodes[${i}]`, 'no such member state', 'NOT_FOUND', { type: 'Country' });
  });
  return countries;
}

/** Writes every field; marks the change so that the version is checked and increased even when only links changed. */
export function applyStudy(study: Study, fields: StudyFields, references: StudyReferences): void {
  study.title = fields.title;
  study.authors = fields.authors ?? null;
  study.design = fields.design;
  study.year = fields.year ?? null;
  study.sampleSize = fields.sampleSize ?? null;
  study.sample = fields.sample ?? null;
  study.measured = fields.measured;
  study.findings = fields.findings;
  study.source = ref(references.source!);
  study.programs.set(references.programs);
  study.practices.set(references.practices);
  study.countries.set(references.countries);
  study.updatedAt = new Date();
}
