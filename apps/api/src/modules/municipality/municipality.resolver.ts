import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { badInput } from '../../core/domain-error';
import { pkOf } from '../../db/plain';
import { Connection, PageArgs, toConnection, toPage } from '../../graphql/connection';
import { Citation } from '../source/citation.entity';
import { citationsOf } from '../source/citation.loaders';
import { Municipality } from './municipality.entity';
import {
  codesWithWork,
  listMunicipalities,
  municipalityRegister,
  serviceOrganisers,
  wellbeingServicesCounties,
} from './municipality.service';
import { ServiceOrganiser } from './service-organiser.entity';

const MunicipalityConnection = Connection(Municipality, 'Municipality');

@ArgsType()
class MunicipalitiesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'A code, a Finnish or Swedish name (case and accents ignored), an inflected form ("Tornioon", "Lempäälän kunta"), or words of the region or county; best matches first.',
  })
  search?: string;

  @Field(() => [String], { nullable: true, description: 'Only these municipalities (codes, at most 400).' })
  codes?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only municipalities with at least one project or practice in the data (the default comparison set); false: only those with none.',
  })
  withDevelopmentWork?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Only municipalities whose services this organiser organises (its code: "PI", "HELSINKI", "AHVENANMAA").',
  })
  serviceOrganiser?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only municipalities of this region (maakunta), e.g. "Pirkanmaa".',
  })
  region?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only municipalities of this wellbeing services county (hyvinvointialue), e.g. "Pirkanmaan hyvinvointialue".',
  })
  wellbeingServicesCounty?: string;
}

/** Once per request, however many municipalities ask: a national list would otherwise load every link. */
const withWorkByRequest = new WeakMap<Context, Promise<Set<string>>>();
function codesWithWorkOnce(ctx: Context): Promise<Set<string>> {
  let codes = withWorkByRequest.get(ctx);
  if (!codes) {
    codes = codesWithWork(ctx.em);
    withWorkByRequest.set(ctx, codes);
  }
  return codes;
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities, by Finnish name.' })
  async municipalities(@Args(() => MunicipalitiesArgs) args: MunicipalitiesArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    const { first: _first, after: _after, ...filter } = args;
    const { rows, totalCount } = await listMunicipalities(ctx.em, filter, page);
    ctx.loaders.prime(Municipality, rows, 'code');
    return toConnection(rows, totalCount, page);
  }

  @Query(() => [String], {
    description:
      'The wellbeing services counties (hyvinvointialueet) of the municipalities in the data, in Finnish alphabetical order: they organise child and family services, so planners compare within one.',
  })
  wellbeingServicesCounties(@Ctx() ctx: Context): Promise<string[]> {
    return wellbeingServicesCounties(ctx.em);
  }

  @Query(() => [Municipality], {
    description:
      'Every municipality of the national register (309 in 2021), by code: for maps, pickers and national distributions. Bounded by the size of the country, so it is not paged.',
  })
  municipalityRegister(@Ctx() ctx: Context): Promise<Municipality[]> {
    return municipalityRegister(ctx.em);
  }

  @Query(() => [ServiceOrganiser], {
    description:
      'Who organises social and health services: the 21 wellbeing services counties, the City of Helsinki and Åland, by Finnish name.',
  })
  serviceOrganisers(@Ctx() ctx: Context): Promise<ServiceOrganiser[]> {
    return serviceOrganisers(ctx.em);
  }

  @FieldResolver(() => ServiceOrganiser, {
    description:
      'Who organises its social and health services: its wellbeing services county, the City of Helsinki itself, or Åland.',
  })
  async serviceOrganiser(@Root() m: Municipality, @Ctx() ctx: Context): Promise<ServiceOrganiser> {
    const code = pkOf(m.serviceOrganiser) as string | null;
    const organiser = code ? await ctx.loaders.byId(ServiceOrganiser, 'code').load(code) : null;
    if (!organiser) throw new Error(`Municipality ${m.code} has no service organiser: reload the data set.`);
    return organiser;
  }

  @Query(() => Municipality, {
    nullable: true,
    description: 'One municipality by its Statistics Finland code.',
  })
  municipality(
    @Arg('code', () => String, { description: 'Three-digit code, e.g. "851".' }) code: string,
    @Ctx() ctx: Context,
  ) {
    if (!/^\d{3}$/.test(code)) throw badInput('code', 'must be a three-digit municipality code, e.g. "851".');
    return ctx.loaders.byId(Municipality, 'code').load(code);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the data has any project or practice of the municipality; false is shown as "no development work recorded", never as a zero cost.',
  })
  async hasDevelopmentWork(@Root() m: Municipality, @Ctx() ctx: Context): Promise<boolean> {
    return (await codesWithWorkOnce(ctx)).has(m.code);
  }

  @FieldResolver(() => [Citation], {
    description: 'Where the municipality’s facts come from (context table rows).',
  })
  citations(@Root() m: Municipality, @Ctx() ctx: Context) {
    return citationsOf(ctx, 'Municipality').load(m.code);
  }
}
