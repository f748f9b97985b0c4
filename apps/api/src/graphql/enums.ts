/**
 * Every GraphQL enum of the API, registered here and nowhere else. The code lists come from the
 * packages — the one vocabulary (`@vertailu/data/vocabulary`), the indicator catalogue and the draft
 * codes (`@vertailu/ingest`) — so an entity's column, the schema and the labels can never disagree;
 * only the API's own options (orderings, normalisation, the Sotkanet format) are declared here.
 */
import {
  COST_BASES,
  COST_KINDS,
  COST_ROLES,
  DATE_KINDS,
  DOCUMENT_LAYOUTS,
  DRAFT_KINDS,
  DRAFT_STATUSES,
  EVIDENCE_TYPES,
  FIELD_CHANGE_KINDS,
  FIELD_ORIGINS,
  FUNDING_KINDS,
  LINK_STATUSES,
  MISSING_REASONS,
  MUNICIPALITY_ROLES,
  ORGANISATION_KINDS,
  OUTCOME_DIRECTIONS,
  OUTCOME_KINDS,
  PARTNER_ROLES,
  PERIOD_PRECISIONS,
  PERSON_ROLES,
  PLACE_KINDS,
  PLACE_ROLES,
  PRACTICE_PHASES,
  PROJECT_STATUSES,
  PROVENANCES,
  SERVICE_ORGANISER_KINDS,
  SOURCE_GENRES,
  VOCABULARIES,
} from '@vertailu/data/vocabulary';
import {
  INDICATOR_CATEGORIES,
  INDICATOR_UNITS,
  MATRIX_ORDERS,
  POLARITIES,
  POPULATION_BASES,
  SOTKANET_FORMATS,
  type SotkanetFormat,
} from '@vertailu/indicators';
import { DRAFT_FIELD_KINDS } from '@vertailu/ingest';
import { registerEnumType } from 'type-graphql';

export type { Provenance } from '@vertailu/data/vocabulary';

/** Turns a `const` code list from @vertailu/data into a TS-enum-like object type-graphql can register. */
function enumOf<const T extends readonly string[]>(codes: T): { [K in T[number]]: K } {
  return Object.fromEntries(codes.map((c) => [c, c])) as { [K in T[number]]: K };
}

export const PeriodPrecisionEnum = enumOf(PERIOD_PRECISIONS);
export const ProjectStatusEnum = enumOf(PROJECT_STATUSES);
export const PracticePhaseEnum = enumOf(PRACTICE_PHASES);
export const MunicipalityRoleEnum = enumOf(MUNICIPALITY_ROLES);
export const PartnerRoleEnum = enumOf(PARTNER_ROLES);
export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const CostKindEnum = enumOf(COST_KINDS);
export const CostBasisEnum = enumOf(COST_BASES);
export const FundingKindEnum = enumOf(FUNDING_KINDS);
export const OutcomeKindEnum = enumOf(OUTCOME_KINDS);
export const OutcomeDirectionEnum = enumOf(OUTCOME_DIRECTIONS);
export const EvidenceTypeEnum = enumOf(EVIDENCE_TYPES);
export const SourceGenreEnum = enumOf(SOURCE_GENRES);
export const PersonRoleEnum = enumOf(PERSON_ROLES);
export const PlaceKindEnum = enumOf(PLACE_KINDS);
export const PlaceRoleEnum = enumOf(PLACE_ROLES);
export const CostRoleEnum = enumOf(COST_ROLES);
export const DateKindEnum = enumOf(DATE_KINDS);
export const LinkStatusEnum = enumOf(LINK_STATUSES);
export const ServiceOrganiserKindEnum = enumOf(SERVICE_ORGANISER_KINDS);
export const MissingReasonEnum = enumOf(MISSING_REASONS);
export const ProvenanceEnum = enumOf(PROVENANCES);
export const VocabularyEnum = enumOf(VOCABULARIES);
export type Vocabulary = keyof typeof VocabularyEnum;
export const DocumentLayoutEnum = enumOf(DOCUMENT_LAYOUTS);
export const IndicatorCategoryEnum = enumOf(INDICATOR_CATEGORIES);
export const PolarityEnum = enumOf(POLARITIES);
export const IndicatorUnitEnum = enumOf(INDICATOR_UNITS);
export const OutcomeMatrixOrderEnum = enumOf(MATRIX_ORDERS);
export const PopulationBaseEnum = enumOf(POPULATION_BASES);
export const DraftFieldKindEnum = enumOf(DRAFT_FIELD_KINDS);
export type DraftFieldKind = keyof typeof DraftFieldKindEnum;
export const FieldOriginEnum = enumOf(FIELD_ORIGINS);
export type FieldOrigin = keyof typeof FieldOriginEnum;
export const DraftStatusEnum = enumOf(DRAFT_STATUSES);
export type DraftStatus = keyof typeof DraftStatusEnum;
export const DraftKindEnum = enumOf(DRAFT_KINDS);
export type DraftKind = keyof typeof DraftKindEnum;
export const FieldChangeKindEnum = enumOf(FIELD_CHANGE_KINDS);
export type FieldChangeKind = keyof typeof FieldChangeKindEnum;

