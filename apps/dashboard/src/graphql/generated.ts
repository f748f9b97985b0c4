/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ESTIMATE (kustannusarvio: planned) or REALISED (toteutuneet kokonaiskustannukset). */
export type CostBasis =
  | 'ESTIMATE'
  | 'REALISED';

/** What a cost figure covers: TOTAL_BUDGET is a whole (consortium's) budget, MUNICIPALITY_SHARE one municipality's own part of it, TOTAL_COSTS the realised total reported afterwards. */
export type CostKind =
  | 'MUNICIPALITY_SHARE'
  | 'TOTAL_BUDGET'
  | 'TOTAL_COSTS';

/** How an outcome is backed, weakest to strongest: NOT_YET_MEASURED < EXPERIENTIAL (kokemusperäinen tieto) < SURVEY (kysely) < STATISTICS (statistics or cost data against a baseline) < COMPARISON_GROUP (vertailuaineisto). */
export type EvidenceType =
  | 'COMPARISON_GROUP'
  | 'EXPERIENTIAL'
  | 'NOT_YET_MEASURED'
  | 'STATISTICS'
  | 'SURVEY';

/** EXTERNAL_GRANT: money from outside the municipality; OWN_FUNDING: the municipality’s own money; NO_SEPARATE_FUNDING: the document states there was no separate funding (external funding is a known zero). */
export type FundingKind =
  | 'EXTERNAL_GRANT'
  | 'NO_SEPARATE_FUNDING'
  | 'OWN_FUNDING';

/** Unit of an indicator value. */
export type IndicatorUnit =
  | 'COUNT'
  | 'EUR'
  | 'EUR_PER_CHILD'
  | 'EUR_PER_INHABITANT'
  | 'EUR_PER_YEAR'
  | 'PERCENT'
  | 'SCORE'
  | 'YEARS';

/** Why a value is empty: NOT_REPORTED (the sources give none), AMOUNT_UNKNOWN (a figure exists but its amount is not stated), PERIOD_UNKNOWN (cannot be placed in years), NO_POPULATION_FOR_YEAR, DENOMINATOR_UNKNOWN (a ratio’s base is unknown), NOT_APPLICABLE. */
export type MissingReason =
  | 'AMOUNT_UNKNOWN'
  | 'DENOMINATOR_UNKNOWN'
  | 'NOT_APPLICABLE'
  | 'NOT_REPORTED'
  | 'NO_POPULATION_FOR_YEAR'
  | 'PERIOD_UNKNOWN';

/** Role of a municipality in a project: applicant (hakija), implementer (toteuttaja) or partner. */
export type MunicipalityRole =
  | 'APPLICANT'
  | 'IMPLEMENTER'
  | 'PARTNER';

/** Show euros as they are, per inhabitant (POPULATION), or per 0–17-year-old (POPULATION_0_17), year by year. */
export type Normalize =
  | 'NONE'
  | 'PER_CHILD'
  | 'PER_INHABITANT';

/** Direction of change as the source states it. MIXED: both gains and losses; UNKNOWN: not (yet) known; NOT_APPLICABLE: outputs have no direction. */
export type OutcomeDirection =
  | 'IMPROVED'
  | 'MIXED'
  | 'NOT_APPLICABLE'
  | 'UNCHANGED'
  | 'UNKNOWN'
  | 'WORSENED';

/** How exactly a date or period is known: to the day, the month, or only the year. */
export type PeriodPrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** Development phase of a practice: PILOT (kokeilu), IN_DEVELOPMENT (kehitteillä), COMPLETED (valmis), ESTABLISHED (juurrutettu, pysyvä toiminta). */
export type PracticePhase =
  | 'COMPLETED'
  | 'ESTABLISHED'
  | 'IN_DEVELOPMENT'
  | 'PILOT';

/** Where a project stands (hankkeen tila). */
export type ProjectStatus =
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

/** Where a value comes from: a context table, a formula over the records (DERIVED), or an official-statistics import. */
export type Provenance =
  | 'CONTEXT'
  | 'DERIVED'
  | 'IMPORTED';

/** Years, inclusive. A record matches when its period overlaps them. */
export type YearRangeInput = {
  /** First year (inclusive). */
  from: number | null | undefined;
  /** Last year (inclusive). */
  to: number | null | undefined;
};

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: { edges: Array<{ node: { code: string, nameFi: string, nameSv: string } }> } };

