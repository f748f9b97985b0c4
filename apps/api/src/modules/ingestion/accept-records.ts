import type { EntityManager } from '@mikro-orm/knex';
import type { OrganisationKind } from '@vertailu/data/vocabulary';
import { centsToEuros } from '@vertailu/indicators';
import {
  type DecodedDraft,
  type DecodedField,
  type DraftFieldKind,
  decodeDraft,
  knownFunder,
  SINGLE_VALUED,
  StoredFieldError,
} from '@vertailu/ingest';
import { badInput, DomainError } from '../../core/domain-error';
import { createCostItem } from '../editing/cost-item-edit.service';
import { createFundingLine } from '../editing/funding-line-edit.service';
import { createOutcome } from '../editing/outcome-edit.service';
import { createPractice } from '../editing/practice-edit.service';
import { createProject } from '../editing/project-edit.service';
import { recomputeDerivedValues } from '../indicator/derived-values.service';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import type { Practice } from '../practice/practice.entity';
import type { Project } from '../project/project.entity';
import { ProjectPartner } from '../project/project-partner.entity';
import { Citation } from '../source/citation.entity';
import { Source } from '../source/source.entity';
import { Term } from '../vocabulary/term.entity';
import type { Draft } from './draft.entity';
import { codecError } from './draft-fields';
import type { ImportedDocument } from './imported-document.entity';

/** Fields cited on the record itself; money, funders and outcomes are cited on their own rows. */
const RECORD_FIELDS = new Set<DraftFieldKind>([
  ...SINGLE_VALUED.filter((k) => k !== 'DECISION_DATE' && k !== 'NO_SEPARATE_FUNDING'),
  'SECTOR',
  'TARGET_GROUP',
]);

/** The document as a data-set source: one per text (SHA-256), shared by every record taken from it. */
async function sourceFor(em: EntityManager, doc: ImportedDocument, title: string, published: string | null) {
  const existing = await em.findOne(Source, { sha256: doc.sha256 });
  if (existing) return existing;
  return em.create(Source, {
    fileName: doc.fileName ?? `${doc.documentKey}.txt`,
    title,
    genre: doc.genre,
    language: 'fi',
    publishedDate: published,
    description: `Imported with the ingester: revision ${doc.revision} of "${doc.documentKey}", reviewed and accepted by an editor.`,
    sha256: doc.sha256,
    text: doc.text,
    length: doc.length,
  });
}

/** The organisation kind a partner's name implies (Oy → company, yliopisto → university …). */
function kindOfPartner(name: string): OrganisationKind {
  if (/\b(?:Oy|Oyj|Ab)$/.test(name)) return 'COMPANY';
  if (/(?:yliopisto|korkeakoulu)\b/i.test(name)) return 'UNIVERSITY';
  if (/(?:kuntayhtymä|perusturva|hyvinvointialue|sairaanhoitopiiri)\b/i.test(name))
    return 'JOINT_MUNICIPAL_AUTHORITY';
  if (/seurakunta/i.test(name)) return 'PARISH';
  return 'NGO';
}

/** An organisation by abbreviation or exact Finnish name; created when the data set has none. */
async function organisationNamed(
  em: EntityManager,
  nameFi: string,
  kind: OrganisationKind,
  abbreviation: string | null,
) {
  const found =
    (abbreviation ? await em.findOne(Organisation, { abbreviation }) : null) ??
    (await em.findOne(Organisation, { nameFi }));
  return found ?? em.create(Organisation, { nameFi, kind, abbreviation, searchText: '' } as never);
}

async function funderOrganisation(em: EntityManager, code: string): Promise<Organisation> {
  const known = knownFunder(code);
  if (known) return organisationNamed(em, known.nameFi, known.kind, code);
  // A funder not on the list, by its name: its kind from the name's head (a ministry, a foundation …).
  const kind = /ministeriö/i.test(code)
    ? 'MINISTRY'
    : /\b(?:Oy|Oyj|Ab)\b/.test(code)
      ? 'COMPANY'
      : /säätiö|yhdistys|\bry\b|liitto/i.test(code)
        ? 'NGO'
        : 'STATE_FUND';
  return organisationNamed(em, code, kind, /^\p{Lu}{2,8}$/u.test(code) ? code : null);
}

