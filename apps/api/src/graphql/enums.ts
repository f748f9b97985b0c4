import {
  COST_BASES,
  COST_KINDS,
  COST_ROLES,
  DATE_KINDS,
  EVIDENCE_TYPES,
  FUNDING_KINDS,
  LINK_STATUSES,
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
  SERVICE_ORGANISER_KINDS,
  SOURCE_GENRES,
} from '@vertailu/data';
import { registerEnumType } from 'type-graphql';

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

export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
export type SortDirection = keyof typeof SortDirectionEnum;

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
