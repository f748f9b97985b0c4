import type { EntityClass } from '@mikro-orm/core';
import { type CostRecord, type Dataset, loadDataset, type OutcomeRecord } from '@vertailu/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/core/record-id';
import type { VersionedEntity } from '../src/db/base.entity';
import { seedDataset } from '../src/db/seed/seeder';
import { CostItem } from '../src/modules/finance/cost-item.entity';
import { FundingLine } from '../src/modules/finance/funding-line.entity';
import { IndicatorValue } from '../src/modules/indicator/indicator-value.entity';
import { Outcome } from '../src/modules/outcome/outcome.entity';
import { Practice } from '../src/modules/practice/practice.entity';
import { Project } from '../src/modules/project/project.entity';
import { Citation } from '../src/modules/source/citation.entity';
import { createTestApi, DRIVERS, dataOf, EDITOR_KEY, type TestApi } from './harness';

const EDITABLE: EntityClass<VersionedEntity>[] = [Project, Practice, CostItem, FundingLine, Outcome];

interface Row {
  id: number;
  version: number;
  updatedAt: string;
}

/** Every editable record (curated by key, the editors' by id) and every citation, as stored. */
async function snapshot(api: TestApi) {
  const em = api.orm.em.fork();
  const records: Record<string, Row> = {};
  for (const entity of EDITABLE) {
    for (const r of await em.find(entity, {}, { orderBy: { id: 'asc' } })) {
      records[`${entity.name}:${r.key ?? `#${r.id}`}`] = {
        id: r.id,
        version: r.version,
        updatedAt: r.updatedAt,
      };
    }
  }
  const rows = await em.find(Citation, {}, { orderBy: { id: 'asc' } });
  const editable = new Set(EDITABLE.map((e) => e.name));
  // The editable records' citations by row (a reload keeps them); the others by what they cite (the
  // seeder writes the register's and the links' citations anew each time).
  const citations = rows
    .map((c) =>
      [
        editable.has(c.subjectType) ? c.id : '',
        `${c.subjectType}:${c.subjectId}`,
        c.field ?? '-',
        c.start,
        c.end,
      ]
        .join(' ')
        .trim(),
    )
    .sort();
  return { records, citations };
}

