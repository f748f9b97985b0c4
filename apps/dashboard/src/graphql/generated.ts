/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How an outcome is backed, weakest to strongest: NOT_YET_MEASURED < EXPERIENTIAL (kokemusperäinen tieto) < SURVEY (kysely) < STATISTICS (statistics or cost data against a baseline) < COMPARISON_GROUP (vertailuaineisto). */
export type EvidenceType =
  | 'COMPARISON_GROUP'
  | 'EXPERIENTIAL'
  | 'NOT_YET_MEASURED'
  | 'STATISTICS'
  | 'SURVEY';

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