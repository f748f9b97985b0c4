import { Entity, Enum, ManyToOne } from '@mikro-orm/core';
import type { PersonRole } from '@vertailu/data';
import { PERSON_ROLES } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { PersonRoleEnum } from '../../graphql/enums';
import { OwnedEntity } from '../owner/owned.entity';
import { Person } from './person.entity';

@ObjectType({ description: 'A person named for a project or practice, in one role (personal data).' })
@Entity()
export class Contact extends OwnedEntity {
  @ManyToOne(() => Person)
  person!: Person;

  @Field(() => PersonRoleEnum, { description: 'Why the person is named.' })
  @Enum({ items: () => [...PERSON_ROLES] })
  role!: PersonRole;
}
