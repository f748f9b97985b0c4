import { findQuote } from './cite';
import type { Cite, Dataset, FieldCites, OutcomeRecord, Period } from './types';
import {
  COST_BASES,
  COST_KINDS,
  EVIDENCE_TYPES,
  FUNDING_KINDS,
  MUNICIPALITY_ROLES,
  ORGANISATION_KINDS,
  OUTCOME_DIRECTIONS,
  OUTCOME_KINDS,
  PARTNER_ROLES,
  PERIOD_PRECISIONS,
  PERSON_ROLES,
  PLACE_KINDS,
  PLACE_ROLES,
  PRACTICE_PHASES,
  PROJECT_STATUSES,
  SERVICE_ORGANISER_KINDS,
  SOURCE_GENRES,
} from './vocabulary';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Everything a reviewer would check by hand, checked by machine: unique keys, references that
 * resolve, known codes, real dates in order, non-negative amounts, and quotes that really stand in
 * the documents. Returns the problems; an empty list means the data set is sound.
 */
export function validateDataset(d: Dataset): string[] {
  const problems: string[] = [];
  const problem = (where: string, what: string) => problems.push(`${where}: ${what}`);

  const keys = new Set<string>();
  const unique = (where: string, key: string) => {
    if (keys.has(key)) problem(where, `duplicate key "${key}"`);
    keys.add(key);
  };
  const oneOf = (where: string, value: unknown, allowed: readonly string[], nullable = false) => {
    if (value === null && nullable) return;
    if (typeof value !== 'string' || !allowed.includes(value))
      problem(where, `"${String(value)}" is not one of ${allowed.join(', ')}`);
  };
  const date = (where: string, value: string | null | undefined) => {
    if (value == null) return;
    const parsed = new Date(`${value}T00:00:00Z`);
    if (
      !ISO_DATE.test(value) ||
      Number.isNaN(parsed.getTime()) ||
      parsed.toISOString().slice(0, 10) !== value
    ) {
      problem(where, `"${value}" is not an ISO date`);
    }
  };
  const amount = (where: string, value: number | null) => {
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0))
      problem(where, `amount ${value} must be ≥ 0 or null`);
  };
  const period = (where: string, p: Period | null) => {
    if (!p) return;
    oneOf(`${where}.precision`, p.precision, PERIOD_PRECISIONS);
    date(`${where}.start`, p.start);
    date(`${where}.end`, p.end);
    if (p.start && p.end && p.start > p.end) problem(where, `starts ${p.start} after it ends ${p.end}`);
  };
  const cites = (where: string, list: Cite[] | undefined, required = true) => {
    if (!list?.length) {
      if (required) problem(where, 'has no citation');
      return;
    }
    for (const [i, c] of list.entries()) {
      const source = d.sources.find((s) => s.key === c.source);
      if (!source) problem(`${where}.cite[${i}]`, `unknown source "${c.source}"`);
      else if (!c.quote || findQuote(source.text, c.quote, c.occurrence ?? 1) < 0) {
        problem(`${where}.cite[${i}]`, `quote not found in ${c.source}: "${String(c.quote).slice(0, 80)}"`);
      } else if (c.occurrence === undefined && findQuote(source.text, c.quote, 2) >= 0) {
        // Without `occurrence` the first match would be highlighted, which may be the wrong passage.
        problem(`${where}.cite[${i}]`, `quote occurs more than once in ${c.source}; set occurrence`);
      }
    }
  };
  const fieldCites = (where: string, f: FieldCites | undefined) => {
    for (const [field, list] of Object.entries(f ?? {})) cites(`${where}.fieldCites.${field}`, list);
  };

  const sourceKeys = new Set(d.sources.map((s) => s.key));
  for (const s of d.sources) {
    unique(`source ${s.key}`, `source:${s.key}`);
    oneOf(`source ${s.key}.genre`, s.genre, SOURCE_GENRES);
    date(`source ${s.key}.publishedDate`, s.publishedDate);
  }
  const codes = new Set(d.municipalities.map((m) => m.code));
  const municipality = (where: string, code: string | null, nullable = true) => {
    if (code === null && nullable) return;
    if (!codes.has(code as string)) problem(where, `unknown municipality code "${code}"`);
  };
  for (const m of d.municipalities) {
    if (!/^\d{3}$/.test(m.code)) problem(`municipality ${m.code}`, 'code must be three digits');
    cites(`municipality ${m.code}`, m.cite);
  }
  const organisers = new Set<string>();
  for (const o of d.serviceOrganisers) {
    unique(`service organiser ${o.code}`, `organiser:${o.code}`);
    organisers.add(o.code);
    oneOf(`service organiser ${o.code}.kind`, o.kind, SERVICE_ORGANISER_KINDS);
    cites(`service organiser ${o.code}`, o.cite);
  }
  for (const m of d.municipalities) {
    unique(`municipality ${m.code}`, `municipality:${m.code}`);
    if (!organisers.has(m.organiserCode))
      problem(`municipality ${m.code}`, `unknown service organiser "${m.organiserCode}"`);
  }
  const populationKeys = new Set<string>();
  for (const p of d.population) {
    const key = `${p.municipalityCode}/${p.year}`;
    if (populationKeys.has(key)) problem(`population ${key}`, 'two different figures for one year');
    populationKeys.add(key);
    municipality(`population ${p.municipalityCode}/${p.year}`, p.municipalityCode, false);
    if (!Number.isInteger(p.year) || !Number.isInteger(p.population) || p.population <= 0) {
      problem(`population ${p.municipalityCode}/${p.year}`, 'year and population must be positive integers');
    }
    cites(`population ${p.municipalityCode}/${p.year}`, p.cite);
  }

  const terms = {
    SECTOR: new Set(d.vocabulary.sectors.map((t) => t.code)),
    TARGET_GROUP: new Set(d.vocabulary.targetGroups.map((t) => t.code)),
    OUTCOME_DOMAIN: new Set(d.vocabulary.outcomeDomains.map((t) => t.code)),
  };
  for (const [vocabulary, list] of Object.entries(d.vocabulary)) {
    const seen = new Set<string>();
    for (const t of list as { code: string; nameFi: string; nameEn: string; aliasesFi?: unknown }[]) {
      if (
        t.aliasesFi !== undefined &&
        !(Array.isArray(t.aliasesFi) && t.aliasesFi.every((a) => typeof a === 'string' && a.trim()))
      )
        problem(`vocabulary ${vocabulary}.${t.code}.aliasesFi`, 'must be a list of non-empty strings');
      if (seen.has(t.code)) problem(`vocabulary ${vocabulary}`, `duplicate code ${t.code}`);
      seen.add(t.code);
      if (!/^[A-Z0-9_]+$/.test(t.code) || !t.nameFi || !t.nameEn)
        problem(`vocabulary ${vocabulary}.${t.code}`, 'needs an UPPER_SNAKE code and fi/en names');
    }
  }

  const orgs = new Set(d.organisations.map((o) => o.key));
  for (const o of d.organisations) {
    unique(`organisation ${o.key}`, `organisation:${o.key}`);
    oneOf(`organisation ${o.key}.kind`, o.kind, ORGANISATION_KINDS);
    municipality(`organisation ${o.key}.municipalityCode`, o.municipalityCode);
    cites(`organisation ${o.key}`, o.cite);
  }
  const organisation = (where: string, key: string | null) => {
    if (key !== null && !orgs.has(key)) problem(where, `unknown organisation "${key}"`);
  };
  const people = new Set(d.people.map((p) => p.key));
  for (const p of d.people) {
    unique(`person ${p.key}`, `person:${p.key}`);
    organisation(`person ${p.key}.organisation`, p.organisation);
    if (p.email !== null && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(p.email))
      problem(`person ${p.key}.email`, `"${p.email}" is not an address`);
    cites(`person ${p.key}`, p.cite);
  }
  const places = new Set(d.places.map((p) => p.key));
  for (const p of d.places) {
    unique(`place ${p.key}`, `place:${p.key}`);
    oneOf(`place ${p.key}.kind`, p.kind, PLACE_KINDS);
    municipality(`place ${p.key}.municipalityCode`, p.municipalityCode);
    cites(`place ${p.key}`, p.cite);
  }

  const projectKeys = new Set(d.projects.map((p) => p.key));
  const details = (where: string, r: Dataset['projects'][number] | Dataset['practices'][number]) => {
    for (const s of r.sectors) {
      if (!terms.SECTOR.has(s.code)) problem(`${where}.sectors`, `unknown sector ${s.code}`);
      cites(`${where}.sectors.${s.code}`, s.cite);
    }
    for (const t of r.targetGroups) {
      if (!terms.TARGET_GROUP.has(t.code)) problem(`${where}.targetGroups`, `unknown target group ${t.code}`);
      cites(`${where}.targetGroups.${t.code}`, t.cite);
    }
    for (const l of r.places) {
      if (!places.has(l.place)) problem(`${where}.places`, `unknown place ${l.place}`);
      oneOf(`${where}.places.${l.place}.role`, l.role, PLACE_ROLES);
      cites(`${where}.places.${l.place}`, l.cite);
    }
    for (const l of r.people) {
      if (!people.has(l.person)) problem(`${where}.people`, `unknown person ${l.person}`);
      oneOf(`${where}.people.${l.person}.role`, l.role, PERSON_ROLES);
      cites(`${where}.people.${l.person}`, l.cite);
    }
    for (const c of r.costs) {
      const w = `${where}.costs.${c.key}`;
      unique(w, `cost:${c.key}`);
      oneOf(`${w}.kind`, c.kind, COST_KINDS);
      oneOf(`${w}.basis`, c.basis, COST_BASES);
      amount(w, c.amount);
      municipality(`${w}.municipalityCode`, c.municipalityCode);
      if (c.kind === 'MUNICIPALITY_SHARE' && !c.municipalityCode)
        problem(w, 'a municipality share names its municipality');
      cites(w, c.cite);
    }
    for (const f of r.fundings) {
      const w = `${where}.fundings.${f.key}`;
      unique(w, `funding:${f.key}`);
      oneOf(`${w}.kind`, f.kind, FUNDING_KINDS);
      organisation(`${w}.funder`, f.funder);
      amount(w, f.amount);
      municipality(`${w}.recipient`, f.recipientMunicipalityCode);
      date(`${w}.decisionDate`, f.decisionDate);
      if (f.basis !== undefined) oneOf(`${w}.basis`, f.basis, COST_BASES, true);
      if (f.kind === 'NO_SEPARATE_FUNDING' && f.amount !== null)
        problem(w, 'NO_SEPARATE_FUNDING takes amount null');
      cites(w, f.cite);
      fieldCites(w, f.fieldCites);
    }
    for (const o of r.outcomes) outcome(`${where}.outcomes.${o.key}`, o);
    cites(where, r.cite);
    fieldCites(where, r.fieldCites);
  };
  const outcome = (w: string, o: OutcomeRecord) => {
    unique(w, `outcome:${o.key}`);
    oneOf(`${w}.kind`, o.kind, OUTCOME_KINDS);
    oneOf(`${w}.direction`, o.direction, OUTCOME_DIRECTIONS);
    oneOf(`${w}.evidenceType`, o.evidenceType, EVIDENCE_TYPES);
    if (!terms.OUTCOME_DOMAIN.has(o.domain)) problem(w, `unknown outcome domain ${o.domain}`);
    if (o.value !== null && (typeof o.value !== 'number' || !o.unit))
      problem(w, 'a value needs a number and a unit');
    if (o.kind === 'OUTPUT' && o.direction !== 'NOT_APPLICABLE')
      problem(w, 'outputs have direction NOT_APPLICABLE');
    date(`${w}.measuredAt`, o.measuredAt);
    if (o.measuredAt) oneOf(`${w}.measuredPrecision`, o.measuredPrecision, PERIOD_PRECISIONS);
    date(`${w}.reportedAt`, o.reportedAt);
    if (o.reportedAt && o.measuredAt === o.reportedAt)
      problem(w, 'reportedAt is the reporting document’s date; do not also give it as measuredAt');
    if (!o.summaryEn) problem(w, 'needs summaryEn');
    if (!o.summaryFi) problem(w, 'needs summaryFi');
    cites(w, o.cite);
    fieldCites(w, o.fieldCites);
  };

  for (const p of d.projects) {
    const w = `project ${p.key}`;
    unique(w, `project:${p.key}`);
    oneOf(`${w}.status`, p.status, PROJECT_STATUSES, true);
    date(`${w}.statusAsOf`, p.statusAsOf);
    date(`${w}.resultsDate`, p.resultsDate);
    period(`${w}.period`, p.period);
    for (const m of p.municipalities) {
      municipality(`${w}.municipalities`, m.code, false);
      oneOf(`${w}.municipalities.${m.code}.role`, m.role, MUNICIPALITY_ROLES);
      cites(`${w}.municipalities.${m.code}`, m.cite);
    }
    if (!p.municipalities.length) problem(w, 'names no municipality');
    for (const pa of p.partners) {
      organisation(`${w}.partners`, pa.organisation);
      oneOf(`${w}.partners.${pa.organisation}.role`, pa.role, PARTNER_ROLES);
      cites(`${w}.partners.${pa.organisation}`, pa.cite);
    }
    details(w, p);
  }
  for (const p of d.practices) {
    const w = `practice ${p.key}`;
    unique(w, `practice:${p.key}`);
    municipality(`${w}.municipalityCode`, p.municipalityCode, false);
    organisation(`${w}.funder`, p.funder);
    if (p.parentProject !== null && !projectKeys.has(p.parentProject))
      problem(w, `unknown parent project ${p.parentProject}`);
    oneOf(`${w}.phase`, p.phase, PRACTICE_PHASES, true);
    for (const f of ['phaseAsOf', 'createdDate', 'modifiedDate', 'publishedDate'] as const)
      date(`${w}.${f}`, p[f]);
    if (p.createdDate && p.modifiedDate && p.createdDate > p.modifiedDate)
      problem(w, 'modified before it was created');
    period(`${w}.period`, p.period);
    details(w, p);
  }
  personalDataPolicy(d, problem);
  if (!sourceKeys.size) problem('sources', 'none');
  return problems;
}

