import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

const cache = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

/** The fields named `name` (any name: null) in `sets`, fragments and inline fragments merged. */
function fieldsNamed(
  sets: readonly (SelectionSetNode | undefined)[],
  name: string | null,
  fragments: GraphQLResolveInfo['fragments'],
): FieldNode[] {
  const found: FieldNode[] = [];
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') {
        if (s.name.value !== '__typename' && (name === null || s.name.value === name)) found.push(s);
      } else if (s.kind === 'InlineFragment') walk(s.selectionSet);
      else if (!visited.has(s.name.value)) {
        visited.add(s.name.value);
        walk(fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return found;
}

/**
 * The names of the fields a client asks of this field's value (its fragments and inline fragments
 * merged, aliases resolved to field names; `__typename` left out): what a read use case may narrow its
 * columns to (db/plain.ts `columnsFor`). A field under @skip / @include is counted as asked — reading a
 * column too many is harmless, one too few is not. Decided once per field of a query (cached on the
 * query's field nodes, which the compiled operation keeps).
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  /** Field names to descend through first: `['edges', 'node']` for a connection's nodes. */
  path: readonly string[] = [],
): ReadonlySet<string> {
  let byPath = cache.get(info.fieldNodes);
  if (!byPath) {
    byPath = new Map();
    cache.set(info.fieldNodes, byPath);
  }
  const key = path.join('.');
  let names = byPath.get(key);
  if (!names) {
    let sets = info.fieldNodes.map((n) => n.selectionSet);
    for (const step of path) sets = fieldsNamed(sets, step, info.fragments).map((f) => f.selectionSet);
    names = new Set(fieldsNamed(sets, null, info.fragments).map((f) => f.name.value));
    byPath.set(key, names);
  }
  return names;
}
