import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { CostBasis, CostKind } from '@vertailu/data';
import { COST_BASES, COST_KINDS } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { CostBasisEnum, CostKindEnum } from '../../graphql/enums';
import { NodeInterface } from '../../graphql/node.interface';
import { Municipality } from '../municipality/municipality.entity';
import { OwnedEntity } from '../owner/owned.entity';
import { euroColumn } from './money';

@ObjectType({
  implements: NodeInterface,
  description:
    'A cost figure of a project or practice. Whole budgets, one municipality’s share, and realised totals are kept apart by `kind`; estimates and realised costs by `basis`.',
})
@Entity()
export class CostItem extends OwnedEntity {
  @Field(() => CostKindEnum, { description: 'What the figure covers.' })
  @Enum({ items: () => [...COST_KINDS] })
  kind!: CostKind;

  @Field(() => CostBasisEnum, { description: 'Estimate (budget) or realised.' })
  @Enum({ items: () => [...COST_BASES] })
  basis!: CostBasis;

  @Field(() => Number, {
    nullable: true,
    description: 'Euros; null when the amount is unknown (never 0 for unknown).',
  })
  @Property(euroColumn)
  amount: number | null = null;

  @Index()
  @ManyToOne(() => Municipality, { nullable: true })
  municipality: Municipality | null = null;
}
