import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { CitedResolver } from '../../graphql/cited.resolver';
import { loadMunicipality, loadOrganisation, loadProject } from '../../graphql/relations';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Project } from './project.entity';
import { ProjectMunicipality } from './project-municipality.entity';
import { ProjectPartner } from './project-partner.entity';

@Resolver(() => ProjectMunicipality)
export class ProjectMunicipalityResolver extends CitedResolver(ProjectMunicipality) {
  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Root() l: ProjectMunicipality, @Ctx() ctx: Context) {
    return loadMunicipality(l.municipality, ctx);
  }

  @FieldResolver(() => Project, { description: 'The project.' })
  project(@Root() l: ProjectMunicipality, @Ctx() ctx: Context) {
    return loadProject(l.project, ctx);
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnerResolver extends CitedResolver(ProjectPartner) {
  @FieldResolver(() => Organisation, { description: 'The partner organisation.' })
  organisation(@Root() l: ProjectPartner, @Ctx() ctx: Context) {
    return loadOrganisation(l.organisation, ctx);
  }
}
