/**
 * Operations preloaded as tabs: each one shows a part of the API a first-time user will want.
 * GraphiQL names a tab after the operation name in `query`; `title` is for people reading this list.
 * apps/api/test/schema.test.ts validates every `query` against the schema.
 */
export interface Example {
  title: string;
  query: string;
  /** JSON text for the Variables editor. */
  variables?: string;
}

export const examples: Example[] = [
  {
    title: 'Municipalities',
    query: `# Municipalities: Statistics Finland codes, regions, wellbeing services counties
query Municipalities {
  municipalities {
    totalCount
    edges { node { code nameFi nameSv region wellbeingServicesCounty } }
  }
}
`,
  },
  {
    title: 'Tornio’s project costs with citations',
    query: `# Tornio's project: costs kept apart (whole budget vs. Tornio's share), funding, and the passages they come from
query TornioCosts {
  municipality(code: "851") {
    nameFi
    projects(first: 10) {
      totalCount
      edges { node {
        id name
        period { start end precision }
        costs { kind basis amount municipality { nameFi } citations { quote source { title } } }
        fundings { kind amount decisionDate funder { nameFi abbreviation } citations { quote } }
        practices { name phase }
      } }
    }
  }
}
`,
  },
  {
    title: 'Akaa’s outcomes',
    query: `# Akaa's outcomes: what changed, in which direction, and how strongly it is backed
query AkaaOutcomes {
  outcomes(filter: { municipalities: ["020"] }, first: 30) {
    totalCount
    edges { node {
      domain { nameEn nameFi } direction evidenceType value unit summaryEn
      citations { quote source { title } }
    } }
  }
}
`,
  },
  {
    title: 'Search practices',
    query: `# Free-text search over practices: case-insensitive, "jarvenpaa" also finds "Järvenpää"
query SearchPractices($q: String) {
  practices(filter: { search: $q }, first: 10) {
    totalCount
    edges { node { name phase municipality { nameFi } parentProject { name } fundings { kind amount } } }
  }
}
`,
    variables: '{ "q": "neuvola" }',
  },
  {
    title: 'Create a funding line (editor key needed)',
    query: `# Editing needs an editor key: add {"Authorization": "Bearer <key>"} in the Headers tab below.
# Take a project id from the queries above and a funder id from \`organisations\`; amounts are euros, null means unknown.
mutation AddFunding($projectId: ID!, $funderId: ID) {
  createFundingLine(
    input: { projectId: $projectId, kind: EXTERNAL_GRANT, amount: 1000, decisionDate: "2024-01-31", funderId: $funderId }
  ) {
    id version kind amount decisionDate funder { nameFi }
  }
}
`,
    variables: '{ "projectId": "", "funderId": null }',
  },
];
