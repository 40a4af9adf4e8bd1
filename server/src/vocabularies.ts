import {
  Dimension,
  dimensions,
  EvidenceLevel,
  evidenceLevels,
  InstrumentKind,
  instrumentKinds,
  Level,
  levels,
  MigrationProfile,
  migrationProfiles,
  PracticeStatus,
  practiceStatuses,
  ProgramStatus,
  programStatuses,
  Sex,
  sexes,
  Stakeholder,
  stakeholders,
  TargetGroup,
  targetGroups,
  Theme,
  themes,
  TranslationOrigin,
  translationOrigins,
  type Vocabulary,
} from '@atlas/shared';
import { registerEnumType } from 'type-graphql';

/** Registers a shared vocabulary as a GraphQL enum, every value described. */
function register<E extends string>(
  enumObject: Record<string, E>,
  name: string,
  description: string,
  vocabulary: Vocabulary<E>,
): E[] {
  const values = Object.values(enumObject);
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      values.map((value) => [value, { description: `${vocabulary[value].label}: ${vocabulary[value].description}` }]),
    ),
  });
  return values;
}

export const DIMENSIONS = register(
  Dimension,
  'Dimension',
  'Dimension of reintegration, after IOM’s integrated approach.',
  dimensions,
);
export const LEVELS = register(
  Level,
  'Level',
  'Level at which a programme or practice works, after IOM’s integrated approach.',
  levels,
);
export const STAKEHOLDERS = register(Stakeholder, 'Stakeholder', 'Kind of organisation involved.', stakeholders);
export const THEMES = register(Theme, 'Theme', 'What a practice is about.', themes);
export const TARGET_GROUPS = register(TargetGroup, 'TargetGroup', 'Whom a programme or practice serves.', targetGroups);
export const EVIDENCE_LEVELS = register(
  EvidenceLevel,
  'EvidenceLevel',
  'How strong the evidence of a practice’s results is.',
  evidenceLevels,
);
export const PRACTICE_STATUSES = register(
  PracticeStatus,
  'PracticeStatus',
  'Editorial workflow status of a practice.',
  practiceStatuses,
);
export const MIGRATION_PROFILES = register(
  MigrationProfile,
  'MigrationProfile',
  'A country’s role in labour migration.',
  migrationProfiles,
);
export const PROGRAM_STATUSES = register(
  ProgramStatus,
  'ProgramStatus',
  'Status of a programme as last reported.',
  programStatuses,
);
export const SEXES = register(Sex, 'Sex', 'Sex disaggregation of a figure.', sexes);
export const INSTRUMENT_KINDS = register(
  InstrumentKind,
  'InstrumentKind',
  'Kind of ASEAN regional instrument.',
  instrumentKinds,
);
export const TRANSLATION_ORIGINS = register(
  TranslationOrigin,
  'TranslationOrigin',
  'Who gives a translation’s wording.',
  translationOrigins,
);
