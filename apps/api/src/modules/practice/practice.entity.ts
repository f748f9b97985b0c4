import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { PracticePhase } from '@vertailu/data';
import { PRACTICE_PHASES } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { PracticePhaseEnum } from '../../graphql/enums';
import { NodeInterface } from '../../graphql/node.interface';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Project } from '../project/project.entity';
import { DatedRecord } from '../search/dated-record.entity';

@ObjectType({
  implements: NodeInterface,
  description:
    'A practice (toimintamalli): a way of working, often developed in a project, that outlives it.',
})
@Entity()
export class Practice extends DatedRecord {
  @Field(() => String, { description: 'Name as the source writes it (Finnish).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English translation of the name, if given.' })
  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Short description (lyhyt kuvaus), verbatim.' })
  @Property({ type: 'text', nullable: true })
  shortDescription: string | null = null;

  @Index()
  @ManyToOne(() => Municipality)
  municipality!: Municipality;

  @Field(() => String, {
    nullable: true,
    description: 'Area as the source writes it (e.g. "Keski-Uusimaa").',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  area: string | null = null;

  @Index()
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'set null' })
  funder: Organisation | null = null;

  @Index()
  @ManyToOne(() => Project, { nullable: true, deleteRule: 'set null' })
  parentProject: Project | null = null;

  @Field(() => Boolean, {
    description:
      'True when the parent project names this practice as one of its development lines (kehittämislinja).',
  })
  @Property({ type: 'boolean' })
  isDevelopmentLine: boolean = false;

  @Field(() => PracticePhaseEnum, { nullable: true, description: 'Development phase; null when not stated.' })
  @Enum({ items: () => [...PRACTICE_PHASES], nullable: true })
  phase: PracticePhase | null = null;

  @Field(() => String, { nullable: true, description: 'Date at which the phase is known to hold (ISO).' })
  @Property({ type: 'date', nullable: true })
  phaseAsOf: string | null = null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the source says the practice continues as permanent service; null when not stated.',
  })
  @Property({ type: 'boolean', nullable: true })
  permanentUse: boolean | null = null;

  @Field(() => String, { nullable: true, description: 'Date the description was created (Luotu), ISO.' })
  @Property({ type: 'date', nullable: true })
  createdDate: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Date the description was last modified (Viimeksi muokattu), ISO.',
  })
  @Property({ type: 'date', nullable: true })
  modifiedDate: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'Date printed at the top of the description without a label (Innokylä’s older layout), ISO. Whether it marks publication or last edit is not stated.',
  })
  @Property({ type: 'date', nullable: true })
  publishedDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'Needs and goals (tarve ja tavoitteet), verbatim.' })
  @Property({ type: 'text', nullable: true })
  needsAndGoals: string | null = null;

  @Field(() => String, { nullable: true, description: 'The solution (ratkaisu), verbatim.' })
  @Property({ type: 'text', nullable: true })
  solution: string | null = null;

  @Field(() => String, { nullable: true, description: 'Results (tulokset), verbatim.' })
  @Property({ type: 'text', nullable: true })
  results: string | null = null;

  protected searchedTexts() {
    return [
      this.name,
      this.nameEn,
      this.shortDescription,
      this.area,
      this.needsAndGoals,
      this.solution,
      this.results,
    ];
  }
}
