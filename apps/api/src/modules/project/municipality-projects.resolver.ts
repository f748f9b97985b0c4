import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { pkOf } from '../../db/plain';
import { PageArgs, toConnection, toPage } from '../../graphql/connection';
import { Municipality } from '../municipality/municipality.entity';
import { Project } from './project.entity';
import { ProjectConnection } from './project.types';
import { ProjectMunicipality } from './project-municipality.entity';

export const byName = (a: { name: string; id: number }, b: { name: string; id: number }) =>
  a.name.localeCompare(b.name, 'fi') || a.id - b.id;

/** `Municipality.projects`: here, so the municipality folder knows no project (projects point at it). */
@Resolver(() => Municipality)
export class MunicipalityProjectsResolver {
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
}
