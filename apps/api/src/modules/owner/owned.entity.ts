import { Index, ManyToOne } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity';
import type { Practice } from '../practice/practice.entity';
import type { Project } from '../project/project.entity';

/**
 * Detail records (costs, funding lines, outcomes, links) belong to exactly one project or one
 * practice; deleting the owner deletes them. The owner columns are indexed: PostgreSQL, unlike
 * SQLite's MikroORM defaults, indexes no foreign key by itself, and every nested list looks them up.
 */
@ObjectType({ description: 'A detail record of a project or practice.' })
export abstract class OwnedEntity extends VersionedEntity {
  @Index()
  @ManyToOne({ entity: 'Project', nullable: true, deleteRule: 'cascade' })
  project: Project | null = null;

  @Index()
  @ManyToOne({ entity: 'Practice', nullable: true, deleteRule: 'cascade' })
  practice: Practice | null = null;
}
