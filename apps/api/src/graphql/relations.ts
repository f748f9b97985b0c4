import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { Municipality } from '../modules/municipality/municipality.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { Practice } from '../modules/practice/practice.entity';
import { Project } from '../modules/project/project.entity';
import { pkOf } from './loaders';

/**
 * Batched loads of the many-to-one relations most types share. Given the field's `info`, a selection
 * of only the key is answered from the row itself.
 */
export function loadProject(ref: Project | null, ctx: Context, info?: GraphQLResolveInfo) {
  const id = pkOf(ref);
  if (id == null) return null;
  return info && asksOnlyKey(info, 'id') ? ref : ctx.loaders.byId(Project).load(id);
}

export function loadPractice(ref: Practice | null, ctx: Context, info?: GraphQLResolveInfo) {
  const id = pkOf(ref);
  if (id == null) return null;
  return info && asksOnlyKey(info, 'id') ? ref : ctx.loaders.byId(Practice).load(id);
}

export function loadMunicipality(ref: Municipality | null, ctx: Context, info?: GraphQLResolveInfo) {
  const code = pkOf(ref);
  if (code == null) return null;
  return info && asksOnlyKey(info, 'code') ? ref : ctx.loaders.byId(Municipality, 'code').load(code);
}

export function loadOrganisation(ref: Organisation | null, ctx: Context, info?: GraphQLResolveInfo) {
  const id = pkOf(ref);
  if (id == null) return null;
  return info && asksOnlyKey(info, 'id') ? ref : ctx.loaders.byId(Organisation).load(id);
}

const keyOnlyCache = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

/**
 * True when the client asks this field for nothing but `key` (and `__typename`): then the row's own
 * foreign key answers it, e.g. `indicator { code }` on a thousand values, with no loader call at all.
 * Decided once per field of the query (the answer is cached on the query's field nodes).
 */
export function asksOnlyKey(info: GraphQLResolveInfo, key: string): boolean {
  let byKey = keyOnlyCache.get(info.fieldNodes);
  if (!byKey) {
    byKey = new Map();
    keyOnlyCache.set(info.fieldNodes, byKey);
  }
  let answer = byKey.get(key);
  if (answer === undefined) {
    answer = info.fieldNodes.every((node) =>
      (node.selectionSet?.selections ?? []).every(
        (s) => s.kind === 'Field' && (s.name.value === key || s.name.value === '__typename'),
      ),
    );
    byKey.set(key, answer);
  }
  return answer;
}
