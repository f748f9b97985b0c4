import type { EntityManager } from '@mikro-orm/knex';
import {
  costRoles,
  type ExplanationInput as DerivedInput,
  exactEuros,
  type CostFigure as Figure,
  municipalityCostSums,
  type OwnerCostRoles,
  type OwnerFinance,
  type RatioFigure,
} from '@vertailu/indicators';
import { findPlain } from '../../db/plain';
import { readFinance } from '../finance/finance-read.service';
import { Municipality } from '../municipality/municipality.entity';
import { toExplanationInput } from './comparison.service';
import type { ExplanationInput } from './comparison.types';
import type { CostFigure, CostPercent, ItemCostRoles, MunicipalityCostRoles } from './cost-roles.types';

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

/** One owner's figures for one municipality in their GraphQL form (the record is resolved when asked). */
function toItem({ owner, roles }: OwnerCostRoles, municipality: Municipality): ItemCostRoles {
  const years = { fromYear: roles.fromYear, toYear: roles.toYear };
  return {
    municipality,
    gross: toFigure(roles.gross, years),
    externalFunding: toFigure(roles.externalFunding, years),
    netOwnCost: toFigure(roles.netOwnCost, years),
    wholeBudget: roles.wholeBudget && toFigure(roles.wholeBudget, years),
    restOfWhole: roles.restOfWhole && toFigure(roles.restOfWhole, years),
    externalShareOfWhole: roles.externalShareOfWhole && toPercent(roles.externalShareOfWhole),
    projectId: owner.ownerType === 'Project' ? owner.ownerId : null,
    practiceId: owner.ownerType === 'Practice' ? owner.ownerId : null,
  };
}

/** Cost roles of projects or practices, one entry per owner and municipality taking part. */
export async function itemCostRoles(
  em: EntityManager,
  type: 'Project' | 'Practice',
  ids: readonly number[],
): Promise<Map<number, ItemCostRoles[]>> {
  const finance = await readFinance(em, { type, ids });
  const owners = type === 'Project' ? finance.projects : finance.practices;
  const codes = [...new Set(owners.flatMap((f) => f.municipalityCodes))];
  const byCode = new Map(
    (await findPlain(em, Municipality, { code: { $in: codes } })).map((m) => [m.code, m]),
  );
  return new Map(
    owners.map((owner) => [
      owner.ownerId,
      owner.municipalityCodes
        .filter((c) => byCode.has(c))
        .map((c) => toItem({ owner, roles: costRoles(owner, c) }, byCode.get(c) as Municipality)),
    ]),
  );
}

/**
 * Per municipality: gross, external funding and net own cost summed over its projects and
 * practices (in cents), with every item. A municipality with none gets NOT_APPLICABLE sums.
 * Reads exactly these municipalities' finance as plain rows (one level of statements); the maths
 * is `municipalityCostSums` of packages/indicators.
 */
export async function municipalityCostRoles(
  em: EntityManager,
  codes: readonly string[],
): Promise<MunicipalityCostRoles[]> {
  const [municipalities, finance] = await Promise.all([
    findPlain(em, Municipality, { code: { $in: [...codes] } }),
    readFinance(em, { municipalities: codes }),
  ]);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  // Each municipality's owners, projects (by name) before practices (by name), indexed once.
  const ownersOf = new Map<string, OwnerFinance[]>();
  for (const owner of [...finance.projects, ...finance.practices])
    for (const code of owner.municipalityCodes) {
      const list = ownersOf.get(code);
      if (list) list.push(owner);
      else ownersOf.set(code, [owner]);
    }
  return codes
    .filter((c) => byCode.has(c))
    .map((code) => {
      const municipality = byCode.get(code) as Municipality;
      const sums = municipalityCostSums(ownersOf.get(code) ?? [], code);
      const span = { fromYear: sums.fromYear, toYear: sums.toYear };
      let items: ItemCostRoles[] | null = null;
      return {
        municipality,
        gross: toFigure(sums.gross, span),
        externalFunding: toFigure(sums.externalFunding, span),
        netOwnCost: toFigure(sums.netOwnCost, span),
        itemCount: sums.items.length,
        // Told item by item only when asked: the list pages ask for the sums of thousands of items.
        get items() {
          items ??= sums.items.map((item) => toItem(item, municipality));
          return items;
        },
      };
    });
}
