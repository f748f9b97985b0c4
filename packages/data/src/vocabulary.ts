/**
 * The one vocabulary of codes: every code list the curated data, the entities, the GraphQL enums, the
 * ingester and the dashboard use is declared here once, and nowhere else. Names follow ../GLOSSARY.md;
 * their Finnish and English words live in labels.ts (a test holds every code labelled), and
 * `CODE_LISTS` below names each list by its GraphQL enum. Pure: no node built-ins, so the browser
 * imports it too (`@vertailu/data/vocabulary`).
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

/** The strongest level of the evidence scale (levels are 0 … this). */
export const EVIDENCE_LEVEL_MAX = EVIDENCE_TYPES.length - 1;

/**
 * An evidence type's level on the ordinal scale (0 = weakest): the number stored beside each outcome
 * (`outcome.evidence_level`), maxed in SQL and compared in filters. Levels can be compared, never added
 * or averaged. Throws on a code that is not on the scale.
 */
export function evidenceLevel(type: EvidenceType): number {
  const level = (EVIDENCE_TYPES as readonly string[]).indexOf(type);
  if (level < 0) throw new Error(`Unknown evidence type ${String(type)}`);
  return level;
}

/** The evidence type of a level (as SQL's max returns it); null for none or a level off the scale. */
export function evidenceTypeOfLevel(level: number | null | undefined): EvidenceType | null {
  return level == null ? null : (EVIDENCE_TYPES[level] ?? null);
}

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

/** Why a value is missing (shown instead of a number, never 0). */
export const MISSING_REASONS = [
  'NOT_REPORTED',
  'AMOUNT_UNKNOWN',
  'PERIOD_UNKNOWN',
  'NO_POPULATION_FOR_YEAR',
  'DENOMINATOR_UNKNOWN',
  'NOT_APPLICABLE',
] as const;
export type MissingReasonCode = (typeof MISSING_REASONS)[number];

/** The parts a cost is told apart by, for one project or practice and one municipality. */
export const COST_ROLES = [
  'GROSS_COST',
  'EXTERNAL_FUNDING',
  'NET_OWN_COST',
  'WHOLE_BUDGET',
  'REST_OF_WHOLE',
  'EXTERNAL_SHARE_OF_WHOLE',
] as const;
export type CostRole = (typeof COST_ROLES)[number];

/** What a date on a record is: so that no page date passes for when something happened. */
export const DATE_KINDS = [
  'PERIOD',
  'STATUS_AS_OF',
  'RESULTS',
  'PHASE_AS_OF',
  'CREATED',
  'MODIFIED',
  'PAGE_DATE',
  'MEASURED',
  'REPORTED',
  'DECISION',
] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/** Whether a sector or target group is where the work is done, or only an aim the document states. */
export const LINK_STATUSES = ['CURRENT', 'AIM'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** The controlled vocabularies whose terms are rows of the data set (sectors, target groups, outcome domains). */
export const VOCABULARIES = ['SECTOR', 'TARGET_GROUP', 'OUTCOME_DOMAIN'] as const;
export type VocabularyName = (typeof VOCABULARIES)[number];

/** Where an indicator value comes from. */
export const PROVENANCES = [
  /** Loaded from a context table that names its source (population.csv). */
  'CONTEXT',
  /** Computed by a formula from the project and practice records. */
  'DERIVED',
  /** Imported from official statistics (Sotkanet). */
  'IMPORTED',
] as const;
export type Provenance = (typeof PROVENANCES)[number];

/**
 * What kind of document an imported text is. More than the data set's source genres: a planner's
 * folder also holds reports, board minutes, programme pages, funding decisions and news items.
 * UNKNOWN when none of the genres' fixed marks is there.
 */
export const DOCUMENT_TYPES = [
  'MUNICIPAL_PROJECT_PAGE',
  'FUNDER_PROJECT_PAGE',
  'PRACTICE_DESCRIPTION',
  'PROGRAMME_PAGE',
  'FINAL_REPORT',
  'PROGRESS_REPORT',
  'MINUTES',
  'FUNDING_DECISION',
  'NEWS',
  'UNKNOWN',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** How a document states its fields: label on its own line, "Label: value" inline, or in running prose. */
export const DOCUMENT_LAYOUTS = ['LABEL_ON_OWN_LINE', 'INLINE_LABEL', 'PROSE'] as const;
export type DocumentLayout = (typeof DOCUMENT_LAYOUTS)[number];

/** Where an imported document's draft stands in review. */
export const DRAFT_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'SUPERSEDED'] as const;
export type DraftStatusCode = (typeof DRAFT_STATUSES)[number];

/** What record a draft becomes when accepted. */
export const DRAFT_KINDS = ['PROJECT', 'PRACTICE'] as const;
export type DraftKindCode = (typeof DRAFT_KINDS)[number];

/** Where a draft field's value came from: read from the document, or set by a reviewer. */
export const FIELD_ORIGINS = ['EXTRACTED', 'EDITED'] as const;
export type FieldOrigin = (typeof FIELD_ORIGINS)[number];

/** How a draft field differs from the previous revision of its document. */
export const FIELD_CHANGE_KINDS = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type FieldChangeKindCode = (typeof FIELD_CHANGE_KINDS)[number];

/**
 * Every code list by the name of the GraphQL enum that serves it: the API registers each of these
 * (graphql/enums.ts), labels.ts names each code, and a test checks both against this table.
 */
export const CODE_LISTS = {
  CostKind: COST_KINDS,
  CostBasis: COST_BASES,
  CostRole: COST_ROLES,
  FundingKind: FUNDING_KINDS,
  OutcomeDirection: OUTCOME_DIRECTIONS,
  EvidenceType: EVIDENCE_TYPES,
  OutcomeKind: OUTCOME_KINDS,
  PracticePhase: PRACTICE_PHASES,
  ProjectStatus: PROJECT_STATUSES,
  MunicipalityRole: MUNICIPALITY_ROLES,
  PartnerRole: PARTNER_ROLES,
  OrganisationKind: ORGANISATION_KINDS,
  PeriodPrecision: PERIOD_PRECISIONS,
  PersonRole: PERSON_ROLES,
  PlaceKind: PLACE_KINDS,
  PlaceRole: PLACE_ROLES,
  SourceGenre: SOURCE_GENRES,
  MissingReason: MISSING_REASONS,
  DateKind: DATE_KINDS,
  LinkStatus: LINK_STATUSES,
  ServiceOrganiserKind: SERVICE_ORGANISER_KINDS,
  Vocabulary: VOCABULARIES,
  Provenance: PROVENANCES,
  DocumentType: DOCUMENT_TYPES,
  DocumentLayout: DOCUMENT_LAYOUTS,
  DraftStatus: DRAFT_STATUSES,
  DraftKind: DRAFT_KINDS,
  FieldOrigin: FIELD_ORIGINS,
  FieldChangeKind: FIELD_CHANGE_KINDS,
} as const;
export type CodeListName = keyof typeof CODE_LISTS;
/** The codes of one list. */
export type CodeOf<L extends CodeListName> = (typeof CODE_LISTS)[L][number];

/** Whether a string is a code of a list (a type guard, for values that arrive as text). */
export function isCode<L extends CodeListName>(list: L, value: string): value is CodeOf<L> {
  return (CODE_LISTS[list] as readonly string[]).includes(value);
}
