/**
 * The controlled vocabularies of the Atlas. Each is a string enum (the GraphQL enum values) with a
 * human-readable label and a one-line description, used by the schema and by the dashboard.
 */
export interface VocabularyEntry {
  label: string;
  description: string;
}

export type Vocabulary<E extends string> = Record<E, VocabularyEntry>;

export enum Dimension {
  ECONOMIC = 'ECONOMIC',
  SOCIAL = 'SOCIAL',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
}
export const dimensions: Vocabulary<Dimension> = {
  ECONOMIC: {
    label: 'Economic',
    description: 'Re-entering economic life with a sustainable livelihood (IOM integrated approach).',
  },
  SOCIAL: {
    label: 'Social',
    description:
      'Access to public services: health, education, housing, justice and social protection (IOM integrated approach).',
  },
  PSYCHOSOCIAL: {
    label: 'Psychosocial',
    description:
      'Reconnecting with personal support networks, civil society and local values and norms (IOM integrated approach).',
  },
};

export enum Level {
  INDIVIDUAL = 'INDIVIDUAL',
  COMMUNITY = 'COMMUNITY',
  STRUCTURAL = 'STRUCTURAL',
}
export const levels: Vocabulary<Level> = {
  INDIVIDUAL: { label: 'Individual', description: 'Support to returnees and their households.' },
  COMMUNITY: { label: 'Community', description: 'Support to the communities returnees come home to.' },
  STRUCTURAL: {
    label: 'Structural',
    description: 'Laws, policies, institutions and services that make reintegration possible.',
  },
};

export enum Stakeholder {
  GOVERNMENT = 'GOVERNMENT',
  EMPLOYERS_ORGANIZATION = 'EMPLOYERS_ORGANIZATION',
  WORKERS_ORGANIZATION = 'WORKERS_ORGANIZATION',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  ACADEMIA = 'ACADEMIA',
  COMMUNITY = 'COMMUNITY',
}
export const stakeholders: Vocabulary<Stakeholder> = {
  GOVERNMENT: { label: 'Government', description: 'National or local government agencies.' },
  EMPLOYERS_ORGANIZATION: {
    label: "Employers' organisation",
    description: "Employers' organisations, one of the tripartite constituents.",
  },
  WORKERS_ORGANIZATION: {
    label: "Workers' organisation",
    description: 'Trade unions and workers’ organisations, one of the tripartite constituents.',
  },
  CIVIL_SOCIETY: { label: 'Civil society', description: 'Non-governmental and community-based organisations.' },
  INTERNATIONAL_ORGANIZATION: {
    label: 'International organisation',
    description: 'ILO, IOM, UN agencies and development partners.',
  },
  PRIVATE_SECTOR: { label: 'Private sector', description: 'Companies, banks and other private firms.' },
  ACADEMIA: { label: 'Academia', description: 'Universities and research institutes.' },
  COMMUNITY: { label: 'Community', description: 'Villages, returnee groups and cooperatives.' },
};