/**
 * A create use case's refusal named at the draft's field the value came from (`input.amount` →
 * `fields.amount.0.value`): the reviewer corrects the draft, not an input they never gave. Nothing is
 * kept: acceptance runs in one transaction.
 */
async function atField<T>(key: string, create: Promise<T>): Promise<T> {
  try {
    return await create;
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'BAD_INPUT' || !e.field) throw e;
    throw badInput(`fields.${key}.value`, e.message.slice(e.field.length + 2), e.details as never);
  }
}

/**
 * Turns an accepted draft into a project or practice with its costs, funding lines, partners and
 * outcomes, every extracted field cited at its passage in the document (now a source). The stored
 * fields are read once by the draft codec into typed values (periods, dates, cents, vocabulary codes);
 * the derived values are recomputed once, after everything they derive from exists.
 */
export async function recordFromDraft(
  em: EntityManager,
  draft: Draft,
  doc: ImportedDocument,
): Promise<{ project: Project | null; practice: Practice | null }> {
  let decoded: DecodedDraft;
  try {
    decoded = decodeDraft(draft.fields);
  } catch (e) {
    throw e instanceof StoredFieldError ? codecError(e, `fields.${e.key}`) : e;
  }
  const { one, all } = decoded;
  const name = one('NAME');
  if (!name) throw badInput('fields.NAME', 'the draft has no name: add one with editDraft before accepting.');
  const municipalityField = one('MUNICIPALITY');
  if (!municipalityField)
    throw badInput(
      'fields.MUNICIPALITY',
      'the draft has no municipality: add one with editDraft before accepting.',
    );
  const municipality = await em.findOne(Municipality, { code: municipalityField.value });
  if (!municipality)
    throw badInput('fields.MUNICIPALITY', `"${municipalityField.value}" is not a known municipality.`);
  for (const o of all('OUTCOME'))
    if (!o.value.domain)
      throw badInput(
        `fields.${o.key}.attributes`,
        'the outcome needs a domain (an outcome domain code) before accepting: set it with editDraft, or remove the outcome.',
      );

  const created = one('CREATED_DATE')?.value.date ?? null;
  const modified = one('MODIFIED_DATE')?.value.date ?? null;
  const source = await sourceFor(em, doc, name.value, created);
  doc.source = source;
  const period = one('PERIOD')?.value;
  const sectors = all('SECTOR').map((f) => f.value);
  const targetGroups = all('TARGET_GROUP').map((f) => f.value);

  let project: Project | null = null;
  let practice: Practice | null = null;
  // Derived values wait until the costs and funding lines below exist: one recomputation, at the end.
  const later = { recompute: false };
  if (draft.kind === 'PROJECT') {
    project = await createProject(
      em,
      {
        name: name.value,
        projectNumber: one('PROJECT_NUMBER')?.value ?? null,
        period,
        municipalities: [{ code: municipality.code, role: 'IMPLEMENTER' }],
        sectors,
        targetGroups,
      },
      later,
    );
  } else {
    const phase = one('PHASE')?.value ?? null;
    practice = await createPractice(
      em,
      {
        name: name.value,
        municipalityCode: municipality.code,
        period,
        phase,
        phaseAsOf: phase ? (modified ?? created) : null,
        createdDate: created,
        modifiedDate: modified,
        sectors,
        targetGroups,
      },
      later,
    );
  }
  const owner = { project, practice };
  const record = (project ?? practice) as Project | Practice;
  const recordType = project ? 'Project' : 'Practice';
  const cited: { field: DecodedField; type: string; entity: { id: number } }[] = [];
  for (const f of decoded.fields)
    if (RECORD_FIELDS.has(f.field)) cited.push({ field: f, type: recordType, entity: record });

  // Costs, funding lines and outcomes through the editors' create use cases (the same checks), each
  // owned by the new record; the derived values wait until all of them exist (`later`).
  const ownerIds = { projectId: project?.id ?? null, practiceId: practice?.id ?? null };
  /** A funder's database id (a funder named for the first time is written first). */
  const idOf = async (organisation: Organisation | null) => {
    if (organisation && organisation.id === undefined) await em.flush();
    return organisation?.id ?? null;
  };
  const amounts = all('AMOUNT');
  const grants = amounts.filter((a) => a.value.role === 'GRANT');
  const decision = one('DECISION_DATE');
  for (const a of amounts) {
    const { role, cents, funder } = a.value;
    if (role === 'GRANT') {
      const funderId = await idOf(funder ? await funderOrganisation(em, funder) : null);
      const line = await atField(
        a.key,
        createFundingLine(
          em,
          {
            ...ownerIds,
            kind: 'EXTERNAL_GRANT',
            funderId,
            amount: centsToEuros(cents),
            recipientCode: municipality.code,
            decisionDate: grants.length === 1 ? (decision?.value.date ?? null) : null,
          },
          later,
        ),
      );
      cited.push({ field: a, type: 'FundingLine', entity: line });
      if (grants.length === 1 && decision) cited.push({ field: decision, type: 'FundingLine', entity: line });
    } else {
      const cost = await atField(
        a.key,
        createCostItem(
          em,
          {
            ...ownerIds,
            kind: role,
            basis: role === 'TOTAL_COSTS' ? 'REALISED' : 'ESTIMATE',
            amount: centsToEuros(cents),
            municipalityCode: role === 'MUNICIPALITY_SHARE' ? municipality.code : null,
          },
          later,
        ),
      );
      cited.push({ field: a, type: 'CostItem', entity: cost });
    }
  }
  // A funder named without an amount is a grant of unknown size (null, never 0).
  for (const f of all('FUNDER')) {
    if (grants.some((g) => g.value.funder === f.value)) continue;
    const line = await atField(
      f.key,
      createFundingLine(
        em,
        {
          ...ownerIds,
          kind: 'EXTERNAL_GRANT',
          funderId: await idOf(await funderOrganisation(em, f.value)),
          amount: null,
          recipientCode: municipality.code,
        },
        later,
      ),
    );
    cited.push({ field: f, type: 'FundingLine', entity: line });
  }
  const none = one('NO_SEPARATE_FUNDING');
  if (none) {
    const own = await em.findOne(Organisation, { municipality, kind: 'MUNICIPALITY' });
    const line = await atField(
      none.key,
      createFundingLine(
        em,
        { ...ownerIds, kind: 'NO_SEPARATE_FUNDING', funderId: own?.id ?? null, amount: null },
        later,
      ),
    );
    cited.push({ field: none, type: 'FundingLine', entity: line });
  }
  if (practice) {
    const firstFunder = grants[0]?.value.funder ?? one('FUNDER')?.value;
    if (firstFunder) practice.funder = await funderOrganisation(em, firstFunder);
  }
  if (project)
    for (const p of all('PARTNER')) {
      const organisation = await organisationNamed(em, p.value.name, kindOfPartner(p.value.name), null);
      em.create(ProjectPartner, { project, organisation, role: p.value.role });
      cited.push({ field: p, type: recordType, entity: record });
    }
  for (const o of all('OUTCOME')) {
    const { domain: code, unit, hundredths, kind, direction, evidenceType } = o.value;
    // Checked here too, so a draft's unknown domain is named at the draft's field.
    if (!(await em.findOne(Term, { vocabulary: 'OUTCOME_DOMAIN', code: code as string })))
      throw badInput(`fields.${o.key}.attributes`, `"${code}" is not an outcome domain code.`);
    const value = hundredths / 100;
    const outcome = await atField(
      o.key,
      createOutcome(
        em,
        {
          ...ownerIds,
          kind,
          domain: code as string,
          direction,
          evidenceType,
          summaryEn: `${value}${unit === '%' ? ' %' : ` (${unit})`}: figure stated in the cited passage of the imported document (not yet summarised in English).`,
          value,
          unit,
        },
        later,
      ),
    );
    cited.push({ field: o, type: 'Outcome', entity: outcome });
  }
  await em.flush();
  for (const c of cited) {
    const { start, end } = c.field;
    if (start === null || end === null) continue; // a reviewer's value has no passage to cite
    em.create(Citation, {
      source,
      subjectType: c.type,
      subjectId: String(c.entity.id),
      field:
        c.field.field === 'SECTOR' || c.field.field === 'TARGET_GROUP'
          ? `${c.field.field.toLowerCase()}:${c.field.value}`
          : c.field.key,
      quote: doc.text.slice(start, end),
      start,
      end,
      note: null,
    });
  }
  await em.flush();
  await recomputeDerivedValues(
    em,
    project ? { type: 'Project', ids: [project.id] } : { type: 'Practice', ids: [(practice as Practice).id] },
  );
  return owner;
}
