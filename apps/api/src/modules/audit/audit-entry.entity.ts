import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../core/record-id';
import { nowIso } from '../../db/base.entity';

/** One change to one row, written in the transaction that made it: who, when, what, before and after. */
@ObjectType({
  description: 'One recorded change: who changed which record, when, and its values before and after.',
})
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'When (ISO 8601, UTC).' })
  @Property({ type: 'string', length: 30, onCreate: () => nowIso() })
  at!: string;

  @Field(() => String, { description: 'The API key’s name (or `cli`, `import-dump`).' })
  @Index()
  @Property({ type: 'string', length: 120 })
  actor!: string;

  @Field(() => String, { description: 'CREATE, UPDATE or DELETE.' })
  @Property({ type: 'string', length: 10 })
  action!: 'CREATE' | 'UPDATE' | 'DELETE';

  @Field(() => String, { description: 'Entity type, e.g. `Project`, `FundingLine`, `Draft`.' })
  @Property({ type: 'string', length: 40 })
  entityType!: string;

  /** Database id of the row (global ids are derived from it). */
  @Property({ type: 'string', length: 40 })
  entityId!: string;

  @Field(() => String, { description: 'Global id of the changed record.' })
  get recordId(): string {
    return toGlobalId(this.entityType, this.entityId);
  }

  /** Exposed as JSON text by AuditResolver. */
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
}
