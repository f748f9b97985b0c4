/**
 * The shape of the hand-curated data files in ../curated/*.yaml.
 * Every record cites the passage it comes from; every figure on it can cite its own passage
 * through `fieldCites`. Unknown values are `null`, never 0.
 */
import type {
  CostBasis,
  CostKind,
  EvidenceType,
  FundingKind,
  MunicipalityRole,
  OrganisationKind,
  OutcomeDirection,
  OutcomeKind,
  PartnerRole,
  PeriodPrecision,
  PersonRole,
  PlaceKind,
  PlaceRole,
  PracticePhase,
  ProjectStatus,
  ServiceOrganiserKind,
  SourceGenre,
} from './vocabulary';

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/** A verbatim passage of a source document. `quote` must occur in the document byte for byte. */
export interface Cite {
  /** Key of a source in sources.yaml. */
  source: string;
  quote: string;
  /** 1-based: which occurrence of `quote` is meant when it occurs more than once (default 1). */
  occurrence?: number;
  /** Why this passage supports the value, when that is not obvious (English). */
  note?: string;
}

/** Citations for individual fields of a record, e.g. `{ period: [...], projectNumber: [...] }`. */
export type FieldCites = Record<string, Cite[]>;

export interface SourceRecord {
  key: string;
  /** File name under ../sources (documents) or ../context (tables). */
  file: string;
  title: string;
  genre: SourceGenre;
  publisher: string | null;
  language: 'fi' | 'en';
  /** Date the document states for itself, if any. */
  publishedDate: IsoDate | null;
  /** URL the document names for itself or for the report it refers to, if any. */
  url: string | null;
  description: string;
}

export interface VocabularyTerm {
  code: string;
  nameFi: string;
  nameEn: string;
  description?: string;
  /** Other Finnish names of the same thing, for reading documents; `*` at the end matches a prefix. */
  aliasesFi?: string[];
}

export interface Vocabulary {
  sectors: VocabularyTerm[];
  targetGroups: VocabularyTerm[];
  outcomeDomains: VocabularyTerm[];
}

export interface OrganisationRecord {
  key: string;
  nameFi: string;
  nameEn: string | null;
  abbreviation: string | null;
  kind: OrganisationKind;
  /** Statistics Finland code when the organisation is a municipality. */
  municipalityCode: string | null;
  cite: Cite[];
}

export interface PersonRecord {
  key: string;
  name: string;
  /** Normalised address (`(ät)` → `@`); the citation keeps the original spelling. */
  email: string | null;
  title: string | null;
  organisation: string | null;
  cite: Cite[];
}

export interface PlaceRecord {
  key: string;
  name: string;
  kind: PlaceKind;
  municipalityCode: string | null;
  /** How many units the place stands for when the document gives a count but no names. */
  count: number | null;
  description: string | null;
  cite: Cite[];
}

export interface Period {
  start: IsoDate | null;
  end: IsoDate | null;
  /** YEAR: the document gives years only (start = Jan 1, end = Dec 31 of those years). */
  precision: PeriodPrecision;
}

export interface CodeLink {
  code: string;
  /** True when the document states this as an aim ("tavoitteena on …"), not as current work. */
  aim?: boolean;
  cite: Cite[];
}

export interface MunicipalityLink {
  code: string;
  role: MunicipalityRole;
  cite: Cite[];
}

export interface PartnerLink {
  organisation: string;
  role: PartnerRole;
  description: string | null;
  cite: Cite[];
}

export interface PlaceLink {
  place: string;
  role: PlaceRole;
  cite: Cite[];
}

export interface PersonLink {
  person: string;
  role: PersonRole;
  cite: Cite[];
}

export interface CostRecord {
  key: string;
  kind: CostKind;
  basis: CostBasis;
  /** Euros; null when the document says a cost exists but not how much. */
  amount: number | null;
  /** Whose cost: set for MUNICIPALITY_SHARE, and for TOTAL_* when one municipality carries it all. */
  municipalityCode: string | null;
  cite: Cite[];
}

export interface FundingRecord {
  key: string;
  /** Organisation key; for OWN_FUNDING / NO_SEPARATE_FUNDING the municipality's own organisation. */
  funder: string | null;
  kind: FundingKind;
  /** Euros; null = unknown amount (never 0 for unknown). NO_SEPARATE_FUNDING has null: the zero is implied by the kind. */
  amount: number | null;
  /**
   * ESTIMATE when the amount is part of a budget (kustannusarvio), REALISED when reported as received;
   * null when the document gives a granted amount without saying either (a decision).
   */
  basis?: CostBasis | null;
  recipientMunicipalityCode: string | null;
  decisionDate: IsoDate | null;
  note: string | null;
  cite: Cite[];
  fieldCites?: FieldCites;
}