export type CompareQueryVariables = Exact<{
  municipalities: Array<string> | string;
  indicators: Array<string> | string;
  years: YearRangeInput | null | undefined;
  normalize: Normalize | null | undefined;
}>;


export type CompareQuery = { compareMunicipalities: Array<{ normalize: Normalize, mean: number | null, median: number | null, indicator: { code: string, nameFi: string, nameEn: string, unit: IndicatorUnit, definition: string }, rows: Array<{ value: number | null, unit: IndicatorUnit, rank: number | null, missingReason: MissingReason | null, note: string | null, years: Array<number>, municipality: { code: string, nameFi: string } }> }> };

export type MatrixQueryVariables = Exact<{
  municipalities: Array<string> | string;
}>;


export type MatrixQuery = { outcomeMatrix: Array<{ direction: OutcomeDirection | null, evidenceType: EvidenceType | null, evidenceLevel: number | null, count: number, missingReason: MissingReason | null, municipality: { code: string, nameFi: string }, domain: { code: string, nameFi: string, nameEn: string }, outcomes: Array<{ id: string, summaryEn: string, value: number | null, unit: string | null, direction: OutcomeDirection, evidenceType: EvidenceType, citations: Array<{ quote: string, source: { title: string } }> }> }> };

export type ProfileQueryVariables = Exact<{
  code: string;
}>;


export type ProfileQuery = { municipalityProfile: { municipality: { code: string, nameFi: string, nameSv: string, region: string, wellbeingServicesCounty: string }, projects: Array<{ id: string, name: string, status: ProjectStatus | null, period: { start: string | null, end: string | null, precision: PeriodPrecision } | null }>, practices: Array<{ id: string, name: string, phase: PracticePhase | null }>, practicesByPhase: Array<{ phase: PracticePhase | null, count: number }>, costs: Array<{ indicator: { code: string, nameFi: string, nameEn: string }, rows: Array<{ value: number | null, unit: IndicatorUnit, missingReason: MissingReason | null, note: string | null }> }>, outcomeCells: Array<{ direction: OutcomeDirection | null, evidenceType: EvidenceType | null, count: number, domain: { code: string, nameFi: string, nameEn: string } }>, context: Array<{ year: number | null, value: number | null, provenance: Provenance, indicator: { code: string } }> } | null };

export type CatalogueQueryVariables = Exact<{
  search: string | null | undefined;
  municipalities: Array<string> | string | null | undefined;
}>;


export type CatalogueQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: ProjectStatus | null, period: { start: string | null, end: string | null, precision: PeriodPrecision } | null, municipalities: Array<{ role: MunicipalityRole, municipality: { code: string, nameFi: string } }> } }> }, practices: { totalCount: number, edges: Array<{ node: { id: string, name: string, phase: PracticePhase | null, publishedDate: string | null, modifiedDate: string | null, municipality: { code: string, nameFi: string } } }> } };

