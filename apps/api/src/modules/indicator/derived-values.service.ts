import type { EntityManager } from '@mikro-orm/knex';
import { deriveOwnerValues, type OwnerFinance } from '@vertailu/indicators';
import { pkOf } from '../../graphql/loaders';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { IndicatorValue } from './indicator-value.entity';

type Owner = { type: 'Project'; ids: number[] | null } | { type: 'Practice'; ids: number[] | null };

/**
 * Loads the finance of projects or practices (all, or the given ids) in a fixed number of statements.
 * A caller that has the records already passes them (`records`): they are not read twice.
 */
export async function loadFinance(
  em: EntityManager,
  owner: Owner,
  loaded?: readonly (Project | Practice)[],
): Promise<OwnerFinance[]> {
  const field = owner.type === 'Project' ? 'project' : 'practice';
  const where = owner.ids ? { id: { $in: owner.ids } } : {};
  const records: readonly (Project | Practice)[] =
    loaded ?? (await em.find(owner.type === 'Project' ? Project : Practice, where as never));
  if (!records.length) return [];
  const ids = records.map((r) => r.id);
  const [costs, fundings, links] = await Promise.all([
    em.find(CostItem, { [field]: { $in: ids } } as never),
    em.find(FundingLine, { [field]: { $in: ids } } as never),
    owner.type === 'Project' ? em.find(ProjectMunicipality, { project: { $in: ids } }) : Promise.resolve([]),
  ]);
  const funderIds = [
    ...new Set(fundings.map((f) => pkOf(f.funder)).filter((x): x is number => typeof x === 'number')),
  ];
  const funders = new Map((await em.find(Organisation, { id: { $in: funderIds } })).map((o) => [o.id, o]));
  // Grouped by owner once: a national page's thousands of records would otherwise scan every line each.
  const byOwner = <T>(rows: T[], ownerOf: (row: T) => unknown) => {
    const groups = new Map<unknown, T[]>();
    for (const row of rows) {
      const key = ownerOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return (id: number) => groups.get(id) ?? [];
  };
  const costsOf = byOwner(costs, (c) => pkOf(c[field]));
  const fundingsOf = byOwner(fundings, (f) => pkOf(f[field]));
  const linksOf = byOwner(links, (l) => pkOf(l.project));
  return records.map((r) => ({
    ownerType: owner.type,
    ownerId: r.id,
    name: r.name,
    municipalityCodes:
      r instanceof Practice
        ? [pkOf(r.municipality) as string]
        : [...new Set(linksOf(r.id).map((l) => pkOf(l.municipality) as string))],
    start: r.startDate,
    end: r.endDate,
    costs: costsOf(r.id).map((c) => ({
      id: c.id,
      kind: c.kind,
      basis: c.basis,
      amount: c.amount,
      municipalityCode: pkOf(c.municipality) as string | null,
    })),
    fundings: fundingsOf(r.id).map((f) => {
      const funder = funders.get(pkOf(f.funder) as number);
      return {
        id: f.id,
        kind: f.kind,
        amount: f.amount,
        funderKind: funder?.kind ?? null,
        funderName: funder ? (funder.abbreviation ?? funder.nameFi) : null,
        recipientCode: pkOf(f.recipient) as string | null,
        basis: f.basis,
      };
    }),
  }));
}

/**
 * Recomputes the derived cost values of the given projects or practices (or all of them): their
 * old rows go, new ones are written in bulk. Call inside the transaction that changed the records.
 */
export async function recomputeDerivedValues(em: EntityManager, owner: Owner): Promise<number> {
  const series = owner.ids ? owner.ids.map((id) => `${owner.type}:${id}`) : null;
  await em.nativeDelete(IndicatorValue, {
    provenance: 'DERIVED',
    ...(series ? { series: { $in: series } } : { series: { $like: `${owner.type}:%` } }),
  });
  const finances = await loadFinance(em, owner);
  const rows = finances.flatMap((f) =>
    deriveOwnerValues(f).map((v) => ({
      indicator: v.indicator,
      municipality: v.municipalityCode,
      year: v.year,
      gender: 'total',
      series: `${f.ownerType}:${f.ownerId}`,
      value: v.value,
      cents: v.cents,
      missingReason: v.missingReason,
      provenance: 'DERIVED' as const,
      explanation: v.explanation,
    })),
  );
  if (rows.length) await em.insertMany(IndicatorValue, rows as never);
  return rows.length;
}

export async function recomputeAllDerivedValues(em: EntityManager): Promise<number> {
  return (
    (await recomputeDerivedValues(em, { type: 'Project', ids: null })) +
    (await recomputeDerivedValues(em, { type: 'Practice', ids: null }))
  );
}