// The API's own options: how to order and normalise answers, where to read Sotkanet from.
export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
export type SortDirection = keyof typeof SortDirectionEnum;

export const ProjectOrderFieldEnum = {
  NAME: 'NAME',
  START: 'START',
  END: 'END',
  UPDATED_AT: 'UPDATED_AT',
} as const;
export type ProjectOrderField = keyof typeof ProjectOrderFieldEnum;

export const PracticeOrderFieldEnum = {
  NAME: 'NAME',
  START: 'START',
  MODIFIED: 'MODIFIED',
  UPDATED_AT: 'UPDATED_AT',
} as const;
export type PracticeOrderField = keyof typeof PracticeOrderFieldEnum;

export const CatalogueKindEnum = { PROJECT: 'PROJECT', PRACTICE: 'PRACTICE' } as const;
export type CatalogueKind = keyof typeof CatalogueKindEnum;

export const CatalogueOrderFieldEnum = { NAME: 'NAME', START: 'START' } as const;
export type CatalogueOrderField = keyof typeof CatalogueOrderFieldEnum;

export const NormalizeEnum = {
  NONE: 'NONE',
  PER_INHABITANT: 'PER_INHABITANT',
  PER_CHILD: 'PER_CHILD',
} as const;
export type Normalize = keyof typeof NormalizeEnum;

export const SotkanetFormatEnum = enumOf(SOTKANET_FORMATS);
export type { SotkanetFormat };

export const ParentShareMethodEnum = { EQUAL_SPLIT: 'EQUAL_SPLIT', USER_SET: 'USER_SET' } as const;

