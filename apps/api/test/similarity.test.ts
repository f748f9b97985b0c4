import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, DRIVERS, dataOf, EDITOR_KEY, type TestApi } from './harness';

interface Similar {
  score: number;
  textScore: number;
  sameMunicipality: boolean;
  strongestEvidence: string | null;
  sharedTerms: { word: string; stem: string; contribution: number }[];
  sharedTargetGroups: { code: string; nameFi: string }[];
  sharedSectors: { code: string }[];
  item: { __typename: string; id: string; name: string; municipality?: { code: string } };
}

const SIMILAR = `query($id: ID!, $first: Int, $same: Boolean) {
  similarItems(id: $id, first: $first, includeSameMunicipality: $same) {
    score textScore sameMunicipality strongestEvidence
    sharedTerms { word stem contribution }
    sharedTargetGroups { code nameFi } sharedSectors { code }
    item { __typename ... on Practice { id name municipality { code } } ... on Project { id name } }
  }
}`;

describe.each(DRIVERS)('similar items on %s', (driver) => {
  let api: TestApi;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await createTestApi(driver);
    const data = dataOf(
      await api.gql<{ practices: { edges: { node: { id: string; name: string } }[] } }>(
        '{ practices(first: 50) { edges { node { id name } } } }',
      ),
    );
    for (const { node } of data.practices.edges) ids[node.name] = node.id;
  });
  afterAll(() => api.close());

  const similar = async (id: string, vars: Record<string, unknown> = {}) =>
    dataOf(await api.gql<{ similarItems: Similar[] }>(SIMILAR, { id, ...vars })).similarItems;

  it('the two early-support "puheeksiotto" models find each other first, with why', async () => {
    const perheesi = ids['Perheesi parhaaksi -toimintamalli'] as string;
    const puheeksi = ids['Puheeksiottava kunta - hyvinvoivat perheet'] as string;
    const fromKangasala = await similar(perheesi);
    expect(fromKangasala[0]?.item).toMatchObject({ __typename: 'Practice', id: puheeksi });
    expect(fromKangasala[0]?.sharedTerms.map((t) => t.word)).toContain('puheeksi');
    expect(fromKangasala[0]?.sharedTargetGroups.map((t) => t.code)).toEqual([
      'FAMILIES_WITH_CHILDREN',
      'PARENTS',
      'STAFF',
    ]);
    expect(fromKangasala[0]?.strongestEvidence).toBe('NOT_YET_MEASURED');
    // The shared words' parts add up to the text score; the score is it raised by shared codes.
    const first = fromKangasala[0] as Similar;
    const parts = first.sharedTerms.reduce((s, t) => s + t.contribution, 0);
    expect(parts).toBeLessThanOrEqual(first.textScore + 1e-9);
    expect(first.score).toBeGreaterThan(first.textScore);
    const fromJarvenpaa = await similar(puheeksi);
    expect(fromJarvenpaa[0]?.item.id).toBe(perheesi);
    // Only other municipalities by default, never the practice's own project.
    expect(fromJarvenpaa.every((s) => !s.sameMunicipality && s.item.municipality?.code !== '186')).toBe(true);
    expect(fromJarvenpaa.map((s) => s.item.name)).not.toContain('Puheeksiottava kunta - hyvinvoivat perheet');
    // Scores fall.
    const scores = fromKangasala.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('same-municipality items on request; a project’s own practices never', async () => {
    const visit = ids[
      '2-vuotistapaaminen neuvolan ja varhaiskasvatuksen yhteistyönä perheen kodissa'
    ] as string;
    const all = await similar(visit, { same: true, first: 20 });
    expect(all.some((s) => s.sameMunicipality)).toBe(true);
    expect(all.map((s) => s.item.name)).not.toContain('Perheille parasta – työniloa työntekijöille');
  });

  it('follows edits: a new practice with the same text is found at once', async () => {
    const perheesi = ids['Perheesi parhaaksi -toimintamalli'] as string;
    await similar(perheesi);
    const created = dataOf(
      await api.gql<{ createPractice: { id: string } }>(
        'mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id } }',
        {
          i: {
            name: 'Varhaisen tuen puheeksiotto',
            municipalityCode: '851',
            needsAndGoals:
              'Tavoitteena on tukea työntekijöiden valmiuksia ottaa huolta herättäviä asioita helpommin ja varhaisemmassa vaiheessa puheeksi alle kouluikäisten lasten perheiden kanssa.',
          },
        },
        EDITOR_KEY,
      ),
    ).createPractice;
    const after = await similar(perheesi);
    expect(after.map((s) => s.item.id)).toContain(created.id);
  });

  it('refuses a bad size or id with the field named', async () => {
    const perheesi = ids['Perheesi parhaaksi -toimintamalli'] as string;
    const tooMany = await api.gql(SIMILAR, { id: perheesi, first: 21 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const municipality = await api.gql(SIMILAR, { id: 'TXVuaWNpcGFsaXR5Ojg1MQ' });
    expect(municipality.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const missing = await api.gql(SIMILAR, { id: 'UHJhY3RpY2U6OTk5OTk' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
