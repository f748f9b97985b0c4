import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

const cache = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

/**
 * The names of the fields a client asks of this field's value (its fragments and inline fragments
 * merged, aliases resolved to field names; `__typename` left out): what a read use case may narrow its
 * columns to (db/plain.ts `columnsFor`). A field under @skip / @include is counted as asked — reading a
 * column too many is harmless, one too few is not. Decided once per field of a query (cached on the
 * query's field nodes, which the compiled operation keeps).
 */
export function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = cache.get(info.fieldNodes);
  if (!names) {
    const found = new Set<string>();
    const visited = new Set<string>();
    const walk = (set: SelectionSetNode | undefined) => {
      for (const s of set?.selections ?? []) {
        if (s.kind === 'Field') {
          if (s.name.value !== '__typename') found.add(s.name.value);
        } else if (s.kind === 'InlineFragment') walk(s.selectionSet);
        else if (!visited.has(s.name.value)) {
          visited.add(s.name.value);
          walk(info.fragments[s.name.value]?.selectionSet);
        }
      }
    };
    for (const node of info.fieldNodes) walk(node.selectionSet);
    names = found;
    cache.set(info.fieldNodes, names);
  }
  return names;
}