registerEnumType(ServiceOrganiserKindEnum, {
  name: 'ServiceOrganiserKind',
  description:
    'WELLBEING_SERVICES_COUNTY (hyvinvointialue), CITY_OF_HELSINKI (Helsinki organises its own social and health services), ALAND (Ahvenanmaa: autonomous, outside the reform).',
});
registerEnumType(PeriodPrecisionEnum, {
  name: 'PeriodPrecision',
  description: 'How exactly a date or period is known: to the day, the month, or only the year.',
});
registerEnumType(ProjectStatusEnum, {
  name: 'ProjectStatus',
  description: 'Where a project stands (hankkeen tila).',
});
registerEnumType(PracticePhaseEnum, {
  name: 'PracticePhase',
  description:
    'Development phase of a practice: PILOT (kokeilu), IN_DEVELOPMENT (kehitteillä), COMPLETED (valmis), ESTABLISHED (juurrutettu, pysyvä toiminta).',
});
registerEnumType(MunicipalityRoleEnum, {
  name: 'MunicipalityRole',
  description:
    'Role of a municipality in a project: applicant (hakija), implementer (toteuttaja) or partner.',
});
registerEnumType(PartnerRoleEnum, {
  name: 'PartnerRole',
  description: 'Role of a partner organisation in a project.',
});
registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation is.',
});
registerEnumType(CostKindEnum, {
  name: 'CostKind',
  description:
    "What a cost figure covers: TOTAL_BUDGET is a whole (consortium's) budget, MUNICIPALITY_SHARE one municipality's own part of it, TOTAL_COSTS the realised total reported afterwards.",
});
registerEnumType(CostBasisEnum, {
  name: 'CostBasis',
  description: 'ESTIMATE (kustannusarvio: planned) or REALISED (toteutuneet kokonaiskustannukset).',
});
registerEnumType(FundingKindEnum, {
  name: 'FundingKind',
  description:
    'EXTERNAL_GRANT: money from outside the municipality; OWN_FUNDING: the municipality’s own money; NO_SEPARATE_FUNDING: the document states there was no separate funding (external funding is a known zero).',
});
registerEnumType(OutcomeKindEnum, {
  name: 'OutcomeKind',
  description:
    'RESULT: a change in the world; OUTPUT: something produced or done (workshops held, a model written).',
});
registerEnumType(OutcomeDirectionEnum, {
  name: 'OutcomeDirection',
  description:
    'Direction of change as the source states it. MIXED: both gains and losses; UNKNOWN: not (yet) known; NOT_APPLICABLE: outputs have no direction.',
});
registerEnumType(EvidenceTypeEnum, {
  name: 'EvidenceType',
  description:
    'How an outcome is backed, weakest to strongest: NOT_YET_MEASURED < EXPERIENTIAL (kokemusperäinen tieto) < SURVEY (kysely) < STATISTICS (statistics or cost data against a baseline) < COMPARISON_GROUP (vertailuaineisto).',
});
registerEnumType(SourceGenreEnum, { name: 'SourceGenre', description: 'The kind of document a source is.' });
registerEnumType(PersonRoleEnum, { name: 'PersonRole', description: 'Why a person is named in a source.' });
registerEnumType(PlaceKindEnum, { name: 'PlaceKind', description: 'What kind of place a place is.' });
registerEnumType(PlaceRoleEnum, {
  name: 'PlaceRole',
  description: 'What happened at a place for a project or practice.',
});
registerEnumType(SortDirectionEnum, { name: 'SortDirection', description: 'Ascending or descending order.' });

registerEnumType(CostRoleEnum, {
  name: 'CostRole',
  description:
    'Which part of a cost a figure is: GROSS_COST (the municipality’s part of the costs), EXTERNAL_FUNDING, NET_OWN_COST (gross − external), WHOLE_BUDGET (a consortium’s whole), REST_OF_WHOLE (whole − the municipality’s share, derived), EXTERNAL_SHARE_OF_WHOLE (external ÷ whole, derived). Labels: `codeLabels`.',
});
registerEnumType(DateKindEnum, {
  name: 'DateKind',
  description:
    'What a date is: PERIOD (when it ran), STATUS_AS_OF, RESULTS, PHASE_AS_OF, CREATED / MODIFIED (of a description page), PAGE_DATE (printed on a page without a label: not when anything ran), MEASURED, REPORTED (the date of the document reporting a result, not when it was measured), DECISION (a funding decision).',
});
registerEnumType(LinkStatusEnum, {
  name: 'LinkStatus',
  description: 'CURRENT: the work involves it now; AIM: the document states it only as an aim.',
});

