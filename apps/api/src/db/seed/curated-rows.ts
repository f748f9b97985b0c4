import type { EntityClass, EntityData, EntityManager } from '@mikro-orm/core';
import { CostItem } from '../../modules/finance/cost-item.entity';
import { FundingLine } from '../../modules/finance/funding-line.entity';
import { Organisation } from '../../modules/organisation/organisation.entity';
import { Outcome } from '../../modules/outcome/outcome.entity';
import { Contact } from '../../modules/person/contact.entity';
import { Person } from '../../modules/person/person.entity';
import { Place } from '../../modules/place/place.entity';
import { PlaceLink } from '../../modules/place/place-link.entity';
import { Practice } from '../../modules/practice/practice.entity';
import { Project } from '../../modules/project/project.entity';
import { ProjectMunicipality } from '../../modules/project/project-municipality.entity';
import { ProjectPartner } from '../../modules/project/project-partner.entity';
import { Citation } from '../../modules/source/citation.entity';
import { Source } from '../../modules/source/source.entity';
import { Term } from '../../modules/vocabulary/term.entity';
import { TermLink } from '../../modules/vocabulary/term-link.entity';
import type { BaseEntity } from '../base.entity';

/** Curated tables, dependants first: the order stale rows are deleted in. */
const CURATED: EntityClass<BaseEntity>[] = [
  Outcome,
  FundingLine,
  CostItem,
  Contact,
  PlaceLink,
  TermLink,
  ProjectPartner,
  ProjectMunicipality,
  Practice,
  Project,
  Place,
  Person,
  Organisation,
  Term,
  Source,
];

/** A record type's delete use case, by entity. */
export type Removers = Map<EntityClass<BaseEntity>, (row: BaseEntity) => Promise<void>>;

/** The curated (keyed) rows of the database, matched to the data set by key. */
export class CuratedRows {
  private readonly byKey = new Map<EntityClass<BaseEntity>, Map<string, BaseEntity>>();
  private readonly seen = new Map<EntityClass<BaseEntity>, Set<string>>();

  constructor(private readonly em: EntityManager) {}

  async preload(): Promise<void> {
    for (const entity of CURATED) {
      const rows = await this.em.find(entity, { key: { $ne: null } });
      this.byKey.set(entity, new Map(rows.map((r) => [r.key as string, r])));
      this.seen.set(entity, new Set());
    }
  }

  upsert<T extends BaseEntity>(entity: EntityClass<T>, key: string, data: EntityData<T>): T {
    const rows = this.byKey.get(entity) as Map<string, T>;
    let row = rows.get(key);
    if (row) {
      this.em.assign(row, data as never);
    } else {
      row = this.em.create(entity, { ...data, key } as never);
      rows.set(key, row);
    }
    this.seen.get(entity)?.add(key);
    return row;
  }

  /** The row of a key, if the database has one (the seeder then updates it through its use case). */
  find<T extends BaseEntity>(entity: EntityClass<T>, key: string): T | undefined {
    return this.byKey.get(entity)?.get(key) as T | undefined;
  }

  /** A row a use case created or updated under its key: seen, so it stays. */
  adopt<T extends BaseEntity>(entity: EntityClass<T>, key: string, row: T): void {
    this.byKey.get(entity)?.set(key, row);
    this.seen.get(entity)?.add(key);
  }

  get<T extends BaseEntity>(entity: EntityClass<T>, key: string): T {
    const row = this.byKey.get(entity)?.get(key);
    if (!row) throw new Error(`${entity.name} "${key}" is referenced but not in the data set.`);
    return row as T;
  }

  /**
   * Deletes curated rows whose key left the data set, dependants first: each through its type's delete
   * use case where `removers` has one (the records editors edit), else with its citations here.
   */
  async removeUnseen(removers: Removers = new Map()): Promise<number> {
    let removed = 0;
    for (const entity of CURATED) {
      const seen = this.seen.get(entity) ?? new Set();
      const stale = [...(this.byKey.get(entity)?.values() ?? [])].filter((r) => !seen.has(r.key as string));
      if (!stale.length) continue;
      const remove = removers.get(entity);
      if (remove) {
        for (const r of stale) await remove(r);
        removed += stale.length;
        continue;
      }
      const ids = stale.map((r) => r.id);
      await this.em.nativeDelete(Citation, { subjectType: entity.name, subjectId: { $in: ids.map(String) } });
      await this.em.nativeDelete(entity, { id: { $in: ids } } as never);
      for (const r of stale) this.em.getUnitOfWork().unsetIdentity(r);
      removed += stale.length;
    }
    return removed;
  }
}
