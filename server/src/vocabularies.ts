import {
  Dimension,
  dimensions,
  EvidenceLevel,
  evidenceLevels,
  InstrumentKind,
  instrumentKinds,
  Level,
  GeographicReach,
  geographicReaches,
  levels,
  MeasureKind,
  measureKinds,
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
  StudyDesign,
  studyDesigns,
  TargetGroup,
  targetGroups,
  Theme,
  themes,
  TranslationOrigin,
  translationOrigins,
  type Vocabulary,
} from '@atlas/shared';
import { registerDescribedEnum } from './graphql/described-enum';

/** What each vocabulary is, the description of its GraphQL enum. */
const DESCRIPTIONS = {
  Dimension: 'Dimension of reintegration, after IOM’s integrated approach.',
  Level: 'Level at which a programme or practice works, after IOM’s integrated approach.',
  Stakeholder: 'Kind of organisation involved.',
  Theme: 'What a practice is about.',
  TargetGroup: 'Whom a programme or practice serves.',
  EvidenceLevel:
    'How strong the evidence of a practice’s results is: a scale, weakest first (DOCUMENTED, MONITORED, EVALUATED, RIGOROUS), as `minEvidenceLevel` filters read it.',
  MeasureKind:
    'What a programme or practice is: reintegration, return, or a destination state’s measure for workers leaving it.',
  GeographicReach: 'Whether a programme belongs to one member state, several, or the region.',
  PracticeStatus: 'Editorial workflow status of a practice.',
  MigrationProfile: 'A country’s role in labour migration.',
  ProgramStatus: 'Status of a programme as last reported.',
  Sex: 'Sex disaggregation of a figure.',
  StudyDesign: 'How a study of programmes or practices was designed.',
  InstrumentKind: 'Kind of ASEAN regional instrument.',
  TranslationOrigin: 'Who gives a translation’s wording.',
};

/** Registers a shared vocabulary as a GraphQL enum, every value described. */
function register<E extends string>(
  enumObject: Record<string, E>,
  name: keyof typeof DESCRIPTIONS,
  vocabulary: Vocabulary<E>,
): E[] {
  registerDescribedEnum(
    enumObject,
    name,
    DESCRIPTIONS[name],
    (value) => `${vocabulary[value].label}: ${vocabulary[value].description}`,
  );
  return Object.values(enumObject);
}

export const DIMENSIONS = register(Dimension, 'Dimension', dimensions);
export const LEVELS = register(Level, 'Level', levels);
export const STAKEHOLDERS = register(Stakeholder, 'Stakeholder', stakeholders);
export const THEMES = register(Theme, 'Theme', themes);
export const TARGET_GROUPS = register(TargetGroup, 'TargetGroup', targetGroups);
export const EVIDENCE_LEVELS = register(EvidenceLevel, 'EvidenceLevel', evidenceLevels);
export const MEASURE_KINDS = register(MeasureKind, 'MeasureKind', measureKinds);
export const GEOGRAPHIC_REACHES = register(GeographicReach, 'GeographicReach', geographicReaches);
export const PRACTICE_STATUSES = register(PracticeStatus, 'PracticeStatus', practiceStatuses);
export const MIGRATION_PROFILES = register(MigrationProfile, 'MigrationProfile', migrationProfiles);
export const PROGRAM_STATUSES = register(ProgramStatus, 'ProgramStatus', programStatuses);
export const SEXES = register(Sex, 'Sex', sexes);
export const STUDY_DESIGNS = register(StudyDesign, 'StudyDesign', studyDesigns);
export const INSTRUMENT_KINDS = register(InstrumentKind, 'InstrumentKind', instrumentKinds);
export const TRANSLATION_ORIGINS = register(TranslationOrigin, 'TranslationOrigin', translationOrigins);
