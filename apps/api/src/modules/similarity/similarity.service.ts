import type { EntityManager } from '@mikro-orm/knex';
import {
  buildSimilarityIndex,
  type SimilarityDoc,
  type SimilarityIndex,
  type SimilarMatch,
  similarTo,
} from '@vertailu/indicators';
import { toGlobalId } from '../../core/record-id';

type Row = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * Every project and practice as a similarity document, read as plain rows (five statements, no
 * entity hydration): the index is built from the whole data set at once.
 */
async function documents(em: EntityManager): Promise<{ docs: SimilarityDoc[]; placeNames: string[] }> {
  const run = (sql: string) => em.getConnection().execute<Row[]>(sql);
  const [projects, practices, places, terms, outcomes, municipalities] = await Promise.all([
    run('select id, name, aims, focus_areas from project'),
    run(
      'select id, name, short_description, needs_and_goals, solution, results, municipality_code, parent_project_id from practice',
    ),
    run('select project_id, municipality_code from project_municipality'),
    run(
      'select l.project_id, l.practice_id, t.vocabulary, t.code from term_link l join term t on t.id = l.term_id',
    ),
    run(
      'select distinct o.project_id, o.practice_id, t.code from outcome o join term t on t.id = o.domain_id',
    ),
    run('select name_fi from municipality'),
  ]);
  const key = (r: Row) =>
    r.project_id != null
      ? toGlobalId('Project', String(r.project_id))
      : toGlobalId('Practice', String(r.practice_id));
  const codes = new Map<string, { TARGET_GROUP: string[]; SECTOR: string[]; DOMAIN: string[] }>();
  const codesOf = (id: string) => {
    const c = codes.get(id) ?? { TARGET_GROUP: [], SECTOR: [], DOMAIN: [] };
    codes.set(id, c);
    return c;
  };
  for (const t of terms)
    if (t.vocabulary === 'TARGET_GROUP' || t.vocabulary === 'SECTOR')
      codesOf(key(t))[t.vocabulary].push(String(t.code));
  for (const o of outcomes) codesOf(key(o)).DOMAIN.push(String(o.code));
  const projectPlaces = new Map<string, string[]>();
  for (const p of places) {
    const id = toGlobalId('Project', String(p.project_id));
    projectPlaces.set(id, [...(projectPlaces.get(id) ?? []), String(p.municipality_code)]);
  }
  const practicesOf = new Map<string, Row[]>();
  for (const p of practices)
    if (p.parent_project_id != null) {
      const id = toGlobalId('Project', String(p.parent_project_id));
      practicesOf.set(id, [...(practicesOf.get(id) ?? []), p]);
    }
  const describe = (p: Row) =>
    [p.name, p.short_description, p.needs_and_goals, p.solution, p.results].map(text);
  const docs: SimilarityDoc[] = [];
  for (const p of projects) {
    const id = toGlobalId('Project', String(p.id));
    const focus =
      typeof p.focus_areas === 'string'
        ? (JSON.parse(p.focus_areas) as string[])
        : ((p.focus_areas as string[] | null) ?? []);
    const children = practicesOf.get(id) ?? [];
    docs.push({
      id,
      municipalityCodes: projectPlaces.get(id) ?? [],
      text: {
        name: text(p.name),
        aims: [text(p.aims), ...focus].filter(Boolean).join('\n'),
        parts: children.flatMap(describe).filter(Boolean).join('\n'),
      },
      targetGroups: codesOf(id).TARGET_GROUP,
      sectors: codesOf(id).SECTOR,
      domains: codesOf(id).DOMAIN,
      related: children.map((c) => toGlobalId('Practice', String(c.id))),
    });
  }
  for (const p of practices) {
    const id = toGlobalId('Practice', String(p.id));
    docs.push({
      id,
      municipalityCodes: [String(p.municipality_code)],
      text: {
        name: text(p.name),
        needs: [text(p.short_description), text(p.needs_and_goals)].filter(Boolean).join('\n'),
        solution: text(p.solution),
        results: text(p.results),
      },
      targetGroups: codesOf(id).TARGET_GROUP,
      sectors: codesOf(id).SECTOR,
      domains: codesOf(id).DOMAIN,
      related: p.parent_project_id != null ? [toGlobalId('Project', String(p.parent_project_id))] : [],
    });
  }
  return { docs, placeNames: municipalities.map((m) => String(m.name_fi)) };
}

/**
 * One index per database and data version: built by the first request after a write, then shared.
 * A request never costs more than reading the version and walking the postings of one item.
 */
const built = new WeakMap<object, { version: number; index: Promise<SimilarityIndex> }>();

async function indexFor(em: EntityManager): Promise<SimilarityIndex> {
  const rows = await em.getConnection().execute<Row[]>('select version from data_version where id = 1');
  const version = Number(rows[0]?.version ?? 0);
  const owner = em.getDriver();
  const cached = built.get(owner);
  if (cached && cached.version === version) return cached.index;
  const index = documents(em).then((d) => buildSimilarityIndex(d.docs, d.placeNames));
  built.set(owner, { version, index });
  index.catch(() => built.delete(owner));
  return index;
}

export interface SimilarCommand {
  /** Global id of a project or practice. */
  id: string;
  first: number;
  includeSameMunicipality: boolean;
}

/** The items most like one project or practice, best first. */
export async function similarItems(em: EntityManager, cmd: SimilarCommand): Promise<SimilarMatch[]> {
  const index = await indexFor(em);
  return similarTo(index, cmd.id, { limit: cmd.first, includeSameMunicipality: cmd.includeSameMunicipality });
}
