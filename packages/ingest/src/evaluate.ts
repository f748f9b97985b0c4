import type { Dataset } from '@vertailu/data/vocabulary';
import { type Draft, type IngestContext, ingestDocument } from './document';

/** Funder organisations of the data set by key → the ingester's funder codes. */
const FUNDER_CODE: Record<string, string> = { esr: 'ESR', tsr: 'TSR', stm: 'STM' };

export interface DocumentScore {
  document: string;
  expected: string[];
  extracted: string[];
  truePositives: number;
  ms: number;
}

export interface FieldScore {
  field: string;
  expected: number;
  extracted: number;
  truePositives: number;
}

export interface Evaluation {
  documents: DocumentScore[];
  fields: FieldScore[];
  precision: number;
  recall: number;
  /** Time spent in the ingester alone, all documents. */
  ms: number;
}

/** The kind of a fact: "amount:GRANT:9956:TSR" → "amount". */
export const fieldOf = (fact: string) =>
  fact.slice(0, fact.indexOf(':') < 0 ? fact.length : fact.indexOf(':'));
const lower = (s: string) => s.toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();

/**
 * The facts a draft states, as comparable strings ("period:2015-01-01/2018-12-31/YEAR",
 * "sector:ECEC", "partner:pystymetsä oy:EXPERT"). Hand-written expectations use the same form.
 */
export function draftFacts(d: Draft): Set<string> {
  const facts = new Set<string>();
  facts.add(`kind:${d.kind}`);
  // Older drafts have no documentType: their genre is what they said the document was.
  const typed = d as Draft & { documentType?: string; applicant?: { value: string } | null };
  facts.add(`type:${typed.documentType ?? d.genre}`);
  if (typed.applicant) facts.add(`applicant:${lower(typed.applicant.value)}`);
  if (d.name) facts.add(`name:${lower(d.name.value)}`);
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
  for (const s of d.sectors) facts.add(`sector:${s.value}`);
  for (const t of d.targetGroups) facts.add(`targetGroup:${t.value}`);
  for (const p of d.partners) facts.add(`partner:${lower(p.value.name)}:${p.value.role}`);
  for (const o of d.outcomes) facts.add(`outcome:${o.value.unit}:${o.value.value}`);
  return facts;
}

/**
 * The facts of the hand-curated data set that a seed document states. The document's main record
 * (the one named earliest in it) gives kind and name; every record taken from it gives the rest, and
 * sectors and target groups come from the links whose citations are in the document.
 */
