import { Entity, Enum, ManyToOne } from '@mikro-orm/core';
import type { PlaceRole } from '@vertailu/data';
import { PLACE_ROLES } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { PlaceRoleEnum } from '../../graphql/enums';
import { OwnedEntity } from '../owner/owned.entity';
import { Place } from './place.entity';

@ObjectType({ description: 'A place where a project or practice did something.' })
@Entity()
export class PlaceLink extends OwnedEntity {
  @ManyToOne(() => Place)
  place!: Place;

  @Field(() => PlaceRoleEnum, { description: 'What happened there.' })
  @Enum({ items: () => [...PLACE_ROLES] })
  role!: PlaceRole;
}
