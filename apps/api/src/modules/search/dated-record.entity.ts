import { BeforeCreate, BeforeUpdate, Enum, Property } from '@mikro-orm/core';
import type { PeriodPrecision } from '@vertailu/data';
import { PERIOD_PRECISIONS } from '@vertailu/data';
import { ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity';
import { syncPeriodYears } from './period';
import { searchTextOf } from './search-text';

/**
 * Records found by their years and their words: projects and practices. Their period (dates with a
 * precision, and the years denormalised from them so year-range filters are plain indexed comparisons)
 * and their search text are kept in step here, before every insert and update. The columns keep the
 * names they had on each entity (`start_date`, `end_date`, `period_precision`, `start_year`, `end_year`,
 * `search_text`), so no migration; GraphQL reads the period through `Period` (graphql/common.types.ts).
 */
@ObjectType({ description: 'A record with a period and a search text.' })
export abstract class DatedRecord extends VersionedEntity {
  @Property({ type: 'date', nullable: true })
  startDate: string | null = null;

  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Enum({ items: () => [...PERIOD_PRECISIONS], nullable: true })
  periodPrecision: PeriodPrecision | null = null;

  @Property({ type: 'integer', nullable: true, index: true })
  startYear: number | null = null;

  @Property({ type: 'integer', nullable: true, index: true })
  endYear: number | null = null;

  /** Lower-cased, accent-folded copy of the texts, for case-insensitive search on any database. */
  @Property({ type: 'text' })
  searchText!: string;

  /** The texts a search matches, in the order they are stored. */
  protected abstract searchedTexts(): (string | null | undefined)[];

  /** Sets the period as an edit states it: undefined keeps it, null clears it. */
  setPeriod(period: { start?: string | null; end?: string | null; precision: PeriodPrecision } | null): void {
    this.startDate = period?.start ?? null;
    this.endDate = period?.end ?? null;
    this.periodPrecision = period?.precision ?? null;
  }

  @BeforeCreate()
  @BeforeUpdate()
  protected derive(): void {
    syncPeriodYears(this);
    this.searchText = searchTextOf(...this.searchedTexts());
  }
}