export function curatedFacts(dataset: Dataset, sourceKey: string): Set<string> {
  const facts = new Set<string>();
  const source = dataset.sources.find((s) => s.key === sourceKey);
  const projects = dataset.projects.filter((r) => r.cite[0]?.source === sourceKey);
  const practices = dataset.practices.filter((r) => r.cite[0]?.source === sourceKey);
  const records = [...projects, ...practices];
  const position = (name: string) => {
    const i = source?.text.indexOf(name) ?? -1;
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  // A project and the practice it produced may share a name: the document's genre decides.
  const kindRank = (r: (typeof records)[number]) =>
    projects.includes(r as never) === (source?.genre !== 'PRACTICE_DESCRIPTION') ? 0 : 1;
  const main = [...records].sort(
    (a, b) => position(a.name) - position(b.name) || kindRank(a) - kindRank(b),
  )[0];
  if (source) facts.add(`type:${source.genre}`);
  if (main) {
    facts.add(`kind:${projects.includes(main as never) ? 'PROJECT' : 'PRACTICE'}`);
    facts.add(`name:${lower(main.name)}`);
  }
  const organisation = new Map(dataset.organisations.map((o) => [o.key, o.nameFi]));
  for (const r of records) {
    if ('municipalityCode' in r) facts.add(`municipality:${r.municipalityCode}`);
    else for (const m of r.municipalities) facts.add(`municipality:${m.code}`);
    if (r.period?.start && r.period.end)
      facts.add(`period:${r.period.start}/${r.period.end}/${r.period.precision}`);
    if ('projectNumber' in r && r.projectNumber) facts.add(`projectNumber:${r.projectNumber}`);
    for (const c of r.costs) if (c.amount !== null) facts.add(`amount:${c.kind}:${c.amount}`);
    for (const f of r.fundings) {
      const code = FUNDER_CODE[f.funder ?? ''];
      if (f.kind === 'EXTERNAL_GRANT' && f.amount !== null)
        facts.add(`amount:GRANT:${f.amount}:${code ?? ''}`);
      if (code) facts.add(`funder:${code}`);
      if (f.kind === 'NO_SEPARATE_FUNDING') facts.add('noSeparateFunding');
      if (f.decisionDate) facts.add(`decisionDate:${f.decisionDate}`);
    }
    if ('funder' in r && r.funder && FUNDER_CODE[r.funder]) facts.add(`funder:${FUNDER_CODE[r.funder]}`);
    if ('phase' in r && (r.phase === 'IN_DEVELOPMENT' || r.phase === 'COMPLETED'))
      facts.add(`phase:${r.phase}`);
    if ('createdDate' in r && r.createdDate) facts.add(`createdDate:${r.createdDate}`);
    if ('modifiedDate' in r && r.modifiedDate) facts.add(`modifiedDate:${r.modifiedDate}`);
    if ('partners' in r)
      for (const p of r.partners)
        facts.add(`partner:${lower(organisation.get(p.organisation) ?? '')}:${p.role}`);
    for (const o of r.outcomes)
      if (o.value !== null && (o.unit === '%' || o.unit === 'count'))
        facts.add(`outcome:${o.unit}:${o.value}`);
  }
  // Sectors and target groups: every link (of any record) whose citation is in this document.
  for (const r of [...dataset.projects, ...dataset.practices]) {
    for (const l of r.sectors) if (l.cite.some((c) => c.source === sourceKey)) facts.add(`sector:${l.code}`);
    for (const l of r.targetGroups)
      if (l.cite.some((c) => c.source === sourceKey)) facts.add(`targetGroup:${l.code}`);
  }
  return facts;
}

/** Field-level precision and recall of the ingester over documents with known facts. */
export function evaluateDocuments(
  documents: { document: string; text: string; expected: Set<string> }[],
  context: IngestContext,
  unscored: Set<string> = new Set(),
): Evaluation {
  const scored = documents.map(({ document, text, expected }) => {
    const started = performance.now();
    const extracted = new Set(
      [...draftFacts(ingestDocument(text, context))].filter((f) => !unscored.has(fieldOf(f))),
    );
    const ms = performance.now() - started;
    return {
      document,
      expected: [...expected],
      extracted: [...extracted],
      truePositives: [...extracted].filter((f) => expected.has(f)).length,
      ms,
    };
  });
  const byField = new Map<string, FieldScore>();
  const field = (name: string) => {
    const f = byField.get(name) ?? { field: name, expected: 0, extracted: 0, truePositives: 0 };
    byField.set(name, f);
    return f;
  };
  for (const d of scored) {
    for (const f of d.expected) field(fieldOf(f)).expected++;
    for (const f of d.extracted) {
      field(fieldOf(f)).extracted++;
      if (d.expected.includes(f)) field(fieldOf(f)).truePositives++;
    }
  }
  const sum = (k: 'truePositives' | 'ms') => scored.reduce((n, d) => n + d[k], 0);
  const extracted = scored.reduce((n, d) => n + d.extracted.length, 0);
  const expected = scored.reduce((n, d) => n + d.expected.length, 0);
  return {
    documents: scored,
    fields: [...byField.values()].sort((a, b) => a.field.localeCompare(b.field)),
    precision: extracted ? sum('truePositives') / extracted : 0,
    recall: expected ? sum('truePositives') / expected : 0,
    ms: sum('ms'),
  };
}

export function contextOf(dataset: Dataset): IngestContext {
  return {
    municipalities: dataset.municipalities.map((m) => ({ code: m.code, nameFi: m.nameFi })),
    sectors: dataset.vocabulary.sectors,
    targetGroups: dataset.vocabulary.targetGroups,
    outcomeDomains: dataset.vocabulary.outcomeDomains,
  };
}

/** The five seed documents scored against the hand-curated data set. */
export function evaluateSeeds(dataset: Dataset): Evaluation {
  return evaluateDocuments(
    dataset.sources
      .filter((s) => s.genre !== 'CONTEXT_TABLE')
      .map((s) => ({ document: s.key, text: s.text, expected: curatedFacts(dataset, s.key) })),
    contextOf(dataset),
    // The curated records have no applicant organisation (the municipality is the record's own).
    new Set(['applicant']),
  );
}

/** One corpus document as scored: what was expected, what was read, which traps were hit. */
export interface CorpusScore {
  document: string;
  half: string;
  genre: string;
  expected: string[];
  extracted: string[];
  traps: string[];
  trapHits: string[];
  truePositives: number;
}

export interface Tally {
  expected: number;
  extracted: number;
  truePositives: number;
  trapHits: number;
}

/** Fields the corpus's hand-written facts cover; sectors and target groups are scored on the seeds. */
export const CORPUS_FIELDS = new Set([
  'type',
  'kind',
  'name',
  'municipality',
  'period',
  'projectNumber',
  'applicant',
  'amount',
  'funder',
  'noSeparateFunding',
  'decisionDate',
  'phase',
  'createdDate',
  'modifiedDate',
  'partner',
  'outcome',
  'error',
]);

export function scoreCorpusDocument(
  doc: { document: string; half: string; genre: string; expected: Set<string>; traps: Set<string> },
  extractedFacts: Set<string>,
): CorpusScore {
  const extracted = [...extractedFacts].filter((f) => CORPUS_FIELDS.has(fieldOf(f)));
  return {
    document: doc.document,
    half: doc.half,
    genre: doc.genre,
    expected: [...doc.expected],
    extracted,
    traps: [...doc.traps],
    trapHits: extracted.filter((f) => doc.traps.has(f)),
    truePositives: extracted.filter((f) => doc.expected.has(f)).length,
  };
}

/** Sums of scored documents grouped by a key (genre, field kind, half …). */
export function tally(scores: CorpusScore[], by: 'genre' | 'field' | 'all'): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const get = (k: string) => {
    const t = out.get(k) ?? { expected: 0, extracted: 0, truePositives: 0, trapHits: 0 };
    out.set(k, t);
    return t;
  };
  for (const s of scores) {
    if (by === 'field') {
      for (const f of s.expected) get(fieldOf(f)).expected++;
      for (const f of s.extracted) {
        get(fieldOf(f)).extracted++;
        if (s.expected.includes(f)) get(fieldOf(f)).truePositives++;
      }
      for (const f of s.trapHits) get(fieldOf(f)).trapHits++;
    } else {
      const t = get(by === 'genre' ? s.genre : 'all');
      t.expected += s.expected.length;
      t.extracted += s.extracted.length;
      t.truePositives += s.truePositives;
      t.trapHits += s.trapHits.length;
    }
  }
  return new Map([...out.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}