export enum Theme {
  ENTREPRENEURSHIP = 'ENTREPRENEURSHIP',
  FINANCIAL_LITERACY = 'FINANCIAL_LITERACY',
  ACCESS_TO_FINANCE = 'ACCESS_TO_FINANCE',
  SKILLS_TRAINING = 'SKILLS_TRAINING',
  SKILLS_RECOGNITION = 'SKILLS_RECOGNITION',
  JOB_PLACEMENT = 'JOB_PLACEMENT',
  PSYCHOSOCIAL_SUPPORT = 'PSYCHOSOCIAL_SUPPORT',
  SOCIAL_PROTECTION = 'SOCIAL_PROTECTION',
  LEGAL_ASSISTANCE = 'LEGAL_ASSISTANCE',
  COMMUNITY_DEVELOPMENT = 'COMMUNITY_DEVELOPMENT',
  FAMILY_SUPPORT = 'FAMILY_SUPPORT',
  INFORMATION_SERVICES = 'INFORMATION_SERVICES',
  DATA_AND_RESEARCH = 'DATA_AND_RESEARCH',
  POLICY_AND_GOVERNANCE = 'POLICY_AND_GOVERNANCE',
}
export const themes: Vocabulary<Theme> = {
  ENTREPRENEURSHIP: { label: 'Entrepreneurship', description: 'Starting and running a business after return.' },
  FINANCIAL_LITERACY: {
    label: 'Financial literacy',
    description: 'Managing savings, remittances, debt and household finances.',
  },
  ACCESS_TO_FINANCE: { label: 'Access to finance', description: 'Loans, grants and credit for returnees.' },
  SKILLS_TRAINING: { label: 'Skills training', description: 'Vocational and technical training.' },
  SKILLS_RECOGNITION: {
    label: 'Skills recognition',
    description: 'Recognising skills gained abroad, such as recognition of prior learning (RPL).',
  },
  JOB_PLACEMENT: { label: 'Job placement', description: 'Job matching, job fairs and employment services.' },
  PSYCHOSOCIAL_SUPPORT: {
    label: 'Psychosocial support',
    description: 'Counselling and support for wellbeing after return.',
  },
  SOCIAL_PROTECTION: {
    label: 'Social protection',
    description: 'Cash support, insurance, welfare funds and social security.',
  },
  LEGAL_ASSISTANCE: { label: 'Legal assistance', description: 'Legal advice, claims and redress.' },
  COMMUNITY_DEVELOPMENT: {
    label: 'Community development',
    description: 'Village and community programmes, cooperatives and local economies.',
  },
  FAMILY_SUPPORT: {
    label: 'Family support',
    description: 'Support to migrants’ families and children left behind.',
  },
  INFORMATION_SERVICES: {
    label: 'Information services',
    description: 'Information, registration, referral and digital services.',
  },
  DATA_AND_RESEARCH: { label: 'Data and research', description: 'Returnee data, surveys, studies and evaluations.' },
  POLICY_AND_GOVERNANCE: {
    label: 'Policy and governance',
    description: 'Laws, policies, institutions and coordination.',
  },
};

export enum TargetGroup {
  ALL_RETURNEES = 'ALL_RETURNEES',
  WOMEN = 'WOMEN',
  YOUTH = 'YOUTH',
  FAMILIES_AND_CHILDREN = 'FAMILIES_AND_CHILDREN',
  SURVIVORS_OF_TRAFFICKING = 'SURVIVORS_OF_TRAFFICKING',
  UNDOCUMENTED_RETURNEES = 'UNDOCUMENTED_RETURNEES',
  DISTRESSED_RETURNEES = 'DISTRESSED_RETURNEES',
  LOW_SKILLED_WORKERS = 'LOW_SKILLED_WORKERS',
}
export const targetGroups: Vocabulary<TargetGroup> = {
  ALL_RETURNEES: { label: 'All returnees', description: 'Returning migrant workers in general.' },
  WOMEN: { label: 'Women', description: 'Women migrant workers and returnees.' },
  YOUTH: { label: 'Youth', description: 'Young returnees.' },
  FAMILIES_AND_CHILDREN: {
    label: 'Families and children',
    description: 'Migrants’ families and children left behind.',
  },
  SURVIVORS_OF_TRAFFICKING: { label: 'Survivors of trafficking', description: 'Returnees who were trafficked.' },
  UNDOCUMENTED_RETURNEES: {
    label: 'Undocumented returnees',
    description: 'Returnees who worked abroad without regular status.',
  },
  DISTRESSED_RETURNEES: {
    label: 'Distressed returnees',
    description: 'Returnees displaced by crisis, abuse, contract violation or forced return.',
  },
  LOW_SKILLED_WORKERS: { label: 'Low-skilled workers', description: 'Returnees from low-skilled occupations.' },
};

export enum EvidenceLevel {
  DOCUMENTED = 'DOCUMENTED',
  MONITORED = 'MONITORED',
  EVALUATED = 'EVALUATED',
  RIGOROUS = 'RIGOROUS',
}
export const evidenceLevels: Vocabulary<EvidenceLevel> = {
  DOCUMENTED: { label: 'Documented', description: 'Described by the implementer.' },
  MONITORED: { label: 'Monitored', description: 'Output figures reported.' },
  EVALUATED: { label: 'Evaluated', description: 'Independent evaluation.' },
  RIGOROUS: { label: 'Rigorous', description: 'Experimental or quasi-experimental evaluation.' },
};

/**
 * What a programme or practice is, after the reference files' labels: reintegration in the state
 * workers come home to, their return itself, a measure a destination state takes for workers
 * leaving it (labelled "destination-side measure" in the reference files), or a service to migrant
 * workers at any stage that is not about return (kept because a member state presented it at an
 * ASEAN forum).
 */
