import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_KEY,
  codeOf,
  createTestApi,
  DRIVERS,
  dataOf,
  EDITOR_KEY,
  fieldOf,
  sourceIdOf,
  type TestApi,
} from './harness';

/**
 * Correcting a record's citations in the browser: the editor's page sends the record's citations
 * back with the offsets it read (`CitationInput.start`), so an unchanged citation stays on its own
 * occurrence of a repeated quote; replaced citations are audited.
 */
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) {
  id version citations { quote start end note field source { id } } } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) {
  id version citations { quote start end note field } } }`;

interface Cited {
  quote: string;
  start: number;
  end: number;
  note: string | null;
  field: string | null;
}

describe.each(DRIVERS)('citation edits on %s', (driver) => {
  let api: TestApi;
  let sourceId: string;

  beforeAll(async () => {
    api = await createTestApi(driver);
    sourceId = await sourceIdOf(api, '001_');
  });
  afterAll(() => api.close());

  it('keeps a citation on its occurrence by its offset, checks the offset, and audits the replaced rows', async () => {
    const created = dataOf(
      await api.gql<{ createProject: { id: string; version: number; citations: Cited[] } }>(
        CREATE,
        {
          input: {
            name: 'Lähteiden korjaus',
            citations: [{ sourceId, quote: 'euroa', occurrence: 2, field: 'amount' }],
          },
        },
        EDITOR_KEY,
      ),
    ).createProject;
    const second = created.citations[0] as Cited;
    const firstAt = dataOf(
      await api.gql<{ createProject: { citations: Cited[] } }>(
        CREATE,
        { input: { name: 'Vertailu', citations: [{ sourceId, quote: 'euroa' }] } },
        EDITOR_KEY,
      ),
    ).createProject.citations[0] as Cited;
    expect(second.start).toBeGreaterThan(firstAt.start);

    // Sent back with its offset and a note: the same occurrence, the note added, the version raised.
    const updated = dataOf(
      await api.gql<{ updateProject: { version: number; citations: Cited[] } }>(
        UPDATE,
        {
          input: {
            id: created.id,
            version: created.version,
            citations: [
              { sourceId, quote: 'euroa', start: second.start, field: 'amount', note: 'tarkistettu' },
            ],
          },
        },
        EDITOR_KEY,
      ),
    ).updateProject;
    expect(updated.version).toBe(created.version + 1);
    expect(updated.citations).toEqual([
      { quote: 'euroa', start: second.start, end: second.end, note: 'tarkistettu', field: 'amount' },
    ]);

    // An offset where the quote does not stand is the editor's to fix, at the quote; nothing changes.
    const wrong = await api.gql(
      UPDATE,
      {
        input: {
          id: created.id,
          version: updated.version,
          citations: [{ sourceId, quote: 'euroa', start: second.start + 1 }],
        },
      },
      EDITOR_KEY,
    );
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldOf(wrong)).toBe('input.citations[0].quote');
    const negative = await api.gql(
      UPDATE,
      {
        input: {
          id: created.id,
          version: updated.version,
          citations: [{ sourceId, quote: 'euroa', start: -1 }],
        },
      },
      EDITOR_KEY,
    );
    expect(fieldOf(negative)).toBe('input.citations[0].start');
    const now = dataOf(
      await api.gql<{ project: { version: number; citations: Cited[] } }>(
        'query($id: ID!) { project(id: $id) { version citations { quote start end note field } } }',
        { id: created.id },
      ),
    ).project;
    expect(now).toEqual({ version: updated.version, citations: updated.citations });

    // The replaced citation's removal is in the audit log (it was a native delete, unlogged, before),
    const log = dataOf(
      await api.gql<{
        auditLog: { edges: { node: { action: string; entityType: string; before: string | null } }[] };
      }>(
        '{ auditLog(actor: "test-editor", first: 100) { edges { node { action entityType before } } } }',
        {},
        ADMIN_KEY,
      ),
    ).auditLog.edges.map((e) => e.node);
    const removed = log.filter((e) => e.entityType === 'Citation' && e.action === 'DELETE');
    expect(removed).toHaveLength(1);
    // With what it held.
    expect(JSON.parse(removed[0]?.before ?? '{}')).toMatchObject({
      quote: 'euroa',
      start: second.start,
      field: 'amount',
      subjectType: 'Project',
    });
  });
});
