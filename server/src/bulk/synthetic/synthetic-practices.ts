import { EvidenceLevel, PracticeStatus } from '@atlas/shared';
import type { Practice } from '../../practices/practice.entity';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../../vocabularies';
import type { EntityRow } from '../entity-tables';
import type { Random } from './random';
import type { ReferenceData } from './reference-data';
import { SYNTHETIC_PRACTICE_KEY_PREFIX, syntheticKey } from './synthetic-labels';
import { FIRST_YEAR, LAST_YEAR, PARTNERS, type ProgramPlan } from './synthetic-programs';
import { syntheticBody, syntheticSummary, syntheticTitle } from './synthetic-text';

const STATUSES: readonly (readonly [PracticeStatus, number])[] = [
  [PracticeStatus.PUBLISHED, 90],
  [PracticeStatus.IN_REVIEW, 5],
  [PracticeStatus.DRAFT, 5],
];

const EVIDENCE_LEVELS: readonly (readonly [EvidenceLevel, number])[] = [
  [EvidenceLevel.DOCUMENTED, 45],
  [EvidenceLevel.MONITORED, 35],
  [EvidenceLevel.EVALUATED, 15],
  [EvidenceLevel.RIGOROUS, 5],
];

/** Records were "created" during 2025, at fixed moments: the same seed gives the same timestamps. */
const CREATED_FROM = Date.UTC(2025, 0, 1);
const SECONDS_IN_YEAR = 365 * 24 * 3600;

/** Share of practices that belong to a (synthetic) programme; the others stand alone. */
const IN_PROGRAM = 0.8;

/**
 * One practice, citing the synthetic source: four in five belong to a (stored) programme, in its
 * country and within its years, and are added to its list of practices.
 */
export function syntheticPractice(
  random: Random,
  index: number,
  count: number,
  reference: ReferenceData,
  programs: ProgramPlan[],
  sourceId: number,
): EntityRow<Practice> {
  const program = programs.length > 0 && random.chance(IN_PROGRAM) ? random.pick(programs) : null;
  program?.practices.push(index);
  const countryIndex = program ? program.countryIndex : random.weighted(reference.countryWeights);
  const year = program ? random.int(program.startYear, program.lastYear) : random.int(FIRST_YEAR, LAST_YEAR);
  const status = random.weighted(STATUSES);
  const created = new Date(CREATED_FROM + random.int(0, SECONDS_IN_YEAR) * 1000);
  return {
    key: syntheticKey(SYNTHETIC_PRACTICE_KEY_PREFIX, index, String(count).length),
    title: syntheticTitle(random),
    summary: syntheticSummary(random),
    body: syntheticBody(random),
    country: reference.countries[countryIndex]!.id,
    program: program?.id ?? null,
    year,
    themes: random.subset(THEMES, 1, 4),
    dimensions: random.subset(DIMENSIONS, 1, 3),
    levels: random.subset(LEVELS, 1, 2),
    stakeholders: random.subset(STAKEHOLDERS, 1, 4),
    targetGroups: random.subset(TARGET_GROUPS, 1, 3),
    evidenceLevel: random.weighted(EVIDENCE_LEVELS),
    status,
    partners: random.chance(0.2) ? [random.pick(PARTNERS)] : [],
    createdAt: created,
    updatedAt: created,
    publishedAt: status === PracticeStatus.PUBLISHED ? created : null,
    version: 1,
    sources: [sourceId],
  };
}