export type DetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailQuery = { node:
    | { __typename: 'CostItem', id: string }
    | { __typename: 'FundingLine', id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Practice', name: string, phase: PracticePhase | null, shortDescription: string | null, publishedDate: string | null, createdDate: string | null, modifiedDate: string | null, id: string, municipality: { nameFi: string }, citations: Array<{ field: string | null, quote: string, source: { title: string } }>, fundings: Array<{ kind: FundingKind, amount: number | null, funder: { nameFi: string } | null, citations: Array<{ quote: string, source: { title: string } }> }>, outcomes: Array<{ id: string, summaryEn: string, direction: OutcomeDirection, evidenceType: EvidenceType, value: number | null, unit: string | null, citations: Array<{ quote: string, source: { title: string } }> }> }
    | { __typename: 'Project', name: string, projectNumber: string | null, status: ProjectStatus | null, aims: string | null, id: string, period: { start: string | null, end: string | null, precision: PeriodPrecision } | null, citations: Array<{ field: string | null, quote: string, source: { title: string } }>, costs: Array<{ kind: CostKind, basis: CostBasis, amount: number | null, municipality: { nameFi: string } | null, citations: Array<{ quote: string, source: { title: string } }> }>, fundings: Array<{ kind: FundingKind, amount: number | null, decisionDate: string | null, funder: { nameFi: string } | null, citations: Array<{ quote: string, source: { title: string } }> }>, outcomes: Array<{ id: string, summaryEn: string, direction: OutcomeDirection, evidenceType: EvidenceType, value: number | null, unit: string | null, citations: Array<{ quote: string, source: { title: string } }> }> }
    | { __typename: 'Source', id: string }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MunicipalitiesDocument = new TypedDocumentString(`
    query Municipalities {
  municipalities(first: 100) {
    edges {
      node {
        code
        nameFi
        nameSv
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const CompareDocument = new TypedDocumentString(`
    query Compare($municipalities: [String!]!, $indicators: [String!]!, $years: YearRangeInput, $normalize: Normalize) {
  compareMunicipalities(
    municipalities: $municipalities
    indicators: $indicators
    years: $years
    normalize: $normalize
  ) {
    indicator {
      code
      nameFi
      nameEn
      unit
      definition
    }
    normalize
    mean
    median
    rows {
      municipality {
        code
        nameFi
      }
      value
      unit
      rank
      missingReason
      note
      years
    }
  }
}
    `) as unknown as TypedDocumentString<CompareQuery, CompareQueryVariables>;
export const MatrixDocument = new TypedDocumentString(`
    query Matrix($municipalities: [String!]!) {
  outcomeMatrix(municipalities: $municipalities) {
    municipality {
      code
      nameFi
    }
    domain {
      code
      nameFi
      nameEn
    }
    direction
    evidenceType
    evidenceLevel
    count
    missingReason
    outcomes {
      id
      summaryEn
      value
      unit
      direction
      evidenceType
      citations {
        quote
        source {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixQuery, MatrixQueryVariables>;
export const ProfileDocument = new TypedDocumentString(`
    query Profile($code: String!) {
  municipalityProfile(code: $code) {
    municipality {
      code
      nameFi
      nameSv
      region
      wellbeingServicesCounty
    }
    projects {
      id
      name
      status
      period {
        start
        end
        precision
      }
    }
    practices {
      id
      name
      phase
    }
    practicesByPhase {
      phase
      count
    }
    costs {
      indicator {
        code
        nameFi
        nameEn
      }
      rows {
        value
        unit
        missingReason
        note
      }
    }
    outcomeCells {
      domain {
        code
        nameFi
        nameEn
      }
      direction
      evidenceType
      count
    }
    context {
      year
      value
      provenance
      indicator {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileQuery, ProfileQueryVariables>;
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue($search: String, $municipalities: [String!]) {
  projects(first: 100, filter: {search: $search, municipalities: $municipalities}) {
    totalCount
    edges {
      node {
        id
        name
        status
        period {
          start
          end
          precision
        }
        municipalities {
          role
          municipality {
            code
            nameFi
          }
        }
      }
    }
  }
  practices(
    first: 100
    filter: {search: $search, municipalities: $municipalities}
  ) {
    totalCount
    edges {
      node {
        id
        name
        phase
        publishedDate
        modifiedDate
        municipality {
          code
          nameFi
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const DetailDocument = new TypedDocumentString(`
    query Detail($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Project {
      name
      projectNumber
      status
      aims
      period {
        start
        end
        precision
      }
      citations {
        field
        quote
        source {
          title
        }
      }
      costs {
        kind
        basis
        amount
        municipality {
          nameFi
        }
        citations {
          quote
          source {
            title
          }
        }
      }
      fundings {
        kind
        amount
        decisionDate
        funder {
          nameFi
        }
        citations {
          quote
          source {
            title
          }
        }
      }
      outcomes {
        id
        summaryEn
        direction
        evidenceType
        value
        unit
        citations {
          quote
          source {
            title
          }
        }
      }
    }
    ... on Practice {
      name
      phase
      shortDescription
      publishedDate
      createdDate
      modifiedDate
      municipality {
        nameFi
      }
      citations {
        field
        quote
        source {
          title
        }
      }
      fundings {
        kind
        amount
        funder {
          nameFi
        }
        citations {
          quote
          source {
            title
          }
        }
      }
      outcomes {
        id
        summaryEn
        direction
        evidenceType
        value
        unit
        citations {
          quote
          source {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DetailQuery, DetailQueryVariables>;