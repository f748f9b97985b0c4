import { BeforeCreate, BeforeUpdate, Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import type { OrganisationKind } from '@vertailu/data';
import { ORGANISATION_KINDS } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { OrganisationKindEnum } from '../../graphql/enums';
import { NodeInterface } from '../../graphql/node.interface';
import { Municipality } from '../municipality/municipality.entity';
import { searchTextOf } from '../search/search-text';

@ObjectType({
  implements: NodeInterface,
  description: 'A funder, partner or other organisation named in the sources.',
})
@Entity()
export class Organisation extends BaseEntity {
  @Field(() => String, { description: 'Name in Finnish, as the sources write it.' })
  @Property({ type: 'string', length: 200 })
  nameFi!: string;

  @Field(() => String, { nullable: true, description: 'Name in English, where one is established.' })
  @Property({ type: 'string', length: 200, nullable: true })
  nameEn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Abbreviation (ESR, TSR, STM …).' })
  @Property({ type: 'string', length: 20, nullable: true })
  abbreviation: string | null = null;

  @Field(() => OrganisationKindEnum, { description: 'What kind of body this is.' })
  @Enum({ items: () => [...ORGANISATION_KINDS] })
  kind!: OrganisationKind;

  @ManyToOne(() => Municipality, { nullable: true })
  municipality: Municipality | null = null;

  @Property({ type: 'text' })
  searchText!: string;

  @BeforeCreate()
  @BeforeUpdate()
  protected derive(): void {
    this.searchText = searchTextOf(this.nameFi, this.nameEn, this.abbreviation);
  }
}
