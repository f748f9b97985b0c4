import type DataLoader from 'dataloader';
import type { Context } from '../../context';
import { findPlain } from '../../db/plain';
import { Citation } from './citation.entity';

/**
 * Citations of records of one type, keyed by the record's id: one statement per type and depth level
 * through the request's generic keyed loader (graphql/loaders.ts), in id order.
 */
export function citationsOf(ctx: Context, subjectType: string): DataLoader<string | number, Citation[]> {
  return ctx.loaders.keyed(`citations:${subjectType}`, async (ids) => {
    const rows = await findPlain(
      ctx.em,
      Citation,
      { subjectType, subjectId: { $in: ids.map(String) } },
      { id: 'asc' },
    );
    const groups = new Map<string, Citation[]>();
    for (const c of rows) {
      const group = groups.get(c.subjectId);
      if (group) group.push(c);
      else groups.set(c.subjectId, [c]);
    }
    return ids.map((id) => groups.get(String(id)) ?? []);
  });
}
