import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import type { PartnerRole } from '@vertailu/data';
import { PARTNER_ROLES } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { PartnerRoleEnum } from '../../graphql/enums';
import { Organisation } from '../organisation/organisation.entity';
import { Project } from './project.entity';

@ObjectType({ description: 'An organisation taking part in a project, in one role.' })
@Entity()
export class ProjectPartner extends BaseEntity {
  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Project;

  @ManyToOne(() => Organisation)
  organisation!: Organisation;

  @Field(() => PartnerRoleEnum, { description: 'What the partner does in the project.' })
  @Enum({ items: () => [...PARTNER_ROLES] })
  role!: PartnerRole;

  @Field(() => String, { nullable: true, description: 'The partner’s part, in English.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}
