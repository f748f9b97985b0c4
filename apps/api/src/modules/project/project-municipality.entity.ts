import { Entity, Enum, Index, ManyToOne, Unique } from '@mikro-orm/core';
import type { MunicipalityRole } from '@vertailu/data';
import { MUNICIPALITY_ROLES } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { MunicipalityRoleEnum } from '../../graphql/enums';
import { Municipality } from '../municipality/municipality.entity';
import { Project } from './project.entity';

@ObjectType({ description: 'A municipality taking part in a project, in one role.' })
@Entity()
@Unique({ properties: ['project', 'municipality', 'role'] })
export class ProjectMunicipality extends BaseEntity {
  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Project;

  @Index()
  @ManyToOne(() => Municipality)
  municipality!: Municipality;

  @Field(() => MunicipalityRoleEnum, {
    description: 'Applicant (hakija), implementer (toteuttaja) or partner.',
  })
  @Enum({ items: () => [...MUNICIPALITY_ROLES] })
  role!: MunicipalityRole;
}
