import type { EntityManager } from '@mikro-orm/knex';
import type { CostRole } from '@vertailu/data';
import {
  costRoles,
  type ExplanationInput as DerivedInput,
  exactEuros,
  type CostFigure as Figure,
  type OwnerFinance,
  type RatioFigure,
  sumFigures,
} from '@vertailu/indicators';
import { Municipality } from '../municipality/municipality.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { toExplanationInput } from './comparison.service';
import type { ExplanationInput } from './comparison.types';
import type { CostFigure, CostPercent, ItemCostRoles, MunicipalityCostRoles } from './cost-roles.types';
import { loadFinance } from './derived-values.service';

/** Each input record once, in order. */
const inputsOf = (list: DerivedInput[]): ExplanationInput[] => {
  const seen = new Map<string, ExplanationInput>();
  for (const i of list.map(toExplanationInput))
    seen.set(i.recordId ?? i.label, seen.get(i.recordId ?? i.label) ?? i);
  return [...seen.values()];
};

function toFigure(f: Figure, years: { fromYear: number | null; toYear: number | null }): CostFigure {
  return {
    role: f.role,
    amount: f.cents === null ? null : f.cents / 100,
    exact: f.cents === null ? null : exactEuros(f.cents),
    missingReason: f.missingReason,
    basis: f.basis,
    derived: f.derived,
    formula: f.formula,
    formulaFi: f.formulaFi,
    knownZero: f.knownZero,
    note: f.note,
    noteFi: f.noteFi,
    fromYear: years.fromYear,
    toYear: years.toYear,
    inputs: inputsOf(f.inputs),
  };
}

const toPercent = (r: RatioFigure): CostPercent => ({
  role: r.role,
  percent: r.percent,
  missingReason: r.missingReason,
  basis: r.basis,
  derived: true,
  formula: r.formula,
  formulaFi: r.formulaFi,
  inputs: inputsOf(r.inputs),
});

/** The pure figures of one owner for one municipality, and their GraphQL form. */
function itemRoles(
  owner: OwnerFinance,
  municipality: Municipality,
  record: { project: Project | null; practice: Practice | null },
): { pure: ReturnType<typeof costRoles>; item: ItemCostRoles } {
  const pure = costRoles(owner, municipality.code);
  const years = { fromYear: pure.fromYear, toYear: pure.toYear };
  return {
    pure,
    item: {
      municipality,
      gross: toFigure(pure.gross, years),
      externalFunding: toFigure(pure.externalFunding, years),
      netOwnCost: toFigure(pure.netOwnCost, years),
      wholeBudget: pure.wholeBudget && toFigure(pure.wholeBudget, years),
      restOfWhole: pure.restOfWhole && toFigure(pure.restOfWhole, years),
      externalShareOfWhole: pure.externalShareOfWhole && toPercent(pure.externalShareOfWhole),
      ...record,
    },
  };
}

/** Cost roles of projects or practices, one entry per owner and municipality taking part. */
export async function itemCostRoles(
  em: EntityManager,
  type: 'Project' | 'Practice',
  ids: readonly number[],
): Promise<Map<number, ItemCostRoles[]>> {
  const records: (Project | Practice)[] =
    type === 'Project'
      ? await em.find(Project, { id: { $in: [...ids] } })
      : await em.find(Practice, { id: { $in: [...ids] } });
  const finances = await loadFinance(em, { type, ids: [...ids] }, records);
  const codes = [...new Set(finances.flatMap((f) => f.municipalityCodes))];
  const municipalities = await em.find(Municipality, { code: { $in: codes } });
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const recordById = new Map<number, Project | Practice>(records.map((r) => [r.id, r]));
  const out = new Map<number, ItemCostRoles[]>();
  for (const f of finances) {
    const record = recordById.get(f.ownerId);
    const link = {
      project: type === 'Project' ? ((record as Project) ?? null) : null,
      practice: type === 'Practice' ? ((record as Practice) ?? null) : null,
    };
    out.set(
      f.ownerId,
      f.municipalityCodes
        .filter((c) => byCode.has(c))
        .map((c) => itemRoles(f, byCode.get(c) as Municipality, link).item),
    );
  }
  return out;
}

const SUMMED: [CostRole, 'gross' | 'externalFunding' | 'netOwnCost'][] = [
  ['GROSS_COST', 'gross'],
  ['EXTERNAL_FUNDING', 'externalFunding'],
  ['NET_OWN_COST', 'netOwnCost'],
];

/**
 * Per municipality: gross, external funding and net own cost summed over its projects and
 * practices (in cents), with every item. A municipality with none gets NOT_APPLICABLE sums.
 */
export async function municipalityCostRoles(
  em: EntityManager,
  codes: readonly string[],
): Promise<MunicipalityCostRoles[]> {
  const [municipalities, links, practices] = await Promise.all([
    em.find(Municipality, { code: { $in: [...codes] } }),
    em.find(ProjectMunicipality, { municipality: { $in: [...codes] } }),
    em.find(Practice, { municipality: { $in: [...codes] } }, { orderBy: { name: 'asc' } }),
  ]);
  const projectIds = [...new Set(links.map((l) => l.project.id))];
  // Each record read once: the items' names and the finance come from the same rows.
  const projects = await em.find(Project, { id: { $in: projectIds } }, { orderBy: { name: 'asc' } });
  const [projectFinance, practiceFinance] = await Promise.all([
    loadFinance(em, { type: 'Project', ids: projectIds }, projects),
    loadFinance(em, { type: 'Practice', ids: practices.map((p) => p.id) }, practices),
  ]);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const practiceById = new Map(practices.map((p) => [p.id, p]));
  return codes
    .filter((c) => byCode.has(c))
    .map((code) => {
      const municipality = byCode.get(code) as Municipality;
      const owners = [
        ...projectFinance
          .filter((f) => f.municipalityCodes.includes(code))
          .map((f) => ({ f, record: { project: projectById.get(f.ownerId) ?? null, practice: null } })),
        ...practiceFinance
          .filter((f) => f.municipalityCodes.includes(code))
          .map((f) => ({ f, record: { project: null, practice: practiceById.get(f.ownerId) ?? null } })),
      ];
      const computed = owners.map(({ f, record }) => itemRoles(f, municipality, record));
      const years = {
        fromYear: Math.min(...computed.map((c) => c.pure.fromYear ?? Number.POSITIVE_INFINITY)),
        toYear: Math.max(...computed.map((c) => c.pure.toYear ?? Number.NEGATIVE_INFINITY)),
      };
      const span = {
        fromYear: Number.isFinite(years.fromYear) ? years.fromYear : null,
        toYear: Number.isFinite(years.toYear) ? years.toYear : null,
      };
      const sums = Object.fromEntries(
        SUMMED.map(([role, key]) => {
          const sum = sumFigures(
            role,
            computed.map((c) => c.pure[key]),
          );
          return [key, toFigure(sum, span)];
        }),
      ) as Record<(typeof SUMMED)[number][1], CostFigure>;
      return {
        municipality,
        ...sums,
        itemCount: computed.length,
        items: computed.map((c) => c.item),
      };
    });
}
