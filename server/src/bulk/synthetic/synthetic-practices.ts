import { EvidenceLevel, PracticeStatus } from '@atlas/shared';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../../vocabularies';
import type { Random } from './random';
import type { ReferenceData } from './reference-data';
import { SYNTHETIC_PRACTICE_KEY_PREFIX, syntheticKey } from './synthetic-labels';
import { FIRST_YEAR, LAST_YEAR, PARTNERS, type ProgramPlan } from './synthetic-programs';
import { syntheticBody, syntheticSummary, syntheticTitle } from './synthetic-text';

export const PRACTICE_COLUMNS = [
  'key',
  'title',
  'summary',
  'body',
  'country_id',
  'program_id',
  'year',
  'themes',
  'dimensions',
  'levels',
  'stakeholders',
  'target_groups',
  'evidence_level',
  'status',
  'partners',
  'created_at',
  'updated_at',
  'published_at',
  'version',
] as const;

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
 * One practice as a row: four in five belong to a (stored) programme, in its country and within
 * its years, and are added to its list of practices.
 */
export function syntheticPractice(
  random: Random,
  index: number,
  count: number,
  reference: ReferenceData,
  programs: ProgramPlan[],
  datetime: (date: Date) => unknown,
): unknown[] {
  const program = programs.length > 0 && random.chance(IN_PROGRAM) ? random.pick(programs) : null;
  program?.practices.push(index);
  const countryIndex = program ? program.countryIndex : random.weighted(reference.countryWeights);
  const year = program ? random.int(program.startYear, program.lastYear) : random.int(FIRST_YEAR, LAST_YEAR);
  const status = random.weighted(STATUSES);
  const created = new Date(CREATED_FROM + random.int(0, SECONDS_IN_YEAR) * 1000);
  return [
    syntheticKey(SYNTHETIC_PRACTICE_KEY_PREFIX, index, String(count).length),
    syntheticTitle(random),
    syntheticSummary(random),
    syntheticBody(random),
    reference.countries[countryIndex]!.id,
    program?.id ?? null,
    year,
    random.mask(THEMES.length, 1, 4),
    random.mask(DIMENSIONS.length, 1, 3),
    random.mask(LEVELS.length, 1, 2),
    random.mask(STAKEHOLDERS.length, 1, 4),
    random.mask(TARGET_GROUPS.length, 1, 3),
    random.weighted(EVIDENCE_LEVELS),
    status,
    JSON.stringify(random.chance(0.2) ? [random.pick(PARTNERS)] : []),
    datetime(created),
    datetime(created),
    status === PracticeStatus.PUBLISHED ? datetime(created) : null,
    1,
  ];
}
