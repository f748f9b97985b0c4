import type { Context } from '../context';
import { Municipality } from '../modules/municipality/municipality.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { Practice } from '../modules/practice/practice.entity';
import { Project } from '../modules/project/project.entity';
import { pkOf } from './loaders';

/** Batched loads of the many-to-one relations most types share. */
export function loadProject(ref: Project | null, ctx: Context) {
  const id = pkOf(ref);
  return id == null ? null : ctx.loaders.byId(Project).load(id);
}

export function loadPractice(ref: Practice | null, ctx: Context) {
  const id = pkOf(ref);
  return id == null ? null : ctx.loaders.byId(Practice).load(id);
}

export function loadMunicipality(ref: Municipality | null, ctx: Context) {
  const code = pkOf(ref);
  return code == null ? null : ctx.loaders.byId(Municipality, 'code').load(code);
}

export function loadOrganisation(ref: Organisation | null, ctx: Context) {
  const id = pkOf(ref);
  return id == null ? null : ctx.loaders.byId(Organisation).load(id);
}
