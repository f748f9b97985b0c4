import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs, toConnection, toPage } from '../../graphql/connection';
import { Municipality } from '../municipality/municipality.entity';
import { byName } from '../project/municipality-projects.resolver';
import { Project } from '../project/project.entity';
import { Practice } from './practice.entity';
import { PracticeConnection } from './practice.types';

/** `Project.practices`: here, so the project folder knows no practice (practices point at projects). */
@Resolver(() => Project)
export class ProjectPracticesResolver {
  @FieldResolver(() => [Practice], {
    description: 'Practices developed in this project (incl. its development lines).',
  })
  practices(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.children(Practice, 'parentProject').load(p.id);
  }
}

/** `Municipality.practices`, for the same reason. */
@Resolver(() => Municipality)
export class MunicipalityPracticesResolver {
  @FieldResolver(() => PracticeConnection, { description: 'Practices used in the municipality, by name.' })
  async practices(@Root() m: Municipality, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    const practices = [...(await ctx.loaders.children(Practice, 'municipality').load(m.code))].sort(byName);
    return toConnection(practices.slice(page.offset, page.offset + page.limit), practices.length, page);
  }
}