export enum MeasureKind {
  REINTEGRATION = 'REINTEGRATION',
  RETURN = 'RETURN',
  DESTINATION_SIDE = 'DESTINATION_SIDE',
  MIGRATION_SERVICES = 'MIGRATION_SERVICES',
}
export const measureKinds: Vocabulary<MeasureKind> = {
  REINTEGRATION: {
    label: 'Reintegration',
    description: 'Support to returned migrant workers and their communities in the country of origin.',
  },
  RETURN: {
    label: 'Return',
    description: 'Getting workers home: repatriation, amnesties and assisted return.',
  },
  DESTINATION_SIDE: {
    label: 'Destination-side measure',
    description:
      'A destination state’s measure for the migrant workers it hosts, such as employer-paid return, security bonds or support before leaving: not a reintegration programme.',
  },
  MIGRATION_SERVICES: {
    label: 'Migration services',
    description:
      'A service to migrant workers at any stage of migration, such as information or registration online: not specific to return or reintegration.',
  },
};

/** Whether a programme or practice belongs to one member state, several, or the region. */
export enum GeographicReach {
  NATIONAL = 'NATIONAL',
  MULTI_COUNTRY = 'MULTI_COUNTRY',
  REGIONAL = 'REGIONAL',
}
export const geographicReaches: Vocabulary<GeographicReach> = {
  NATIONAL: { label: 'National', description: 'Run in one member state.' },
  MULTI_COUNTRY: {
    label: 'Several member states',
    description: 'Run in its lead or filing state and one or more partner states.',
  },
  REGIONAL: {
    label: 'Regional',
    description: 'A region-wide programme, run in each of its participating member states.',
  },
};

/** How a study of a programme or practice was designed. */
export enum StudyDesign {
  RANDOMISED_TRIAL = 'RANDOMISED_TRIAL',
  FIELD_EXPERIMENT = 'FIELD_EXPERIMENT',
  AUDIT_STUDY = 'AUDIT_STUDY',
  QUASI_EXPERIMENTAL = 'QUASI_EXPERIMENTAL',
  EVALUATION = 'EVALUATION',
  TRACER_SURVEY = 'TRACER_SURVEY',
  QUALITATIVE = 'QUALITATIVE',
  REVIEW = 'REVIEW',
  DESIGN_NOT_STATED = 'DESIGN_NOT_STATED',
}
export const studyDesigns: Vocabulary<StudyDesign> = {
  RANDOMISED_TRIAL: {
    label: 'Randomised controlled trial',
    description: 'People or places assigned at random to the intervention or to a comparison group.',
  },
  FIELD_EXPERIMENT: {
    label: 'Lab-in-field experiment',
    description: 'A randomised experiment run with real participants in a controlled setting.',
  },
  AUDIT_STUDY: {
    label: 'Audit study',
    description: 'Fictitious applications or requests with randomly assigned traits, to measure how they are treated.',
  },
  QUASI_EXPERIMENTAL: {
    label: 'Quasi-experimental study',
    description: 'A comparison group built without random assignment.',
  },
  EVALUATION: {
    label: 'Programme evaluation',
    description: 'An evaluation of a programme, by or for its funders or government.',
  },
  TRACER_SURVEY: {
    label: 'Survey of returnees',
    description: 'A survey or tracer study of workers who returned, describing their outcomes.',
  },
  QUALITATIVE: {
    label: 'Qualitative study',
    description: 'Interviews, cases or observation, without a measured effect.',
  },
  REVIEW: {
    label: 'Policy review',
    description: 'A study of policies and institutions from documents and interviews.',
  },
  DESIGN_NOT_STATED: {
    label: 'Design not stated',
    description:
      'The sources consulted do not say how the study was designed (for example, whether it had a comparison group).',
  },
};

/** The designs that can show an effect: a study of one of them may stand behind a RIGOROUS evidence level. */
export const RIGOROUS_DESIGNS: readonly StudyDesign[] = [
  StudyDesign.RANDOMISED_TRIAL,
  StudyDesign.FIELD_EXPERIMENT,
  StudyDesign.AUDIT_STUDY,
  StudyDesign.QUASI_EXPERIMENTAL,
];

