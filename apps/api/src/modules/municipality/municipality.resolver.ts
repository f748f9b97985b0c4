import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs, toConnection, toPage } from '../../graphql/connection';
import { badInput } from '../../graphql/errors';
import { pkOf } from '../../graphql/loaders';
import { Practice } from '../practice/practice.entity';
import { PracticeConnection } from '../practice/practice.types';
import { Project } from '../project/project.entity';
import { ProjectConnection } from '../project/project.types';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { likePattern } from '../search/search-text';
import { Citation } from '../source/citation.entity';
import { Municipality } from './municipality.entity';

const MunicipalityConnection = Connection(Municipality, 'Municipality');

@ArgsType()
class MunicipalitiesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words in the name (fi/sv), region or wellbeing services county.',
  })
  search?: string;

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

const byName = (a: { name: string; id: number }, b: { name: string; id: number }) =>
  a.name.localeCompare(b.name, 'fi') || a.id - b.id;

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities, by Finnish name.' })
  async municipalities(@Args(() => MunicipalitiesArgs) args: MunicipalitiesArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    if (args.search && args.search.length > 200) throw badInput('search', 'must be at most 200 characters.');
    const qb = ctx.em.createQueryBuilder(Municipality, 'm');
    if (args.search?.trim()) qb.andWhere(`m.search_text like ? escape '\\'`, [likePattern(args.search)]);
    if (args.region) qb.andWhere({ region: args.region });
    if (args.wellbeingServicesCounty) qb.andWhere({ wellbeingServicesCounty: args.wellbeingServicesCounty });
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
      .execute('all', false)) as { wellbeing_services_county: string }[];
    return rows.map((r) => r.wellbeing_services_county).sort((a, b) => a.localeCompare(b, 'fi'));
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

  @FieldResolver(() => ProjectConnection, {
    description: 'Projects the municipality takes part in, by name.',
  })
  async projects(@Root() m: Municipality, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    const links = await ctx.loaders.children(ProjectMunicipality, 'municipality').load(m.code);
    const ids = [...new Set(links.map((l) => pkOf(l.project) as number))];
    const projects = (await ctx.loaders.byId(Project).loadMany(ids)).filter(
      (p): p is Project => p instanceof Project,
    );
    projects.sort(byName);
    return toConnection(projects.slice(page.offset, page.offset + page.limit), projects.length, page);
  }

  @FieldResolver(() => PracticeConnection, { description: 'Practices used in the municipality, by name.' })
  async practices(@Root() m: Municipality, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    const practices = [...(await ctx.loaders.children(Practice, 'municipality').load(m.code))].sort(byName);
    return toConnection(practices.slice(page.offset, page.offset + page.limit), practices.length, page);
  }

  @FieldResolver(() => [Citation], {
    description: 'Where the municipality’s facts come from (context table rows).',
  })
  citations(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.citations('Municipality').load(m.code);
  }
}
