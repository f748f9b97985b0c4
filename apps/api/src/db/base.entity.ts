import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../core/record-id';

export const nowIso = (): string => new Date().toISOString();

/**
 * Columns every record table shares. The GraphQL `id` is a Relay global id built from the class
 * name, so the numeric database id never leaks into clients' URLs or caches.
 */
@ObjectType({ description: 'Columns every record shares.' })
export abstract class BaseEntity {
  /** Properties with defaults or derived values: optional in `em.create`. */
  [OptionalProps]?:
    | 'key'
    | 'createdAt'
    | 'updatedAt'
    | 'nodeId'
    | 'version'
    | 'searchText'
    | 'focusAreas'
    | 'aliasesFi'
    | 'isDevelopmentLine'
    | 'evidenceLevel'
    | 'aim'
    | 'basis'
    | 'summaryFi'
    | 'reportedAt'
    | 'cents'
    | 'project'
    | 'practice';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Stable key of curated records (from @vertailu/data); null for records created through the API. */
  @Field(() => String, {
    nullable: true,
    description:
      'Stable key of a curated record from the data set; null for records created through the API.',
  })
  @Property({ type: 'string', length: 120, nullable: true, unique: true })
  key: string | null = null;

  // ISO 8601 strings in UTC: they sort as text and compare equal on reload on every driver (MikroORM 6's
  // SQLite driver otherwise sees a reloaded Date as changed and bumps versions on every flush).
  @Field(() => String, { description: 'When this record was created in this database (ISO 8601, UTC).' })
  @Property({ type: 'string', length: 30, onCreate: () => nowIso() })
  createdAt!: string;

  @Field(() => String, { description: 'When this record was last changed in this database (ISO 8601, UTC).' })
  @Property({ type: 'string', length: 30, onCreate: () => nowIso(), onUpdate: () => nowIso() })
  updatedAt!: string;

  @Field(() => ID, { name: 'id', description: 'Global object id; use it with `node(id)` and in mutations.' })
  get nodeId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/** Records users edit: they carry a version that optimistic concurrency control checks. */
@ObjectType({ description: 'A record with an edit version.' })
export abstract class VersionedEntity extends BaseEntity {
  @Field(() => Int, {
    description: 'Edit version; pass it back in update and delete mutations so concurrent edits are caught.',
  })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
