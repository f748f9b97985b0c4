import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { ItemCostRoles } from './cost-roles.types';

/** An item's project or practice, read only when a client asks for it (the list pages do not). */
@Resolver(() => ItemCostRoles)
export class ItemCostRolesResolver {
  @FieldResolver(() => Project, {
    nullable: true,
    description: 'The project, when the figures are a project’s.',
  })
  project(@Root() r: ItemCostRoles, @Ctx() ctx: Context): Promise<Project | null> | null {
    return r.projectId === null ? null : ctx.loaders.byId(Project).load(r.projectId);
  }

  @FieldResolver(() => Practice, {
    nullable: true,
    description: 'The practice, when the figures are a practice’s.',
  })
  practice(@Root() r: ItemCostRoles, @Ctx() ctx: Context): Promise<Practice | null> | null {
    return r.practiceId === null ? null : ctx.loaders.byId(Practice).load(r.practiceId);
  }
}
