import type { EntityManager } from '@mikro-orm/knex';
import { notFound } from '../../core/domain-error';
import { pagePlain, readSql } from '../../db/plain';
import { Source } from './source.entity';

/** A page of sources by id, with the count over all pages (plain rows; the full texts not read). */
export function listSources(
  em: EntityManager,
  page: { limit: number; offset: number },
): Promise<{ rows: Source[]; totalCount: number }> {
  return pagePlain(em, Source, readSql(em).from({ s: 'source' }), 's', 's.id asc', page);
}

/** A source's full text (a lazy column: read only when asked for). */
export async function sourceText(em: EntityManager, id: number): Promise<string> {
  const [row] = (await readSql(em).select('text').from('source').where('id', id)) as { text: string }[];
  if (!row) throw notFound('Source', String(id));
  return row.text;
}