export enum PracticeStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  ARCHIVED = 'ARCHIVED',
}
export const practiceStatuses: Vocabulary<PracticeStatus> = {
  DRAFT: { label: 'Draft', description: 'Being written; visible to its author and editors only.' },
  IN_REVIEW: { label: 'In review', description: 'Submitted and waiting for an editor.' },
  PUBLISHED: { label: 'Published', description: 'Reviewed and visible to everyone.' },
  REJECTED: { label: 'Rejected', description: 'Returned by an editor with a reason.' },
  ARCHIVED: { label: 'Archived', description: 'Withdrawn from view; restorable.' },
};

export enum MigrationProfile {
  ORIGIN = 'ORIGIN',
  DESTINATION = 'DESTINATION',
  ORIGIN_AND_DESTINATION = 'ORIGIN_AND_DESTINATION',
}
export const migrationProfiles: Vocabulary<MigrationProfile> = {
  ORIGIN: { label: 'Origin', description: 'Mainly a country of origin of migrant workers.' },
  DESTINATION: { label: 'Destination', description: 'Mainly a country of destination of migrant workers.' },
  ORIGIN_AND_DESTINATION: {
    label: 'Origin and destination',
    description: 'Both sends and receives migrant workers in large numbers.',
  },
};

export enum ProgramStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  DISCONTINUED = 'DISCONTINUED',
}
export const programStatuses: Vocabulary<ProgramStatus> = {
  PLANNED: { label: 'Planned', description: 'Announced or signed, not yet running.' },
  ACTIVE: { label: 'Active', description: 'Running, as last reported.' },
  COMPLETED: { label: 'Completed', description: 'Ended as planned.' },
  DISCONTINUED: { label: 'Discontinued', description: 'Stopped or replaced before its planned end.' },
};

export enum Sex {
  TOTAL = 'TOTAL',
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
export const sexes: Vocabulary<Sex> = {
  TOTAL: { label: 'Total', description: 'Everyone, not disaggregated by sex.' },
  FEMALE: { label: 'Female', description: 'Women and girls only.' },
  MALE: { label: 'Male', description: 'Men and boys only.' },
};

export enum InstrumentKind {
  DECLARATION = 'DECLARATION',
  COMMITTEE = 'COMMITTEE',
  CONSENSUS = 'CONSENSUS',
  ACTION_PLAN = 'ACTION_PLAN',
  WORK_PLAN = 'WORK_PLAN',
  GUIDELINES = 'GUIDELINES',
  STATEMENT = 'STATEMENT',
}
export const instrumentKinds: Vocabulary<InstrumentKind> = {
  DECLARATION: { label: 'Declaration', description: 'A declaration adopted by ASEAN leaders.' },
  COMMITTEE: { label: 'Committee', description: 'A regional body set up to carry the framework forward.' },
  CONSENSUS: { label: 'Consensus', description: 'A consensus instrument signed by ASEAN leaders.' },
  ACTION_PLAN: { label: 'Action plan', description: 'A plan to implement an instrument.' },
  WORK_PLAN: { label: 'Work plan', description: 'A work plan or work programme of a regional body.' },
  GUIDELINES: { label: 'Guidelines', description: 'Regional guidelines for member states.' },
  STATEMENT: { label: 'Statement', description: 'A joint statement of ministers or leaders.' },
};

/** Who gives a translation's wording (the dashboard marks each translated text with it). */
export enum TranslationOrigin {
  SOURCE = 'SOURCE',
  ATLAS = 'ATLAS',
}
export const translationOrigins: Vocabulary<TranslationOrigin> = {
  SOURCE: {
    label: 'Wording of a source',
    description: 'As a cited source writes it, such as an agency’s own name of its programme.',
  },
  ATLAS: { label: 'Translated by the Atlas', description: 'Its editors or contributors translated the original.' },
};

/** The human-readable label of any vocabulary value. */
export function labelOf<E extends string>(vocabulary: Vocabulary<E>, value: E): string {
  return vocabulary[value].label;
}

/**
 * The vocabularies the dashboard's catalogs name, by the name in their message ids
 * (`vocabulary.<name>.<VALUE>`, `….description`).
 */
export const NAMED_VOCABULARIES = {
  dimensions,
  evidenceLevels,
  geographicReaches,
  instrumentKinds,
  levels,
  measureKinds,
  migrationProfiles,
  practiceStatuses,
  programStatuses,
  sexes,
  stakeholders,
  studyDesigns,
  targetGroups,
  themes,
} as const;