/** What identifies a person in a text: the full name, the family name (4+ letters) and the e-mail address. */
export function personalDataNeedles(people: { name: string; email: string | null }[]): string[] {
  return people.flatMap((p) => {
    const family = p.name.split(/\s+/).at(-1) ?? '';
    return [p.name, family.length >= 4 ? family : null, p.email].filter((n): n is string => !!n);
  });
}

/** The first needle the text contains (case-insensitive), or null. */
export function namedPerson(text: string | null | undefined, needles: string[]): string | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  return needles.find((n) => lower.includes(n.toLowerCase())) ?? null;
}

/**
 * One policy for personal data: a person's name, family name and e-mail address appear only in the
 * person's own record and in the `people` links (both need an API key). Every public record — its
 * texts and the passages it cites — names organisations, never the people in them.
 */
function personalDataPolicy(d: Dataset, problem: (where: string, what: string) => void): void {
  const needles = personalDataNeedles(d.people);
  const check = (where: string, text: string | null | undefined) => {
    const n = namedPerson(text, needles);
    if (n) problem(where, `names a person (“${n}”): personal data in a public record`);
  };
  const checkCites = (where: string, list: Cite[] | undefined) =>
    list?.forEach((c, i) => {
      check(`${where}.cite[${i}]`, c.quote);
      check(`${where}.cite[${i}].note`, c.note);
    });
  const checkFieldCites = (where: string, f: FieldCites | undefined) => {
    for (const [field, list] of Object.entries(f ?? {})) checkCites(`${where}.fieldCites.${field}`, list);
  };
  for (const o of d.organisations) checkCites(`organisation ${o.key}`, o.cite);
  for (const p of d.places) {
    checkCites(`place ${p.key}`, p.cite);
    check(`place ${p.key}.description`, p.description);
  }
  for (const s of d.sources) {
    check(`source ${s.key}.title`, s.title);
    check(`source ${s.key}.description`, s.description);
  }
  for (const r of [...d.projects, ...d.practices]) {
    const w = `${r.key}`;
    checkCites(w, r.cite);
    checkFieldCites(w, r.fieldCites);
    const texts: Record<string, unknown> = r as unknown as Record<string, unknown>;
    for (const field of [
      'name',
      'nameEn',
      'aims',
      'shortDescription',
      'needsAndGoals',
      'solution',
      'results',
      'area',
    ])
      check(`${w}.${field}`, texts[field] as string | null | undefined);
    for (const list of [r.sectors, r.targetGroups, r.places])
      for (const l of list) checkCites(`${w}.links`, l.cite);
    if ('partners' in r)
      for (const pa of r.partners) {
        checkCites(`${w}.partners.${pa.organisation}`, pa.cite);
        check(`${w}.partners.${pa.organisation}.description`, pa.description);
      }
    if ('municipalities' in r) for (const m of r.municipalities) checkCites(`${w}.municipalities`, m.cite);
    for (const c of r.costs) checkCites(`${w}.costs.${c.key}`, c.cite);
    for (const f of r.fundings) {
      checkCites(`${w}.fundings.${f.key}`, f.cite);
      checkFieldCites(`${w}.fundings.${f.key}`, f.fieldCites);
      check(`${w}.fundings.${f.key}.note`, f.note);
    }
    for (const o of r.outcomes) {
      checkCites(`${w}.outcomes.${o.key}`, o.cite);
      checkFieldCites(`${w}.outcomes.${o.key}`, o.fieldCites);
      for (const t of [o.summaryEn, o.summaryFi, o.valueDescription, o.comparison])
        check(`${w}.outcomes.${o.key}`, t);
    }
  }
}
