import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { pkOf } from '../../db/plain';
import { Organisation } from '../organisation/organisation.entity';
import { loadOrganisation } from '../organisation/organisation.loaders';
import { CitedResolver } from '../source/cited.resolver';
import { Contact } from './contact.entity';
import { Person } from './person.entity';

@Resolver(() => Contact)
export class ContactResolver extends CitedResolver(Contact) {
  @Authorized()
  @FieldResolver(() => Person, { description: 'The person (personal data: needs an API key).' })
  person(@Root() c: Contact, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Person).load(pkOf(c.person) as number);
  }
}

@Resolver(() => Person)
export class PersonResolver extends CitedResolver(Person) {
  @FieldResolver(() => Organisation, { nullable: true, description: 'Organisation the person works for.' })
  organisation(@Root() p: Person, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadOrganisation(p.organisation, ctx, info);
  }
}
