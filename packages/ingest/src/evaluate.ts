import type { Dataset } from '@vertailu/data';
import { ingestDocument } from './document';
import { findQuantitativeOutcomes } from './outcomes';

const ABBREVIATION: Record<string, string> = { esr: 'ESR', tsr: 'TSR', stm: 'STM' };
const ROLE: Record<string, string> = {
  TOTAL_BUDGET: 'TOTAL_BUDGET',
  MUNICIPALITY_SHARE: 'MUNICIPALITY_SHARE',
  TOTAL_COSTS: 'TOTAL_COSTS',
};

export interface FieldScore {
  source: string;
  expected: string[];
  extracted: string[];
  truePositives: number;
}

/** The curated facts a document states, as comparable strings ("period:2015-01-01/2018-12-31/YEAR"). */
export function curatedFacts(dataset: Dataset, sourceKey: string): Set<string> {
  const facts = new Set<string>();
  const records = [...dataset.projects, ...dataset.practices].filter((r) => r.cite[0]?.source === sourceKey);
  for (const r of records) {
    if ('municipalityCode' in r) facts.add(`municipality:${r.municipalityCode}`);
    else for (const m of r.municipalities) facts.add(`municipality:${m.code}`);
    if (r.period?.start && r.period.end)
      facts.add(`period:${r.period.start}/${r.period.end}/${r.period.precision}`);
    if ('projectNumber' in r && r.projectNumber) facts.add(`projectNumber:${r.projectNumber}`);
    for (const c of r.costs)
      if (c.amount !== null && ROLE[c.kind]) facts.add(`amount:${ROLE[c.kind]}:${c.amount}`);
    for (const f of r.fundings) {
      if (f.kind === 'EXTERNAL_GRANT' && f.amount !== null)
        facts.add(`amount:GRANT:${f.amount}:${ABBREVIATION[f.funder ?? ''] ?? ''}`);
      if (f.funder && ABBREVIATION[f.funder]) facts.add(`funder:${ABBREVIATION[f.funder]}`);
      if (f.kind === 'NO_SEPARATE_FUNDING') facts.add('noSeparateFunding');
      if (f.decisionDate) facts.add(`decisionDate:${f.decisionDate}`);
    }
    if ('funder' in r && r.funder && ABBREVIATION[r.funder]) facts.add(`funder:${ABBREVIATION[r.funder]}`);
    if ('phase' in r && (r.phase === 'IN_DEVELOPMENT' || r.phase === 'COMPLETED'))
      facts.add(`phase:${r.phase}`);
    if ('createdDate' in r && r.createdDate) facts.add(`createdDate:${r.createdDate}`);
    if ('modifiedDate' in r && r.modifiedDate) facts.add(`modifiedDate:${r.modifiedDate}`);
    for (const o of r.outcomes) if (o.value !== null && o.unit === '%') facts.add(`outcome:%:${o.value}`);
  }
  return facts;
}

/** The same kinds of facts as the ingester reads them from the document text. */
export function extractedFacts(
  text: string,
  municipalities: { code: string; nameFi: string }[],
): Set<string> {
  const d = ingestDocument(text, municipalities);
  const facts = new Set<string>();
  if (d.municipality) facts.add(`municipality:${d.municipality.value}`);
  if (d.period) facts.add(`period:${d.period.value.start}/${d.period.value.end}/${d.period.value.precision}`);
  if (d.projectNumber) facts.add(`projectNumber:${d.projectNumber.value}`);
  for (const a of d.amounts)
    facts.add(
      a.value.role === 'GRANT'
        ? `amount:GRANT:${a.value.euros}:${a.value.funder ?? ''}`
        : `amount:${a.value.role}:${a.value.euros}`,
    );
  for (const f of d.funders) facts.add(`funder:${f.value}`);
  if (d.noSeparateFunding) facts.add('noSeparateFunding');
  if (d.decisionDate) facts.add(`decisionDate:${d.decisionDate.value}`);
  if (d.phase) facts.add(`phase:${d.phase.value}`);
  if (d.createdDate) facts.add(`createdDate:${d.createdDate.value}`);
  if (d.modifiedDate) facts.add(`modifiedDate:${d.modifiedDate.value}`);
  for (const o of findQuantitativeOutcomes(text)) facts.add(`outcome:%:${o.value.value}`);
  return facts;
}

export function evaluate(dataset: Dataset): { perSource: FieldScore[]; precision: number; recall: number } {
  const municipalities = dataset.municipalities.map((m) => ({ code: m.code, nameFi: m.nameFi }));
  const perSource = dataset.sources
    .filter((s) => s.genre !== 'CONTEXT_TABLE')
    .map((s) => {
      const expected = curatedFacts(dataset, s.key);
      const extracted = extractedFacts(s.text, municipalities);
      return {
        source: s.key,
        expected: [...expected],
        extracted: [...extracted],
        truePositives: [...extracted].filter((f) => expected.has(f)).length,
      };
    });
  const tp = perSource.reduce((n, s) => n + s.truePositives, 0);
  const extracted = perSource.reduce((n, s) => n + s.extracted.length, 0);
  const expected = perSource.reduce((n, s) => n + s.expected.length, 0);
  return { perSource, precision: extracted ? tp / extracted : 0, recall: expected ? tp / expected : 0 };
}