describe.each(DRIVERS)('the seeder on %s', (driver) => {
  let api: TestApi;
  let loaded: Dataset;
  beforeAll(async () => {
    api = await createTestApi(driver);
    loaded = loadDataset();
  });
  afterAll(() => api.close());

  it('reloads the same data set without touching a record: ids, versions, times and citations stay', async () => {
    const before = await snapshot(api);
    expect(Object.keys(before.records).filter((k) => k.startsWith('Project:'))).toHaveLength(3);
    expect(Object.keys(before.records).filter((k) => k.startsWith('Practice:'))).toHaveLength(8);
    // Every curated record went through its create use case once: version 1.
    expect(new Set(Object.values(before.records).map((r) => r.version))).toEqual(new Set([1]));
    await seedDataset(api.orm, { force: true });
    expect(await snapshot(api)).toEqual(before);
  });

  it('applies a changed data set through the use cases: the changed record’s version rises, a removed figure goes with its citations, a new outcome comes, an editor’s record stays', async () => {
    const project = loaded.projects.find((p) => p.costs.length > 0 && p.outcomes.length > 0);
    const practice = loaded.practices.find((p) => p.outcomes.length > 0);
    if (!project || !practice) throw new Error('the data set has no project with costs and outcomes');
    const [removedCost] = project.costs as [CostRecord];
    const [copied] = practice.outcomes as [OutcomeRecord];
    const before = await snapshot(api);

    // An editor's own outcome on the curated project (no key): the seeder leaves it alone.
    const record = (key: string, snap = before): Row => snap.records[key] as Row;
    const projectId = record(`Project:${project.key}`).id;
    const editors = dataOf(
      await api.gql<{ createOutcome: { id: string } }>(
        'mutation($i: CreateOutcomeInput!) { createOutcome(input: $i) { id } }',
        {
          i: {
            projectId: toGlobalId('Project', projectId),
            kind: 'OUTPUT',
            domain: copied.domain,
            direction: 'NOT_APPLICABLE',
            evidenceType: 'EXPERIENTIAL',
            summaryEn: 'Added by an editor.',
          },
        },
        EDITOR_KEY,
      ),
    ).createOutcome;

    const changed: Dataset = structuredClone(loaded);
    const changedProject = changed.projects.find(
      (p) => p.key === project.key,
    ) as (typeof changed.projects)[0];
    changedProject.nameEn = `${project.nameEn ?? project.name} (revised)`;
    changedProject.costs = changedProject.costs.filter((c) => c.key !== removedCost.key);
    const changedPractice = changed.practices.find(
      (p) => p.key === practice.key,
    ) as (typeof changed.practices)[0];
    changedPractice.outcomes.push({
      ...structuredClone(copied),
      key: `${copied.key}-again`,
      direction: 'MIXED',
    });
    // A whole practice leaves the data set: it goes with its figures, outcomes, links and citations.
    const gone = changed.practices.find((p) => p.key !== practice.key && p.outcomes.length > 0);
    if (!gone) throw new Error('the data set has no second practice with outcomes');
    changed.practices = changed.practices.filter((p) => p !== gone);
    const goneDetails = [...gone.costs, ...gone.fundings, ...gone.outcomes].length;
    const goneLinks = [gone.sectors, gone.targetGroups, gone.places, gone.people].flat().length;
    expect(await seedDataset(api.orm, { dataset: changed })).toMatch(
      new RegExp(` ${1 + 1 + goneDetails + goneLinks} stale records removed`),
    );

    const after = await snapshot(api);
    const em = api.orm.em.fork();
    const reloaded = await em.findOneOrFail(Project, { key: project.key });
    expect(reloaded.nameEn).toBe(`${project.nameEn ?? project.name} (revised)`);
    expect(record(`Project:${project.key}`, after).version).toBe(
      record(`Project:${project.key}`).version + 1,
    );
    expect(record(`Project:${project.key}`, after).updatedAt).not.toBe(
      record(`Project:${project.key}`).updatedAt,
    );

    const costId = record(`CostItem:${removedCost.key}`).id;
    expect(after.records[`CostItem:${removedCost.key}`]).toBeUndefined();
    expect(after.citations.filter((c) => c.includes(`CostItem:${costId} `))).toEqual([]);
    expect(before.citations.filter((c) => c.includes(`CostItem:${costId} `)).length).toBe(
      removedCost.cite.length,
    );
    // The derived values were recomputed without it.
    const derived = await em.find(IndicatorValue, { provenance: 'DERIVED' });
    expect(derived.length).toBeGreaterThan(0);
    expect(
      derived.filter((v) =>
        v.explanation?.inputs.some((i) => i.recordType === 'CostItem' && i.recordId === costId),
      ),
    ).toEqual([]);

    const added = await em.findOneOrFail(Outcome, { key: `${copied.key}-again` }, { populate: ['domain'] });
    expect(added).toMatchObject({ version: 1, direction: 'MIXED', summaryFi: copied.summaryFi });
    expect(after.citations.filter((c) => c.includes(` Outcome:${added.id} `)).length).toBe(
      copied.cite.length + Object.values(copied.fieldCites ?? {}).flat().length,
    );
    const editorsRow = await em.findOneOrFail(Outcome, { summaryEn: 'Added by an editor.' });
    expect(toGlobalId('Outcome', editorsRow.id)).toBe(editors.id);
    expect(editorsRow.key).toBeNull();
    expect(after.records[`Outcome:#${editorsRow.id}`]).toMatchObject({ version: 1 });

    const goneKeys = [
      `Practice:${gone.key}`,
      ...gone.outcomes.map((o) => `Outcome:${o.key}`),
      ...gone.costs.map((c) => `CostItem:${c.key}`),
      ...gone.fundings.map((f) => `FundingLine:${f.key}`),
    ];
    for (const k of goneKeys) {
      expect(after.records[k], k).toBeUndefined();
      const [type] = k.split(':');
      expect(
        after.citations.filter((c) => c.includes(` ${type}:${record(k).id} `)),
        k,
      ).toEqual([]);
    }
    // No citation is left pointing at a row that is gone, of any type.
    const cited = await em.find(Citation, {}, { fields: ['subjectType', 'subjectId'] });
    for (const type of new Set(cited.map((c) => c.subjectType))) {
      const meta = em.getMetadata().find(type);
      if (!meta) throw new Error(`citations name an unknown type ${type}`);
      const pk = meta.properties[meta.primaryKeys[0] as string]?.fieldNames[0] as string;
      const rows = await em
        .getConnection()
        .execute<Record<string, unknown>[]>(`select ${pk} as pk from ${meta.tableName}`);
      const ids = new Set(rows.map((r: Record<string, unknown>) => String(r.pk)));
      expect(cited.filter((c) => c.subjectType === type && !ids.has(c.subjectId)).length, type).toBe(0);
    }
    expect(await em.count(Practice, { key: gone.key })).toBe(0);

    // Nothing else moved: every other record keeps its version and time.
    for (const [k, r] of Object.entries(before.records)) {
      if (k === `Project:${project.key}` || k === `CostItem:${removedCost.key}` || goneKeys.includes(k))
        continue;
      expect(after.records[k], k).toEqual(r);
    }
  });

  it('refuses a curated record its use case refuses, naming the record and the field, and keeps the database as it was', async () => {
    const before = await snapshot(api);
    const broken: Dataset = structuredClone(loaded);
    const outcome = broken.projects.flatMap((p) => p.outcomes).find((o) => o.value === null);
    if (!outcome) throw new Error('the data set has no outcome without a value');
    outcome.value = 5;
    outcome.unit = null;
    await expect(seedDataset(api.orm, { dataset: broken })).rejects.toThrow(
      `Curated Outcome "${outcome.key}" was refused: input.unit: is required when a value is given.`,
    );
    expect(await snapshot(api)).toEqual(before);
  });

  it('moves a curated outcome and a cost figure whose key now sits under another owner: deleted under the old, created under the new, with their passages', async () => {
    const moved: Dataset = structuredClone(loaded);
    const [from, to] = moved.projects.filter((p) => p.outcomes.length > 0 && p.costs.length > 0) as [
      (typeof moved.projects)[0],
      (typeof moved.projects)[0],
    ];
    const toPractice = moved.practices.find((p) => p.key !== from.key) as (typeof moved.practices)[0];
    if (!from || !to || !toPractice)
      throw new Error('the data set has no two projects with outcomes and costs');
    const outcome = from.outcomes.shift() as OutcomeRecord;
    toPractice.outcomes.push(outcome);
    const cost = from.costs.shift() as CostRecord;
    to.costs.push(cost);
    await seedDataset(api.orm, { dataset: loaded, force: true });
    const before = await snapshot(api);
    await seedDataset(api.orm, { dataset: moved });
    const after = await snapshot(api);

    const em = api.orm.em.fork();
    const outcomeRow = await em.findOneOrFail(
      Outcome,
      { key: outcome.key },
      { populate: ['project', 'practice'] },
    );
    expect(outcomeRow.project).toBeNull();
    expect(outcomeRow.practice?.key).toBe(toPractice.key);
    expect(outcomeRow.summaryEn).toBe(outcome.summaryEn);
    const costRow = await em.findOneOrFail(CostItem, { key: cost.key }, { populate: ['project'] });
    expect(costRow.project?.key).toBe(to.key);
    expect(costRow.amount).toBe(cost.amount);
    for (const [type, key] of [
      ['Outcome', outcome.key],
      ['CostItem', cost.key],
    ] as const) {
      const old = before.records[`${type}:${key}`] as Row;
      const now = after.records[`${type}:${key}`] as Row;
      expect(now.id, key).not.toBe(old.id);
      expect(
        after.citations.filter((c) => c.includes(` ${type}:${old.id} `)),
        key,
      ).toEqual([]);
      // Its passages came along: as many as it had under the old owner.
      expect(after.citations.filter((c) => c.includes(` ${type}:${now.id} `)).length, key).toBe(
        before.citations.filter((c) => c.includes(` ${type}:${old.id} `)).length,
      );
      expect(before.citations.filter((c) => c.includes(` ${type}:${old.id} `)).length, key).toBeGreaterThan(
        0,
      );
    }
    // Nothing else was deleted or created.
    expect(Object.keys(after.records).sort()).toEqual(Object.keys(before.records).sort());
  });
});
