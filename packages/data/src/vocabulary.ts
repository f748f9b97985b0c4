/**
 * Enumerations shared by the curated data, the database and the API.
 * Names follow ../GLOSSARY.md; Finnish labels live next to the codes so every layer shows the same words.
 */

export const PERIOD_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type PeriodPrecision = (typeof PERIOD_PRECISIONS)[number];

export const PROJECT_STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PRACTICE_PHASES = ['PILOT', 'IN_DEVELOPMENT', 'COMPLETED', 'ESTABLISHED'] as const;
export type PracticePhase = (typeof PRACTICE_PHASES)[number];

/**
 * Who organises a municipality's social and health services since 2023: one of the 21 wellbeing
 * services counties (hyvinvointialueet), the City of Helsinki itself, or, outside the reform, Åland.
 */
export const SERVICE_ORGANISER_KINDS = ['WELLBEING_SERVICES_COUNTY', 'CITY_OF_HELSINKI', 'ALAND'] as const;
export type ServiceOrganiserKind = (typeof SERVICE_ORGANISER_KINDS)[number];

export const MUNICIPALITY_ROLES = ['APPLICANT', 'IMPLEMENTER', 'PARTNER'] as const;
export type MunicipalityRole = (typeof MUNICIPALITY_ROLES)[number];

export const PARTNER_ROLES = [
  'DEVELOPMENT_PARTNER',
  'EXPERT',
  'REFERENCE_MODEL',
  'COOPERATION_PARTNER',
] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const ORGANISATION_KINDS = [
  'EU_FUND',
  'STATE_FUND',
  'MINISTRY',
  'MUNICIPALITY',
  'JOINT_MUNICIPAL_AUTHORITY',
  'UNIVERSITY',
  'COMPANY',
  'PARISH',
  'NGO',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** What a cost figure is: the documents keep these apart, and so must we. */
export const COST_KINDS = [
  /** A consortium's or project's whole budget, all parties together. */
  'TOTAL_BUDGET',
  /** One municipality's own part of a joint budget. */
  'MUNICIPALITY_SHARE',
  /** Realised total costs reported after the project. */
  'TOTAL_COSTS',
] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const COST_BASES = ['ESTIMATE', 'REALISED'] as const;
export type CostBasis = (typeof COST_BASES)[number];

export const FUNDING_KINDS = [
  /** Money from outside the municipality (ESF, TSR, STM …). */
  'EXTERNAL_GRANT',
  /** The municipality's own money, stated as such. */
  'OWN_FUNDING',
  /** The document states there was no separate funding: external funding is a known zero. */
  'NO_SEPARATE_FUNDING',
] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const OUTCOME_KINDS = [
  /** A change (or its absence) in the world: wellbeing, costs, cooperation … */
  'RESULT',
  /** Something produced or done: workshops held, a model written, a service opened. */
  'OUTPUT',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_DIRECTIONS = [
  'IMPROVED',
  'WORSENED',
  'UNCHANGED',
  'MIXED',
  'UNKNOWN',
  'NOT_APPLICABLE',
] as const;
export type OutcomeDirection = (typeof OUTCOME_DIRECTIONS)[number];

/** Ordinal, weakest first (GLOSSARY "Outcome domains and evidence"). The order is the scale. */
export const EVIDENCE_TYPES = [
  'NOT_YET_MEASURED',
  'EXPERIENTIAL',
  'SURVEY',
  'STATISTICS',
  'COMPARISON_GROUP',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const SOURCE_GENRES = [
  'MUNICIPAL_PROJECT_PAGE',
  'FUNDER_PROJECT_PAGE',
  'PRACTICE_DESCRIPTION',
  'CONTEXT_TABLE',
] as const;
export type SourceGenre = (typeof SOURCE_GENRES)[number];

export const PERSON_ROLES = ['CONTACT', 'RESPONSIBLE', 'AUTHOR', 'EXPERT', 'JOURNALIST'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PLACE_KINDS = ['SCHOOL', 'SERVICE_POINT', 'SERVICE_AREA', 'MUNICIPALITY', 'REGION'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_ROLES = ['IMPLEMENTATION', 'PILOT', 'ROLLOUT', 'STUDY_VISIT', 'ORIGIN_OF_MODEL'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];
