import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { CostBasis, FundingKind } from '@vertailu/data';
import { COST_BASES, FUNDING_KINDS } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { CostBasisEnum, FundingKindEnum } from '../../graphql/enums';
import { NodeInterface } from '../../graphql/node.interface';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import { OwnedEntity } from '../owner/owned.entity';
import { euroColumn } from './money';

@ObjectType({
  implements: NodeInterface,
  description: 'A funding line: who funds a project or practice, how much, and when it was decided.',
})
@Entity()
export class FundingLine extends OwnedEntity {
  @Index()
  @ManyToOne(() => Organisation, { nullable: true })
  funder: Organisation | null = null;

  @Field(() => FundingKindEnum, {
    description: 'External grant, own funding, or a stated absence of separate funding.',
  })
  @Enum({ items: () => [...FUNDING_KINDS] })
  kind!: FundingKind;

  @Field(() => Number, {
    nullable: true,
    description:
      'Euros; null when unknown. For NO_SEPARATE_FUNDING it is null too: the kind itself states that external funding is zero.',
  })
  @Property(euroColumn)
  amount: number | null = null;

  @Field(() => CostBasisEnum, {
    nullable: true,
    description:
      'ESTIMATE when the amount is part of a budget (kustannusarvio), REALISED when reported as received; null when the document gives a granted amount (a decision) without saying either, and for NO_SEPARATE_FUNDING.',
  })
  @Enum({ items: () => [...COST_BASES], nullable: true })
  basis: CostBasis | null = null;

  @Index()
  @ManyToOne(() => Municipality, { nullable: true })
  recipient: Municipality | null = null;

  @Field(() => String, { nullable: true, description: 'Date of the funding decision (ISO), if stated.' })
  @Property({ type: 'date', nullable: true })
  decisionDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'Remark in English.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
