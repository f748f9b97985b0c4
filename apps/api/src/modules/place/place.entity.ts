import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import type { PlaceKind } from '@vertailu/data';
import { PLACE_KINDS } from '@vertailu/data';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { PlaceKindEnum } from '../../graphql/enums';
import { NodeInterface } from '../../graphql/node.interface';
import { Municipality } from '../municipality/municipality.entity';

@ObjectType({
  implements: NodeInterface,
  description: 'A place named in the sources: a school, a service point, an area.',
})
@Entity()
export class Place extends BaseEntity {
  @Field(() => String, { description: 'Name as the source writes it.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => PlaceKindEnum, { description: 'What kind of place this is.' })
  @Enum({ items: () => [...PLACE_KINDS] })
  kind!: PlaceKind;

  @ManyToOne(() => Municipality, { nullable: true })
  municipality: Municipality | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many units the place stands for when the source counts but does not name them.',
  })
  @Property({ type: 'integer', nullable: true })
  count: number | null = null;

  @Field(() => String, { nullable: true, description: 'What the place is, in English.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}
