import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { badInput } from '../../core/domain-error';
import { Connection, PageArgs, toConnection, toPage } from '../../graphql/connection';
import { pkOf } from '../../graphql/loaders';
import { Citation } from '../source/citation.entity';
import { Municipality } from './municipality.entity';
import { searchMunicipalities } from './name-search';
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

/** Codes of the municipalities that have a project or a practice (one indexed statement). */
const WITH_WORK_SQL =
  'select pm.municipality_code from project_municipality pm union select p.municipality_code from practice p';

/** Once per request, however many municipalities ask: a national list would otherwise load every link. */
const withWorkByRequest = new WeakMap<Context, Promise<Set<string>>>();
function codesWithWork(ctx: Context): Promise<Set<string>> {
  let codes = withWorkByRequest.get(ctx);
  if (!codes) {
    codes = ctx.em
      .getConnection()
      .execute<{ municipality_code: string }[]>(WITH_WORK_SQL)
      .then((rows) => new Set(rows.map((r) => r.municipality_code)));
    withWorkByRequest.set(ctx, codes);
  }
  return codes;
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities, by Finnish name.' })
  async municipalities(@Args(() => MunicipalitiesArgs) args: MunicipalitiesArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    if (args.search && args.search.length > 200) throw badInput('search', 'must be at most 200 characters.');
    const qb = ctx.em.createQueryBuilder(Municipality, 'm');
    if (args.region) qb.andWhere({ region: args.region });
    if (args.wellbeingServicesCounty) qb.andWhere({ wellbeingServicesCounty: args.wellbeingServicesCounty });
    if (args.serviceOrganiser) qb.andWhere({ serviceOrganiser: args.serviceOrganiser });
    if (args.codes) {
      if (args.codes.length > 400) throw badInput('codes', 'must list at most 400 municipality codes.');
      qb.andWhere({ code: { $in: args.codes } });
    }
    if (args.withDevelopmentWork != null)
      qb.andWhere(`${args.withDevelopmentWork ? '' : 'not '}(m.code in (${WITH_WORK_SQL}))`);
    if (args.search?.trim()) {
      // Inflected forms cannot be matched in SQL; the country has ~300 municipalities, so the
      // filtered rows are scored here (bounded by the register's size, not by the request).
      const found = searchMunicipalities(args.search, await qb.getResultList());
      return toConnection(found.slice(page.offset, page.offset + page.limit), found.length, page);
    }
    const total = await qb.clone().getCount();
    const rows = await qb.orderBy({ nameFi: 'asc' }).limit(page.limit).offset(page.offset).getResultList();
    return toConnection(rows, total, page);
  }

  @Query(() => [String], {
    description:
      'The wellbeing services counties (hyvinvointialueet) of the municipalities in the data, in Finnish alphabetical order: they organise child and family services, so planners compare within one.',
  })
  async wellbeingServicesCounties(@Ctx() ctx: Context): Promise<string[]> {
    const rows = (await ctx.em
      .createQueryBuilder(Municipality, 'm')
      .select('m.wellbeingServicesCounty')
      .distinct()
      .execute('all', false)) as { wellbeing_services_county: string | null }[];
    return rows
      .flatMap((r) => (r.wellbeing_services_county ? [r.wellbeing_services_county] : []))
      .sort((a, b) => a.localeCompare(b, 'fi'));
  }

  @Query(() => [Municipality], {
    description:
      'Every municipality of the national register (309 in 2021), by code: for maps, pickers and national distributions. Bounded by the size of the country, so it is not paged.',
  })
  municipalityRegister(@Ctx() ctx: Context): Promise<Municipality[]> {
    return ctx.em.find(Municipality, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => [ServiceOrganiser], {
    description:
      'Who organises social and health services: the 21 wellbeing services counties, the City of Helsinki and Åland, by Finnish name.',
  })
  serviceOrganisers(@Ctx() ctx: Context): Promise<ServiceOrganiser[]> {
    return ctx.em.find(ServiceOrganiser, {}, { orderBy: { nameFi: 'asc' } });
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
    return (await codesWithWork(ctx)).has(m.code);
  }

  @FieldResolver(() => [Citation], {
    description: 'Where the municipality’s facts come from (context table rows).',
  })
  citations(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.citations('Municipality').load(m.code);
  }
}
