import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  ManyToOne,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id';
import { NodeInterface } from '../../graphql/node.interface';
import { searchTextOf } from '../search/search-text';
import { ServiceOrganiser } from './service-organiser.entity';

@ObjectType({ implements: NodeInterface, description: 'A Finnish municipality (kunta, kaupunki).' })
@Entity()
export class Municipality {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, {
    description: 'Statistics Finland municipality code, three digits (e.g. "020" Akaa, "851" Tornio).',
  })
  @PrimaryKey({ type: 'string', length: 3 })
  code!: string;

  @Field(() => String, { description: 'Name in Finnish.' })
  @Property({ type: 'string', length: 100 })
  nameFi!: string;

  @Field(() => String, { description: 'Name in Swedish.' })
  @Property({ type: 'string', length: 100 })
  nameSv!: string;

  @Field(() => String, { description: 'Region (maakunta), in Finnish, as Statistics Finland classifies it.' })
  @Property({ type: 'string', length: 100 })
  region!: string;

  @Field(() => String, {
    description: 'Statistics Finland region code, two digits ("06" Pirkanmaa, "21" Ahvenanmaa).',
  })
  @Property({ type: 'string', length: 2, default: '' })
  regionCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Wellbeing services county (hyvinvointialue), in Finnish; null for Helsinki and the Åland municipalities, which belong to none (see serviceOrganiser).',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  wellbeingServicesCounty: string | null = null;

  /** Every municipality has one; nullable in the table only so the column could be added to filled tables. */
  @ManyToOne(() => ServiceOrganiser, { nullable: true })
  serviceOrganiser: ServiceOrganiser | null = null;

  @Property({ type: 'text' })
  searchText!: string;

  @Field(() => ID, { name: 'id', description: 'Global object id.' })
  get nodeId(): string {
    return toGlobalId('Municipality', this.code);
  }

  @BeforeCreate()
  @BeforeUpdate()
  protected derive(): void {
    this.searchText = searchTextOf(
      this.code,
      this.nameFi,
      this.nameSv,
      this.region,
      this.wellbeingServicesCounty,
    );
  }
}
