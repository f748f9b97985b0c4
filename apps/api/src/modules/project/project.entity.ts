import { Collection, Entity, Enum, OneToMany, Property } from '@mikro-orm/core';
import type { ProjectStatus } from '@vertailu/data';
import { PROJECT_STATUSES } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { ProjectStatusEnum } from '../../graphql/enums';
import { NodeInterface } from '../../graphql/node.interface';
import { DatedRecord } from '../search/dated-record.entity';

@ObjectType({
  implements: NodeInterface,
  description: 'A development project (hanke): time-bound, with a budget, funders, partners and outcomes.',
})
@Entity()
export class Project extends DatedRecord {
  @Field(() => String, { description: 'Name as the source writes it (Finnish).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English translation of the name, if given.' })
  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Funder’s project number (hankenumero), if any.' })
  @Property({ type: 'string', length: 40, nullable: true })
  projectNumber: string | null = null;

  @Field(() => ProjectStatusEnum, {
    nullable: true,
    description: 'Status; null when the sources do not say.',
  })
  @Enum({ items: () => [...PROJECT_STATUSES], nullable: true })
  status: ProjectStatus | null = null;

  @Field(() => String, { nullable: true, description: 'Date at which the status is known to hold (ISO).' })
  @Property({ type: 'date', nullable: true })
  statusAsOf: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Date the results were completed or published (ISO), if stated.',
  })
  @Property({ type: 'date', nullable: true })
  resultsDate: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The project’s aims, verbatim from the source (Finnish).',
  })
  @Property({ type: 'text', nullable: true })
  aims: string | null = null;

  @Field(() => [String], {
    description: 'Content areas of development (sisällölliset kehittämisen alueet), verbatim.',
  })
  @Property({ type: 'json' })
  focusAreas: string[] = [];

  /** Inverse side, for SQL joins in aggregations; GraphQL reads links through loaders instead. */
  @OneToMany({ entity: 'ProjectMunicipality', mappedBy: 'project' })
  municipalityLinks = new Collection<object>(this);

  protected searchedTexts() {
    return [this.name, this.nameEn, this.projectNumber, this.aims, ...this.focusAreas];
  }
}