registerEnumType(MissingReasonEnum, {
  name: 'MissingReason',
  description:
    'Why a value is empty: NOT_REPORTED (the sources give none), AMOUNT_UNKNOWN (a figure exists but its amount is not stated), PERIOD_UNKNOWN (cannot be placed in years), NO_POPULATION_FOR_YEAR, DENOMINATOR_UNKNOWN (a ratio’s base is unknown), NOT_APPLICABLE.',
});
registerEnumType(ProvenanceEnum, {
  name: 'Provenance',
  description:
    'Where a value comes from: a context table, a formula over the records (DERIVED), or an official-statistics import.',
});
registerEnumType(VocabularyEnum, {
  name: 'Vocabulary',
  description: 'Controlled vocabularies: sectors (services involved), target groups, outcome domains.',
});
registerEnumType(IndicatorCategoryEnum, {
  name: 'IndicatorCategory',
  description: 'Cost, effectiveness or context (statistics) indicator.',
});
registerEnumType(PolarityEnum, {
  name: 'Polarity',
  description:
    'Whether a higher value is better, a lower value is better, or neither (ranks then put the largest first).',
});
registerEnumType(IndicatorUnitEnum, { name: 'IndicatorUnit', description: 'Unit of an indicator value.' });
registerEnumType(OutcomeMatrixOrderEnum, {
  name: 'OutcomeMatrixOrder',
  description:
    'Order of the outcome matrix rows: GIVEN (as the codes were given), or most first by RESULTS, IMPROVED, WORSENED results or strongest EVIDENCE.',
});
registerEnumType(PopulationBaseEnum, {
  name: 'PopulationBase',
  description:
    'What a practice’s cost grows with: FAMILIES_UNDER_SCHOOL_AGE (families with children under school age — the data set has no such figures), CHILDREN_0_17 (Sotkanet import), WHOLE_POPULATION.',
});
registerEnumType(ParentShareMethodEnum, {
  name: 'ParentShareMethod',
  description:
    'How a parent project’s cost is shared among what it developed: equally among its development lines, or a share you set.',
});
registerEnumType(CatalogueKindEnum, {
  name: 'CatalogueKind',
  description: 'A kind of development work: a project (hanke) or a practice (toimintamalli).',
});
registerEnumType(CatalogueOrderFieldEnum, {
  name: 'CatalogueOrderField',
  description: 'What to sort the catalogue by: the name, or the start of the period (unknown last).',
});
registerEnumType(ProjectOrderFieldEnum, {
  name: 'ProjectOrderField',
  description: 'What to sort projects by.',
});
registerEnumType(PracticeOrderFieldEnum, {
  name: 'PracticeOrderField',
  description: 'What to sort practices by.',
});
registerEnumType(NormalizeEnum, {
  name: 'Normalize',
  description:
    'Show euros as they are, per inhabitant (POPULATION), or per 0–17-year-old (POPULATION_0_17), year by year.',
});
registerEnumType(DraftStatusEnum, {
  name: 'DraftStatus',
  description:
    'Review state of a draft: PENDING until an editor accepts (it becomes data) or rejects it; SUPERSEDED when a newer revision of the document arrived first.',
});
registerEnumType(DraftKindEnum, { name: 'DraftKind', description: 'What record a draft becomes.' });
registerEnumType(DocumentLayoutEnum, {
  name: 'DocumentLayout',
  description:
    'How the document states its fields: a label on one line and the value on the next, "Label: value" inline, or figures inside running prose.',
});
registerEnumType(DraftFieldKindEnum, {
  name: 'DraftFieldKind',
  description: [
    'What a draft field holds, and the form of its `value`:',
    'DOCUMENT_TYPE what the document is (MUNICIPAL_PROJECT_PAGE, FUNDER_PROJECT_PAGE, PRACTICE_DESCRIPTION, PROGRAMME_PAGE,',
    'FINAL_REPORT, PROGRESS_REPORT, MINUTES, FUNDING_DECISION, NEWS or UNKNOWN, with the passage that marks it);',
    'NAME text; MUNICIPALITY code ("851"); APPLICANT the applicant organisation as named; PERIOD "YYYY-MM-DD/YYYY-MM-DD" (attribute precision DAY|YEAR);',
    'PROJECT_NUMBER text; PHASE IN_DEVELOPMENT|COMPLETED; CREATED_DATE, MODIFIED_DATE, DECISION_DATE "YYYY-MM-DD";',
    'AMOUNT euros (attributes role TOTAL_BUDGET|MUNICIPALITY_SHARE|TOTAL_COSTS|GRANT, funder ESR|TSR|STM|…);',
    'FUNDER a known funder\'s code or another funder\'s name; NO_SEPARATE_FUNDING "true"; SECTOR and TARGET_GROUP vocabulary codes;',
    'PARTNER organisation name (attribute role); OUTCOME a number (attributes unit %|count, kind, direction,',
    'evidenceType, domain, sentence).',
  ].join(' '),
});
registerEnumType(FieldOriginEnum, {
  name: 'FieldOrigin',
  description: 'EXTRACTED: read from the document (with its passage); EDITED: set or changed by a reviewer.',
});
registerEnumType(FieldChangeKindEnum, {
  name: 'FieldChangeKind',
  description: 'How a field differs from the previous revision of the document.',
});
registerEnumType(SotkanetFormatEnum, {
  name: 'SotkanetFormat',
  description: 'JSON rows of the Sotkanet REST API, or its semicolon-separated CSV export.',
});
