import { ProgramStatus } from '@atlas/shared';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS } from '../../vocabularies';
import type { ReintegrationProgram } from '../../programs/program.entity';
import type { EntityRow } from '../entity-tables';
import type { Random } from './random';
import type { ReferenceData } from './reference-data';
import { SYNTHETIC_PROGRAM_KEY_PREFIX, syntheticKey } from './synthetic-labels';
import { SYNTHETIC_TITLE_PREFIX, syntheticName, syntheticSummary, syntheticTitle } from './synthetic-text';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2025;

/** What practices and outcomes need to know of a synthetic programme once it is stored. */
export interface ProgramPlan {
  key: string;
  /** Its id once stored. */
  id: number;
  countryIndex: number;
  startYear: number;
  /** The last year it has figures for (its end year, or LAST_YEAR while it runs). */
  lastYear: number;
  /** Indices of its practices, in the order they were generated. */
  practices: number[];
}

const STATUSES: readonly (readonly [ProgramStatus, number])[] = [
  [ProgramStatus.ACTIVE, 55],
  [ProgramStatus.COMPLETED, 35],
  [ProgramStatus.DISCONTINUED, 10],
];

/** One programme, citing the synthetic source: its record and its plan. */
export function syntheticProgram(
  random: Random,
  index: number,
  count: number,
  reference: ReferenceData,
  sourceId: number,
): { plan: ProgramPlan; record: EntityRow<ReintegrationProgram> } {
  const key = syntheticKey(SYNTHETIC_PROGRAM_KEY_PREFIX, index, String(count).length);
  const countryIndex = random.weighted(reference.countryWeights);
  const status = random.weighted(STATUSES);
  const startYear = random.int(FIRST_YEAR, LAST_YEAR - 3);
  const endYear = status === ProgramStatus.ACTIVE ? null : random.int(startYear + 1, LAST_YEAR);
  const components = Array.from({ length: random.int(0, 3) }, () => ({
    name: syntheticName(random),
    description: syntheticSummary(random),
  }));
  const record: EntityRow<ReintegrationProgram> = {
    key,
    name: `${syntheticTitle(random)} Programme`,
    country: reference.countries[countryIndex]!.id,
    leadAgency: `${SYNTHETIC_TITLE_PREFIX}Ministry of ${syntheticName(random)}`,
    partners: random.chance(0.3) ? [random.pick(PARTNERS)] : [],
    startYear,
    endYear,
    status,
    summary: syntheticSummary(random),
    components,
    dimensions: random.subset(DIMENSIONS, 1, 3),
    levels: random.subset(LEVELS, 1, 3),
    targetGroups: random.subset(TARGET_GROUPS, 1, 3),
    stakeholders: random.subset(STAKEHOLDERS, 1, 4),
    version: 1,
    sources: [sourceId],
  };
  return { plan: { key, id: 0, countryIndex, startYear, lastYear: endYear ?? LAST_YEAR, practices: [] }, record };
}

export const PARTNERS: readonly string[] = [
  'ILO',
  'IOM',
  'UN Women',
  'Japan',
  'Republic of Korea',
  'Malaysia',
  'Hong Kong SAR',
  'Taiwan',
  'Saudi Arabia',
  'European Union',
];
