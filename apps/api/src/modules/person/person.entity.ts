import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { Organisation } from '../organisation/organisation.entity';

/** Personal data: reachable only through fields that require an API key. */
@ObjectType({ description: 'A named person (personal data: readable only with an API key).' })
@Entity()
export class Person extends BaseEntity {
  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail address (the source’s "(ät)" written as "@").',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Job title as the source writes it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  title: string | null = null;

  @ManyToOne(() => Organisation, { nullable: true })
  organisation: Organisation | null = null;
}
