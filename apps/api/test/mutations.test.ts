import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/core/record-id';
import { Project } from '../src/modules/project/project.entity';
import { ProjectMunicipality } from '../src/modules/project/project-municipality.entity';
import { Citation } from '../src/modules/source/citation.entity';
import { TermLink } from '../src/modules/vocabulary/term-link.entity';
import {
  ADMIN_KEY,
  codeOf,
  createTestApi,
  DRIVERS,
  dataOf,
  EDITOR_KEY,
  sourceIdOf,
  type TestApi,
  VIEWER_KEY,
} from './harness';

const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) {
  id version name period { start end precision startYear endYear } municipalities { role municipality { code } }
  sectors { code } citations { quote start end field } } }`;
const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id version name } }`;
const DELETE_PROJECT = `mutation($input: DeleteInput!) { deleteProject(input: $input) }`;
const PROJECT_COUNT = '{ projects(first: 100) { totalCount } }';

describe.each(DRIVERS)('mutations on %s', (driver) => {
  let api: TestApi;
  let sourceId: string;
  let projectCount: number;
  const countProjects = async () =>
    dataOf(await api.gql<{ projects: { totalCount: number } }>(PROJECT_COUNT)).projects.totalCount;

  beforeAll(async () => {
    api = await createTestApi(driver);
    sourceId = await sourceIdOf(api, '001_');
    projectCount = await countProjects();
  });
  afterAll(() => api.close());

  const validProject = () => ({
    name: 'Lapsiperheiden hyvinvointi – ÄÖÅ äöå',
    period: { start: '2024-01-01', end: '2025-06-30', precision: 'DAY' },
    municipalities: [{ code: '020', role: 'IMPLEMENTER' }],
    sectors: ['SOCIAL_WORK'],
    citations: [{ sourceId, quote: '9 956 euroa', field: 'amount' }],
  });

  it('refuses anonymous callers with UNAUTHENTICATED and viewers with FORBIDDEN, writing nothing', async () => {
    expect(codeOf(await api.gql(CREATE_PROJECT, { input: validProject() }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(CREATE_PROJECT, { input: validProject() }, VIEWER_KEY))).toBe('FORBIDDEN');
    expect(await countProjects()).toBe(projectCount);
  });

  it.each([
    [
      'dates out of order',
      { period: { start: '2025-01-01', end: '2024-01-01', precision: 'DAY' } },
      'input.period',
    ],
    ['an impossible date', { period: { start: '2024-02-30', precision: 'DAY' } }, 'input.period.start'],
    [
      'an unknown municipality',
      { municipalities: [{ code: '999', role: 'PARTNER' }] },
      'input.municipalities[0].code',
    ],
    ['an unknown sector', { sectors: ['NOT_A_SECTOR'] }, 'input.sectors[0]'],
    ['an empty name', { name: '  ' }, 'input.name'],
    [
      'a quote that is not in the source',
      { citations: [{ sourceId: 'bogus', quote: 'x' }] },
      'input.citations[0].sourceId',
    ],
  ])('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, patch, field) => {
    const result = await api.gql(CREATE_PROJECT, { input: { ...validProject(), ...patch } }, EDITOR_KEY);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(result.errors?.[0]?.message).toContain(field);
    expect(await countProjects()).toBe(projectCount);
  });

  it('creates, updates with a version check, and deletes a project', async () => {
    const created = dataOf(
      await api.gql<{ createProject: Record<string, unknown> & { id: string } }>(
        CREATE_PROJECT,
        { input: validProject() },
        EDITOR_KEY,
      ),
    ).createProject;
    expect(created).toMatchObject({
      version: 1,
      name: 'Lapsiperheiden hyvinvointi – ÄÖÅ äöå',
      period: { start: '2024-01-01', end: '2025-06-30', precision: 'DAY', startYear: 2024, endYear: 2025 },
      municipalities: [{ role: 'IMPLEMENTER', municipality: { code: '020' } }],
      sectors: [{ code: 'SOCIAL_WORK' }],
    });
    const citation = (created.citations as { quote: string; start: number; end: number }[])[0];
    expect(citation?.quote).toBe('9 956 euroa');
    expect(citation && citation.end - citation.start).toBe('9 956 euroa'.length);
    expect(await countProjects()).toBe(projectCount + 1);

    // Finnish search finds it, case- and accent-insensitively.
    for (const search of ['äöå', 'ÄÖÅ', 'aoa', 'LAPSIPERHEIDEN']) {
      const found = dataOf(
        await api.gql<{ projects: { edges: { node: { id: string } }[] } }>(
          'query($s: String) { projects(filter: { search: $s }) { edges { node { id } } } }',
          { s: search },
        ),
      );
      expect(found.projects.edges.map((e) => e.node.id)).toContain(created.id);
    }

    const updated = dataOf(
      await api.gql<{ updateProject: { version: number; name: string } }>(
        UPDATE_PROJECT,
        { input: { id: created.id, version: 1, name: 'Uusi nimi' } },
        EDITOR_KEY,
      ),
    );
    expect(updated.updateProject).toMatchObject({ version: 2, name: 'Uusi nimi' });

    // A second editor who read version 1 must not silently overwrite.
    const stale = await api.gql(
      UPDATE_PROJECT,
      { input: { id: created.id, version: 1, name: 'Vanha muokkaus' } },
      EDITOR_KEY,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const current = dataOf(
      await api.gql<{ project: { name: string; version: number } }>(
        'query($id: ID!) { project(id: $id) { name version } }',
        { id: created.id },
      ),
    );
    expect(current.project).toEqual({ name: 'Uusi nimi', version: 2 });

    expect(codeOf(await api.gql(DELETE_PROJECT, { input: { id: created.id, version: 1 } }, EDITOR_KEY))).toBe(
      'CONFLICT',
    );
    expect(
      dataOf(await api.gql(DELETE_PROJECT, { input: { id: created.id, version: 2 } }, EDITOR_KEY)),
    ).toEqual({ deleteProject: created.id });
    expect(await countProjects()).toBe(projectCount);
    expect(codeOf(await api.gql(DELETE_PROJECT, { input: { id: created.id, version: 2 } }, EDITOR_KEY))).toBe(
      'NOT_FOUND',
    );
  });

  it('catches concurrent edits of the same version: exactly one wins', async () => {
    const created = dataOf(
      await api.gql<{ createProject: { id: string } }>(CREATE_PROJECT, { input: validProject() }, EDITOR_KEY),
    ).createProject;
    const results = await Promise.all(
      ['A', 'B', 'C'].map((n) =>
        api.gql(UPDATE_PROJECT, { input: { id: created.id, version: 1, name: `Editor ${n}` } }, EDITOR_KEY),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
    await api.gql(DELETE_PROJECT, { input: { id: created.id, version: 2 } }, EDITOR_KEY);
  });

  it('adds, edits and removes funding lines and outcomes with validation', async () => {
    const project = dataOf(
      await api.gql<{ createProject: { id: string } }>(CREATE_PROJECT, { input: validProject() }, EDITOR_KEY),
    ).createProject;
    const orgs = dataOf(
      await api.gql<{ organisations: { edges: { node: { id: string; abbreviation: string | null } }[] } }>(
        '{ organisations(first: 100) { edges { node { id abbreviation } } } }',
      ),
    );
    const tsr = orgs.organisations.edges.find((e) => e.node.abbreviation === 'TSR')?.node.id;

    const negative = await api.gql(
      'mutation($i: CreateFundingLineInput!) { createFundingLine(input: $i) { id } }',
      { i: { projectId: project.id, kind: 'EXTERNAL_GRANT', amount: -5, funderId: tsr } },
      EDITOR_KEY,
    );
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.extensions?.field).toBe('input.amount');
    const noSeparate = await api.gql(
      'mutation($i: CreateFundingLineInput!) { createFundingLine(input: $i) { id } }',
      { i: { projectId: project.id, kind: 'NO_SEPARATE_FUNDING', amount: 100 } },
      EDITOR_KEY,
    );
    expect(codeOf(noSeparate)).toBe('BAD_USER_INPUT');

    const line = dataOf(
      await api.gql<{
        createFundingLine: {
          id: string;
          version: number;
          amount: number;
          decisionDate: string;
          funder: { abbreviation: string };
        };
      }>(
        'mutation($i: CreateFundingLineInput!) { createFundingLine(input: $i) { id version amount decisionDate funder { abbreviation } } }',
        {
          i: {
            projectId: project.id,
            kind: 'EXTERNAL_GRANT',
            amount: 1234.5,
            funderId: tsr,
            decisionDate: '2024-03-01',
          },
        },
        EDITOR_KEY,
      ),
    ).createFundingLine;
    expect(line).toMatchObject({
      version: 1,
      amount: 1234.5,
      decisionDate: '2024-03-01',
      funder: { abbreviation: 'TSR' },
    });
    const unknownAmount = dataOf(
      await api.gql<{ updateFundingLine: { amount: number | null; version: number } }>(
        'mutation($i: UpdateFundingLineInput!) { updateFundingLine(input: $i) { amount version } }',
        { i: { id: line.id, version: 1, amount: null } },
        EDITOR_KEY,
      ),
    );
    expect(unknownAmount.updateFundingLine).toEqual({ amount: null, version: 2 });

    const outcome = dataOf(
      await api.gql<{ createOutcome: { id: string; evidenceLevel: number; domain: { code: string } } }>(
        'mutation($i: CreateOutcomeInput!) { createOutcome(input: $i) { id evidenceLevel domain { code } } }',
        {
          i: {
            projectId: project.id,
            kind: 'RESULT',
            domain: 'STAFF_WELLBEING',
            direction: 'WORSENED',
            evidenceType: 'SURVEY',
            summaryEn: 'Worse.',
            value: 12,
            unit: '%',
          },
        },
        EDITOR_KEY,
      ),
    ).createOutcome;
    expect(outcome).toMatchObject({ evidenceLevel: 2, domain: { code: 'STAFF_WELLBEING' } });
    // The Finnish pages show the Finnish claim: editors write it, byte for byte, and the report's date.
    const finnish = 'Työhyvinvointi heikkeni: 12 % – ”kuormitus kasvoi” (ÄÖÅ äöå)';
    const reported = dataOf(
      await api.gql<{ createOutcome: { id: string; summaryFi: string; reportedAt: string } }>(
        'mutation($i: CreateOutcomeInput!) { createOutcome(input: $i) { id summaryFi reportedAt } }',
        {
          i: {
            projectId: project.id,
            kind: 'RESULT',
            domain: 'STAFF_WELLBEING',
            direction: 'WORSENED',
            evidenceType: 'EXPERIENTIAL',
            summaryEn: 'Worse, as reported.',
            summaryFi: 'Heikkeni.',
            reportedAt: '2016-05-31',
          },
        },
        EDITOR_KEY,
      ),
    ).createOutcome;
    expect(reported).toMatchObject({ summaryFi: 'Heikkeni.', reportedAt: '2016-05-31' });
    const withFinnish = dataOf(
      await api.gql<{ updateOutcome: { summaryFi: string; reportedAt: string | null; version: number } }>(
        'mutation($i: UpdateOutcomeInput!) { updateOutcome(input: $i) { summaryFi reportedAt version } }',
        { i: { id: reported.id, version: 1, summaryFi: finnish, reportedAt: null } },
        EDITOR_KEY,
      ),
    ).updateOutcome;
    expect(withFinnish).toEqual({ summaryFi: finnish, reportedAt: null, version: 2 });
    const badReported = await api.gql(
      'mutation($i: UpdateOutcomeInput!) { updateOutcome(input: $i) { id } }',
      { i: { id: reported.id, version: 2, reportedAt: '2016-02-30' } },
      EDITOR_KEY,
    );
    expect(badReported.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reportedAt',
    });
    const badDomain = await api.gql(
      'mutation($i: CreateOutcomeInput!) { createOutcome(input: $i) { id } }',
      {
        i: {
          projectId: project.id,
          kind: 'RESULT',
          domain: 'NOPE',
          direction: 'IMPROVED',
          evidenceType: 'SURVEY',
          summaryEn: 'x',
        },
      },
      EDITOR_KEY,
    );
    expect(badDomain.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.domain',
    });
    const bothOwners = await api.gql(
      'mutation($i: CreateOutcomeInput!) { createOutcome(input: $i) { id } }',
      {
        i: {
          kind: 'RESULT',
          domain: 'STAFF_WELLBEING',
          direction: 'IMPROVED',
          evidenceType: 'SURVEY',
          summaryEn: 'x',
        },
      },
      EDITOR_KEY,
    );
    expect(bothOwners.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.projectId',
    });

    expect(
      dataOf(
        await api.gql(
          'mutation($i: DeleteInput!) { deleteOutcome(input: $i) }',
          { i: { id: outcome.id, version: 1 } },
          EDITOR_KEY,
        ),
      ),
    ).toEqual({ deleteOutcome: outcome.id });
    expect(
      dataOf(
        await api.gql(
          'mutation($i: DeleteInput!) { deleteFundingLine(input: $i) }',
          { i: { id: line.id, version: 2 } },
          EDITOR_KEY,
        ),
      ),
    ).toEqual({ deleteFundingLine: line.id });
    // Deleting the project takes its remaining details with it.
    dataOf(await api.gql(DELETE_PROJECT, { input: { id: project.id, version: 1 } }, EDITOR_KEY));
    expect(await countProjects()).toBe(projectCount);
  });

  it('corrects a cost figure with a version check and validation at the field; unknown stays null', async () => {
    const UPDATE_COST = `mutation($i: UpdateCostItemInput!) { updateCostItem(input: $i) {
      id version kind basis amount municipality { code } citations { quote } } }`;
    type Cost = {
      id: string;
      version: number;
      kind: string;
      basis: string;
      amount: number | null;
      municipality: { code: string } | null;
      citations: { quote: string }[];
    };
    const projects = dataOf(
      await api.gql<{ projects: { edges: { node: { costs: Cost[] } }[] } }>(
        '{ projects(first: 50) { edges { node { costs { id version kind basis amount municipality { code } citations { quote } } } } } }',
      ),
    ).projects.edges.flatMap((e) => e.node.costs);
    const cost = projects.find((c) => c.amount !== null && c.citations.length > 0) as Cost;
    expect(cost).toBeDefined();
    const update = (i: object, key: string | null = EDITOR_KEY) =>
      api.gql<{ updateCostItem: Cost }>(UPDATE_COST, { i: { id: cost.id, ...i } }, key ?? undefined);

    expect(codeOf(await update({ version: cost.version, amount: 1 }, null))).toBe('UNAUTHENTICATED');
    const refusals: [object, string][] = [
      [{ amount: -5 }, 'input.amount'],
      [{ amount: 1.005 }, 'input.amount'],
      [{ municipalityCode: '999' }, 'input.municipalityCode'],
      [{ kind: null }, 'input.kind'],
      [{ basis: null }, 'input.basis'],
    ];
    for (const [change, field] of refusals)
      expect(
        (await update({ version: cost.version, ...change })).errors?.[0]?.extensions,
        field,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });

    const corrected = dataOf(
      await update({ version: cost.version, amount: 12345.67, basis: 'REALISED' }),
    ).updateCostItem;
    // Only what was sent changed; the citations stay.
    expect(corrected).toEqual({
      ...cost,
      version: cost.version + 1,
      amount: 12345.67,
      basis: 'REALISED',
    });
    expect(codeOf(await update({ version: cost.version, amount: 1 }))).toBe('CONFLICT');
    const unknown = dataOf(await update({ version: corrected.version, amount: null })).updateCostItem;
    expect(unknown.amount).toBeNull();
    const audit = dataOf(
      await api.gql<{ auditLog: { edges: { node: { action: string; actor: string } }[] } }>(
        'query($id: String!) { auditLog(recordId: $id) { edges { node { action actor } } } }',
        { id: cost.id },
        ADMIN_KEY,
      ),
    ).auditLog.edges;
    expect(audit.map((e) => e.node)).toEqual([
      { action: 'UPDATE', actor: 'test-editor' },
      { action: 'UPDATE', actor: 'test-editor' },
    ]);
    // Back as it was, for the other tests of this data set.
    const restored = dataOf(
      await update({ version: unknown.version, amount: cost.amount, basis: cost.basis }),
    ).updateCostItem;
    expect(restored).toEqual({ ...cost, version: cost.version + 3 });
  });

  it('creates a project and a practice without touching any other record’s links', async () => {
    // A record being created has no id while its links are written: a query "links of this owner" with
    // no id would read (and replace) every other owner's links.
    const links = async () =>
      (await api.orm.em.fork().find(TermLink, {}, { orderBy: { id: 'asc' } })).map((l) => l.id);
    const before = await links();
    const project = dataOf(
      await api.gql<{ createProject: { id: string; sectors: { code: string }[] } }>(
        CREATE_PROJECT,
        { input: { ...validProject(), citations: [], targetGroups: ['PARENTS'] } },
        EDITOR_KEY,
      ),
    ).createProject;
    const practice = dataOf(
      await api.gql<{ createPractice: { id: string } }>(
        'mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id } }',
        { i: { name: 'Perhetyön malli', municipalityCode: '020', sectors: ['FAMILY_WORK'] } },
        EDITOR_KEY,
      ),
    ).createPractice;
    const after = await links();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 3);
    expect(project.sectors).toEqual([{ code: 'SOCIAL_WORK' }]);
    for (const [type, id] of [
      ['Project', project.id],
      ['Practice', practice.id],
    ] as const) {
      const mutation = `mutation($i: DeleteInput!) { delete${type}(input: $i) }`;
      dataOf(await api.gql(mutation, { i: { id, version: 1 } }, EDITOR_KEY));
    }
    expect(await links()).toEqual(before);
  });

  it('keeps the links an edit of a curated project leaves as they were, with their keys and passages, and drops the others with theirs', async () => {
    const em = api.orm.em.fork();
    const project = await em.findOneOrFail(Project, { key: 'onnistunut-tyo' });
    const linksOf = async () => {
      const f = api.orm.em.fork();
      const municipalities = await f.find(
        ProjectMunicipality,
        { project: project.id },
        { orderBy: { id: 'asc' } },
      );
      const sectors = await f.find(
        TermLink,
        { project: project.id, term: { vocabulary: 'SECTOR' } },
        { populate: ['term'], orderBy: { id: 'asc' } },
      );
      const cited = async (type: string, ids: number[]) =>
        f.count(Citation, { subjectType: type, subjectId: { $in: ids.map(String) } });
      return {
        municipalities: municipalities.map((l) => ({
          id: l.id,
          key: l.key,
          code: l.municipality.code,
          role: l.role,
        })),
        sectors: sectors.map((l) => ({ id: l.id, key: l.key, code: l.term.code })),
        citedMunicipalities: await cited(
          'ProjectMunicipality',
          municipalities.map((l) => l.id),
        ),
        citedSectors: await cited(
          'TermLink',
          sectors.map((l) => l.id),
        ),
        ids: [...municipalities, ...sectors].map((l) => l.id),
      };
    };
    const before = await linksOf();
    expect(before.municipalities.map((l) => `${l.code}:${l.role}`)).toEqual([
      '020:APPLICANT',
      '020:IMPLEMENTER',
    ]);
    expect(before.sectors.map((l) => l.code)).toEqual(['CHILD_WELFARE', 'FAMILY_WORK', 'SOCIAL_WORK']);
    expect([before.citedMunicipalities, before.citedSectors]).toEqual([2, 3]);
    const allCitations = await em.count(Citation, {});

    dataOf(
      await api.gql(
        UPDATE_PROJECT,
        {
          input: {
            id: toGlobalId('Project', project.id),
            version: project.version,
            municipalities: [
              { code: '020', role: 'IMPLEMENTER' },
              { code: '211', role: 'PARTNER' },
            ],
            sectors: ['FAMILY_WORK', 'SCHOOL'],
          },
        },
        EDITOR_KEY,
      ),
    );
    const after = await linksOf();
    const kept = (list: { id: number; key: string | null; code: string }[], code: string) =>
      list.find((l) => l.code === code);
    // The staying links: the same rows, keys and passages.
    expect(after.municipalities[0]).toEqual(before.municipalities[1]);
    expect(kept(after.sectors, 'FAMILY_WORK')).toEqual(kept(before.sectors, 'FAMILY_WORK'));
    // The new ones: no key, no passage; the dropped ones gone with theirs.
    expect(after.municipalities.slice(1).map((l) => [l.code, l.role, l.key])).toEqual([
      ['211', 'PARTNER', null],
    ]);
    expect(kept(after.sectors, 'SCHOOL')?.key).toBeNull();
    expect(after.sectors.map((l) => l.code).sort()).toEqual(['FAMILY_WORK', 'SCHOOL']);
    expect([after.citedMunicipalities, after.citedSectors]).toEqual([1, 1]);
    expect(await api.orm.em.fork().count(Citation, {})).toBe(allCitations - 3);
    const droppedIds = before.ids.filter((id) => !after.ids.includes(id));
    expect(droppedIds).toHaveLength(3);
  });

  it('creates and updates a practice, refusing modified-before-created', async () => {
    const input = {
      name: 'Testimalli',
      municipalityCode: '211',
      phase: 'PILOT',
      createdDate: '2024-01-02',
      modifiedDate: '2024-01-01',
    };
    const bad = await api.gql(
      'mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id } }',
      { i: input },
      EDITOR_KEY,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.modifiedDate',
    });
    const created = dataOf(
      await api.gql<{ createPractice: { id: string; version: number; municipality: { nameFi: string } } }>(
        'mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id version municipality { nameFi } } }',
        { i: { ...input, modifiedDate: '2024-02-01' } },
        EDITOR_KEY,
      ),
    ).createPractice;
    expect(created.municipality.nameFi).toBe('Kangasala');
    const updated = dataOf(
      await api.gql<{ updatePractice: { phase: string; version: number } }>(
        'mutation($i: UpdatePracticeInput!) { updatePractice(input: $i) { phase version } }',
        { i: { id: created.id, version: 1, phase: 'ESTABLISHED' } },
        EDITOR_KEY,
      ),
    );
    expect(updated.updatePractice).toEqual({ phase: 'ESTABLISHED', version: 2 });
    dataOf(
      await api.gql(
        'mutation($i: DeleteInput!) { deletePractice(input: $i) }',
        { i: { id: created.id, version: 2 } },
        EDITOR_KEY,
      ),
    );
  });
});
