import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { SERVICE_ORGANISER_KINDS, type ServiceOrganiserKind } from '@vertailu/data';
import { Field, ID, ObjectType } from 'type-graphql';
import { ServiceOrganiserKindEnum } from '../../graphql/enums';
import { toGlobalId } from '../../graphql/global-id';
import { NodeInterface } from '../../graphql/node.interface';

@ObjectType({
  implements: NodeInterface,
  description:
    'Who organises the social and health services (child and family services among them) of its municipalities: one of the 21 wellbeing services counties (hyvinvointialueet), the City of Helsinki, which organises its own, or Åland, outside the reform.',
})
@Entity()
export class ServiceOrganiser {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, {
    description:
      'The register’s county code ("PI" Pirkanmaa, "LA" Lappi), or "HELSINKI", or "AHVENANMAA" (Åland).',
  })
  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Field(() => ServiceOrganiserKindEnum, { description: 'A wellbeing services county, Helsinki, or Åland.' })
  @Enum({ items: () => [...SERVICE_ORGANISER_KINDS] })
  kind!: ServiceOrganiserKind;

  @Field(() => String, { description: 'Full name in Finnish ("Pirkanmaan hyvinvointialue").' })
  @Property({ type: 'string', length: 120 })
  nameFi!: string;

  @Field(() => String, { description: 'Full name in Swedish ("Birkalands välfärdsområde").' })
  @Property({ type: 'string', length: 120 })
  nameSv!: string;

  @Field(() => String, { description: 'Short name in Finnish ("Pirkanmaa").' })
  @Property({ type: 'string', length: 80 })
  shortNameFi!: string;

  @Field(() => String, { description: 'Short name in Swedish ("Birkaland").' })
  @Property({ type: 'string', length: 80 })
  shortNameSv!: string;

  @Field(() => ID, { name: 'id', description: 'Global object id.' })
  get nodeId(): string {
    return toGlobalId('ServiceOrganiser', this.code);
  }
}
