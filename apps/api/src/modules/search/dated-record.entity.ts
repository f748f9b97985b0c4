import { BeforeCreate, BeforeUpdate, Embedded, Property } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity';
import { Period, type PeriodValue } from './period.entity';
import { searchTextOf } from './search-text';

/**
 * Records found by their years and their words: projects and practices. Their period (the `Period`
 * embeddable: dates with a precision, and the years denormalised from them) and their search text are
 * kept in step here, before every insert and update. The columns keep the names they had on each entity
 * (`start_date`, `end_date`, `period_precision`, `start_year`, `end_year`, `search_text`), so no
 * migration; GraphQL serves the same `Period` (`Period.shown`).
 */
@ObjectType({ description: 'A record with a period and a search text.' })
export abstract class DatedRecord extends VersionedEntity {
  /** The period; null when none is stated (all its columns null). */
  @Embedded(() => Period, { prefix: false, nullable: true })
  period: Period | null = null;

  /** Lower-cased, accent-folded copy of the texts, for case-insensitive search on any database. */
  @Property({ type: 'text' })
  searchText!: string;

  /** The texts a search matches, in the order they are stored. */
  protected abstract searchedTexts(): (string | null | undefined)[];

  /** Sets the period as an edit states it: undefined keeps it, null clears it. */
  setPeriod(period: PeriodValue | null): void {
    this.period = Period.of(period);
  }

  @BeforeCreate()
  @BeforeUpdate()
  protected derive(): void {
    this.period?.deriveYears();
    this.searchText = searchTextOf(...this.searchedTexts());
  }
}
