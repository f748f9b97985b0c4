import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { pkOf } from '../../db/plain';
import { Municipality } from '../municipality/municipality.entity';
import { loadMunicipality } from '../municipality/municipality.loaders';
import { CitedResolver } from '../source/cited.resolver';
import { Place } from './place.entity';
import { PlaceLink } from './place-link.entity';

@Resolver(() => Place)
export class PlaceResolver extends CitedResolver(Place) {
  @FieldResolver(() => Municipality, { nullable: true, description: 'Municipality the place is in.' })
  municipality(@Root() p: Place, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMunicipality(p.municipality, ctx, info);
  }
}

@Resolver(() => PlaceLink)
export class PlaceLinkResolver extends CitedResolver(PlaceLink) {
  @FieldResolver(() => Place, { description: 'The place.' })
  place(@Root() l: PlaceLink, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Place).load(pkOf(l.place) as number);
  }
}
