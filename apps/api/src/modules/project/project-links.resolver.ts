import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Municipality } from '../municipality/municipality.entity';
import { loadMunicipality } from '../municipality/municipality.loaders';
import { Organisation } from '../organisation/organisation.entity';
import { loadOrganisation } from '../organisation/organisation.loaders';
import { CitedResolver } from '../source/cited.resolver';
import { Project } from './project.entity';
import { loadProject } from './project.loaders';
import { ProjectMunicipality } from './project-municipality.entity';
import { ProjectPartner } from './project-partner.entity';

@Resolver(() => ProjectMunicipality)
export class ProjectMunicipalityResolver extends CitedResolver(ProjectMunicipality) {
  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Root() l: ProjectMunicipality, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMunicipality(l.municipality, ctx, info);
  }

  @FieldResolver(() => Project, { description: 'The project.' })
  project(@Root() l: ProjectMunicipality, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadProject(l.project, ctx, info);
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnerResolver extends CitedResolver(ProjectPartner) {
  @FieldResolver(() => Organisation, { description: 'The partner organisation.' })
  organisation(@Root() l: ProjectPartner, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadOrganisation(l.organisation, ctx, info);
  }
}