export interface OutcomeRecord {
  key: string;
  kind: OutcomeKind;
  /** Code from vocabulary.outcomeDomains. */
  domain: string;
  direction: OutcomeDirection;
  evidenceType: EvidenceType;
  /** The claim in English, faithful to the passage. */
  summaryEn: string;
  /** The claim in Finnish, faithful to the passage (the Finnish UI shows this). */
  summaryFi: string;
  /** Measured value, if the document gives one. */
  value: number | null;
  /** Unit of `value`: '%', 'count', 'EUR' … */
  unit: string | null;
  /** What `value` counts or measures, in English (e.g. "share of staff saying wellbeing improved"). */
  valueDescription: string | null;
  /** When it was measured; null when the document does not say (see `reportedAt`). */
  measuredAt: IsoDate | null;
  measuredPrecision: PeriodPrecision | null;
  /**
   * Date of the document (or press release) that reports the outcome, when that is all the document
   * gives: it is not when the outcome was measured.
   */
  reportedAt?: IsoDate | null;
  /** Year of the baseline the change is measured against, if stated. */
  baselineYear: number | null;
  /** What the result is compared with, if stated (e.g. "national reference data"). */
  comparison: string | null;
  cite: Cite[];
  fieldCites?: FieldCites;
}

export interface ProjectRecord {
  key: string;
  name: string;
  nameEn: string | null;
  projectNumber: string | null;
  status: ProjectStatus | null;
  /** Date at which `status` is known to hold (the document's date), if any. */
  statusAsOf: IsoDate | null;
  period: Period | null;
  /** Date the results were completed/published, if stated. */
  resultsDate: IsoDate | null;
  /** The project's aims, verbatim Finnish. */
  aims: string | null;
  /** Content areas of development (sisällölliset kehittämisen alueet), verbatim Finnish. */
  focusAreas: string[];
  municipalities: MunicipalityLink[];
  sectors: CodeLink[];
  targetGroups: CodeLink[];
  partners: PartnerLink[];
  places: PlaceLink[];
  people: PersonLink[];
  costs: CostRecord[];
  fundings: FundingRecord[];
  outcomes: OutcomeRecord[];
  cite: Cite[];
  fieldCites?: FieldCites;
}

export interface PracticeRecord {
  key: string;
  name: string;
  nameEn: string | null;
  shortDescription: string | null;
  municipalityCode: string;
  /** Area as the document writes it ("Keski-Uusimaa", "Tornio"). */
  area: string | null;
  /** Organisation key of the funder the description names. */
  funder: string | null;
  /** Project key; the practice was developed in that project. */
  parentProject: string | null;
  /** True when the parent project names this practice as one of its development lines (kehittämislinja). */
  isDevelopmentLine: boolean;
  phase: PracticePhase | null;
  phaseAsOf: IsoDate | null;
  /** The document says the practice continues as permanent service; null = not stated. */
  permanentUse: boolean | null;
  period: Period | null;
  createdDate: IsoDate | null;
  modifiedDate: IsoDate | null;
  /** Date printed at the top of a description without a label (Innokylä's older layout). */
  publishedDate: IsoDate | null;
  needsAndGoals: string | null;
  solution: string | null;
  results: string | null;
  sectors: CodeLink[];
  targetGroups: CodeLink[];
  places: PlaceLink[];
  people: PersonLink[];
  costs: CostRecord[];
  fundings: FundingRecord[];
  outcomes: OutcomeRecord[];
  cite: Cite[];
  fieldCites?: FieldCites;
}

/** One file per municipality under ../curated/municipalities/. */
export interface MunicipalityFile {
  municipalityCode: string;
  projects: ProjectRecord[];
  practices: PracticeRecord[];
}

export interface MunicipalityRow {
  code: string;
  nameFi: string;
  nameSv: string;
  /** Statistics Finland region (maakunta) code, two digits ("06" Pirkanmaa, "21" Ahvenanmaa). */
  regionCode: string;
  regionFi: string;
  /** Who organises its social and health services: a county code ("PI"), "HELSINKI" or "AHVENANMAA". */
  organiserCode: string;
  /** The wellbeing services county's Finnish name; null where no county organises (Helsinki, Åland). */
  wellbeingServicesCountyFi: string | null;
  /** The register's properties and the region classification's row, verbatim. */
  cite: Cite[];
}

/** An organiser of social and health services: a wellbeing services county, Helsinki, or Åland. */
export interface ServiceOrganiserRow {
  code: string;
  kind: ServiceOrganiserKind;
  nameFi: string;
  nameSv: string;
  shortNameFi: string;
  shortNameSv: string;
  cite: Cite[];
}

export interface PopulationRow {
  municipalityCode: string;
  year: number;
  population: number;
  asOf: string;
  source: string;
  /** The CSV row, verbatim. */
  cite: Cite[];
}

export interface Dataset {
  sources: (SourceRecord & { text: string; sha256: string })[];
  vocabulary: Vocabulary;
  organisations: OrganisationRecord[];
  people: PersonRecord[];
  places: PlaceRecord[];
  municipalities: MunicipalityRow[];
  serviceOrganisers: ServiceOrganiserRow[];
  population: PopulationRow[];
  projects: (ProjectRecord & { municipalityFile: string })[];
  practices: (PracticeRecord & { municipalityFile: string })[];
}
