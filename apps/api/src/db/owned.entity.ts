import { ManyToOne } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import type { Practice } from '../modules/practice/practice.entity';
import type { Project } from '../modules/project/project.entity';
import { VersionedEntity } from './base.entity';

/**
 * Detail records (costs, funding lines, outcomes, links) belong to exactly one project or one
 * practice; deleting the owner deletes them.
 */
@ObjectType({ description: 'A detail record of a project or practice.' })
export abstract class OwnedEntity extends VersionedEntity {
  @ManyToOne({ entity: 'Project', nullable: true, deleteRule: 'cascade' })
  project: Project | null = null;

  @ManyToOne({ entity: 'Practice', nullable: true, deleteRule: 'cascade' })
  practice: Practice | null = null;
}
