import { createHash } from 'node:crypto';
import type { EntityClass, MikroORM } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import {
  type Cite,
  type CodeLink,
  type CostRecord,
  type Dataset,
  type FieldCites,
  type FundingRecord,
  loadDataset,
  type OutcomeRecord,
  type PersonLink,
  type PlaceLink as PlaceLinkRecord,
  resolveCite,
} from '@vertailu/data';
import { CATALOGUE, DERIVATION_VERSION } from '@vertailu/indicators';
import { DomainError } from '../../core/domain-error';
import type { CitationCommand } from '../../modules/editing/citation.service';
import { createCostItem, deleteCostItem, updateCostItem } from '../../modules/editing/cost-item-edit.service';
import {
  createFundingLine,
  deleteFundingLine,
  updateFundingLine,
} from '../../modules/editing/funding-line-edit.service';
import { createOutcome, deleteOutcome, updateOutcome } from '../../modules/editing/outcome-edit.service';
import { createPractice, deletePractice, updatePractice } from '../../modules/editing/practice-edit.service';
import { createProject, deleteProject, updateProject } from '../../modules/editing/project-edit.service';
import type { CreateOptions, UpdateOptions } from '../../modules/editing/record-steps';
import { CostItem } from '../../modules/finance/cost-item.entity';
import { FundingLine } from '../../modules/finance/funding-line.entity';
import { syncCatalogue } from '../../modules/indicator/catalogue.service';
import { recomputeAllDerivedValues } from '../../modules/indicator/derived-values.service';
import { loadPopulation } from '../../modules/indicator/population.service';
import { Municipality } from '../../modules/municipality/municipality.entity';
import { ServiceOrganiser } from '../../modules/municipality/service-organiser.entity';
import { Organisation } from '../../modules/organisation/organisation.entity';
import { Outcome } from '../../modules/outcome/outcome.entity';
import { Contact } from '../../modules/person/contact.entity';
import { Person } from '../../modules/person/person.entity';
import { Place } from '../../modules/place/place.entity';
import { PlaceLink } from '../../modules/place/place-link.entity';
import { Practice } from '../../modules/practice/practice.entity';
import { Project } from '../../modules/project/project.entity';
import { ProjectMunicipality } from '../../modules/project/project-municipality.entity';
import { ProjectPartner } from '../../modules/project/project-partner.entity';
import { Citation } from '../../modules/source/citation.entity';
import { Source } from '../../modules/source/source.entity';
import { Term, type Vocabulary } from '../../modules/vocabulary/term.entity';
import { TermLink } from '../../modules/vocabulary/term-link.entity';
import type { BaseEntity } from '../base.entity';
import { bumpDataVersion } from '../data-version';
import { pkOf } from '../plain';
import { SeedState } from '../seed-state.entity';
import { CuratedRows } from './curated-rows';

const SEED_NAME = 'curated-dataset';

/** A record type's create and update use cases, as the seeder calls them. */
interface UseCases<T, C> {
  create(em: SqlEntityManager, command: C, options: CreateOptions): Promise<T>;
  update(em: SqlEntityManager, row: T, command: C, options: UpdateOptions): Promise<T>;
  remove(em: SqlEntityManager, row: T, options: { recompute?: boolean }): Promise<void>;
}
const PROJECT_CASES = { create: createProject, update: updateProject, remove: deleteProject };
const PRACTICE_CASES = { create: createPractice, update: updatePractice, remove: deletePractice };
const COST_CASES = { create: createCostItem, update: updateCostItem, remove: deleteCostItem };
const FUNDING_CASES = { create: createFundingLine, update: updateFundingLine, remove: deleteFundingLine };
const OUTCOME_CASES = { create: createOutcome, update: updateOutcome, remove: deleteOutcome };

/** The project or practice a figure or an outcome belongs to, by id. */
interface OwnerIds {
  projectId: number | null;
  practiceId: number | null;
}

/** Whether a stored figure or outcome belongs to another owner than the data set now gives it. */
function ownerMoved(row: object, owner: OwnerIds): boolean {
  const { project, practice } = row as { project?: object | null; practice?: object | null };
  return (pkOf(project) ?? null) !== owner.projectId || (pkOf(practice) ?? null) !== owner.practiceId;
}

/**
 * A record's sector and target-group passages, also as field citations of the record itself
 * (`sector:SCHOOL`, `targetGroup:STAFF`, `sectorAim:STUDENT_WELFARE`), so `citations` tells which
 * passage backs which term.
 */
function termFieldCites(r: { sectors: CodeLink[]; targetGroups: CodeLink[] }): FieldCites {
  const out: FieldCites = {};
  for (const l of r.sectors) out[`${l.aim ? 'sectorAim' : 'sector'}:${l.code}`] = l.cite;
  for (const l of r.targetGroups) out[`${l.aim ? 'targetGroupAim' : 'targetGroup'}:${l.code}`] = l.cite;
  return out;
}

export function datasetHash(dataset: Dataset): string {
  // The indicator catalogue and the derivation rules live in code; a change to them must reload too.
  return createHash('sha256')
    .update(JSON.stringify([dataset, CATALOGUE, DERIVATION_VERSION]))
    .digest('hex');
}

/**
 * Loads the curated data set (packages/data) into the database. Idempotent: records are matched
 * by their stable key, updated in place, and curated records no longer in the data set are removed;
 * records editors created through the API (no key) are left alone. Runs in one transaction.
 *
 * The records editors edit — projects, practices, cost figures, funding lines, outcomes — are written
 * through the editors' own create and update use cases (their checks, hooks and citation rules; a
 * refused record fails the whole load, named by its key); a reload that changes nothing leaves their
 * versions. The reference data without use cases (sources, the national register, vocabulary,
 * organisations, people, places) and the links with passages of their own (a project's municipalities
 * and partners, sector and target-group links, places, contacts) are upserted here by key.
 */
export async function seedDataset(
  orm: MikroORM,
  opts: { force?: boolean; dataset?: Dataset } = {},
): Promise<string> {
  const dataset = opts.dataset ?? loadDataset();
  const hash = datasetHash(dataset);
  const em = orm.em.fork();
  const state = await em.findOne(SeedState, { name: SEED_NAME });
  if (state?.datasetHash === hash && !opts.force)
    return `Data set unchanged (${hash.slice(0, 12)}): nothing to load.`;

  const counts = await em.transactional(async (tx) => {
    const written = await new DatasetWriter(tx as SqlEntityManager, dataset).write();
    // Raised even when no entity changed: the indicator catalogue is written by upserts, which no flush
    // sees, and the reference rows and answers cached by version must be read again.
    await bumpDataVersion(tx as SqlEntityManager);
    return written;
  });
  await em.upsert(SeedState, { name: SEED_NAME, datasetHash: hash, seededAt: new Date().toISOString() });
  return `Loaded data set ${hash.slice(0, 12)}: ${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}.`;
}

class DatasetWriter {
  private readonly rows: CuratedRows;
  private readonly citations: Citation[] = [];
  /** Citations handed to the use cases with their records. */
  private citedThroughUseCases = 0;
  private readonly sources = new Map<string, Source>();

  constructor(
    private readonly em: SqlEntityManager,
    private readonly dataset: Dataset,
  ) {
    this.rows = new CuratedRows(em);
  }

  async write(): Promise<Record<string, number>> {
    const { em, dataset } = this;
    await this.rows.preload();

    for (const s of dataset.sources) {
      const source = this.rows.upsert(Source, s.key, {
        fileName: s.file,
        title: s.title,
        genre: s.genre,
        publisher: s.publisher,
        language: s.language,
        publishedDate: s.publishedDate,
        url: s.url,
        description: s.description,
        sha256: s.sha256,
        text: s.text,
        length: s.text.length,
      });
      this.sources.set(s.key, source);
    }

    // The national register: organisers first (municipalities point at them), each table read once.
    const organisers = new Map(
      (await em.find(ServiceOrganiser, {})).map((o) => [o.code, o] as [string, ServiceOrganiser]),
    );
    for (const o of dataset.serviceOrganisers) {
      const organiser =
        organisers.get(o.code) ?? em.create(ServiceOrganiser, { code: o.code } as ServiceOrganiser);
      em.assign(organiser, {
        kind: o.kind,
        nameFi: o.nameFi,
        nameSv: o.nameSv,
        shortNameFi: o.shortNameFi,
        shortNameSv: o.shortNameSv,
      });
      organisers.set(o.code, organiser);
      this.cite('ServiceOrganiser', o.code, o.cite);
    }
    const municipalities = new Map(
      (await em.find(Municipality, {})).map((m) => [m.code, m] as [string, Municipality]),
    );
    for (const m of dataset.municipalities) {
      const municipality =
        municipalities.get(m.code) ?? em.create(Municipality, { code: m.code } as Municipality);
      em.assign(municipality, {
        nameFi: m.nameFi,
        nameSv: m.nameSv,
        region: m.regionFi,
        regionCode: m.regionCode,
        wellbeingServicesCounty: m.wellbeingServicesCountyFi,
        serviceOrganiser: organisers.get(m.organiserCode) ?? null,
      });
      this.cite('Municipality', m.code, m.cite ?? []);
    }

    const vocabularies: [Vocabulary, Dataset['vocabulary']['sectors']][] = [
      ['SECTOR', dataset.vocabulary.sectors],
      ['TARGET_GROUP', dataset.vocabulary.targetGroups],
      ['OUTCOME_DOMAIN', dataset.vocabulary.outcomeDomains],
    ];
    for (const [vocabulary, terms] of vocabularies) {
      for (const t of terms) {
        this.rows.upsert(Term, `${vocabulary}:${t.code}`, {
          vocabulary,
          code: t.code,
          nameFi: t.nameFi,
          nameEn: t.nameEn,
          description: t.description ?? null,
          aliasesFi: t.aliasesFi ?? [],
        });
      }
    }

    for (const o of dataset.organisations) {
      const org = this.rows.upsert(Organisation, o.key, {
        nameFi: o.nameFi,
        nameEn: o.nameEn,
        abbreviation: o.abbreviation,
        kind: o.kind,
        municipality: o.municipalityCode ? em.getReference(Municipality, o.municipalityCode) : null,
      });
      this.citeRecord(org, 'Organisation', o.cite);
    }
    for (const p of dataset.people) {
      const person = this.rows.upsert(Person, p.key, {
        name: p.name,
        email: p.email,
        title: p.title,
        organisation: p.organisation ? this.rows.get(Organisation, p.organisation) : null,
      });
      this.citeRecord(person, 'Person', p.cite);
    }
    for (const p of dataset.places) {
      const place = this.rows.upsert(Place, p.key, {
        name: p.name,
        kind: p.kind,
        municipality: p.municipalityCode ? em.getReference(Municipality, p.municipalityCode) : null,
        count: p.count,
        description: p.description,
      });
      this.citeRecord(place, 'Place', p.cite);
    }

    // Sources, organisations and projects need their ids before the use cases below name them.
    await em.flush();

    for (const p of dataset.projects) {
      const project = await this.through(Project, p.key, PROJECT_CASES, {
        name: p.name,
        nameEn: p.nameEn,
        projectNumber: p.projectNumber,
        status: p.status,
        statusAsOf: p.statusAsOf,
        period: p.period,
        resultsDate: p.resultsDate,
        aims: p.aims,
        focusAreas: p.focusAreas,
        citations: this.citationsOf(p.cite, { ...p.fieldCites, ...termFieldCites(p) }),
      });
      const owner = { project, practice: null };
      for (const m of p.municipalities) {
        const link = this.rows.upsert(ProjectMunicipality, `${p.key}:municipality:${m.code}:${m.role}`, {
          project,
          municipality: em.getReference(Municipality, m.code),
          role: m.role,
        });
        this.citeRecord(link, 'ProjectMunicipality', m.cite);
      }
      for (const pa of p.partners) {
        const link = this.rows.upsert(ProjectPartner, `${p.key}:partner:${pa.organisation}:${pa.role}`, {
          project,
          organisation: this.rows.get(Organisation, pa.organisation),
          role: pa.role,
          description: pa.description,
        });
        this.citeRecord(link, 'ProjectPartner', pa.cite);
      }
      await this.writeDetails(p.key, owner, p);
    }

    for (const p of dataset.practices) {
      const practice = await this.through(Practice, p.key, PRACTICE_CASES, {
        name: p.name,
        nameEn: p.nameEn,
        shortDescription: p.shortDescription,
        municipalityCode: p.municipalityCode,
        area: p.area,
        funderId: p.funder ? this.rows.get(Organisation, p.funder).id : null,
        parentProjectId: p.parentProject ? this.rows.get(Project, p.parentProject).id : null,
        isDevelopmentLine: p.isDevelopmentLine,
        phase: p.phase,
        phaseAsOf: p.phaseAsOf,
        permanentUse: p.permanentUse,
        period: p.period,
        createdDate: p.createdDate,
        modifiedDate: p.modifiedDate,
        publishedDate: p.publishedDate,
        needsAndGoals: p.needsAndGoals,
        solution: p.solution,
        results: p.results,
        citations: this.citationsOf(p.cite, { ...p.fieldCites, ...termFieldCites(p) }),
      });
      await this.writeDetails(p.key, { project: null, practice }, p);
    }

    await syncCatalogue(em);
    await em.flush();
    const population = await loadPopulation(em, dataset);
    await em.flush();
    dataset.population.forEach((row) => {
      const value = population.find(
        (v) => v.municipality.code === row.municipalityCode && v.year === row.year,
      );
      if (value) this.citeRecord(value, 'IndicatorValue', row.cite);
    });
    // Records that left the data set go through their delete use cases too; derived values wait.
    const later = { recompute: false };
    const removed = await this.rows.removeUnseen(
      new Map([
        [Outcome, (r) => deleteOutcome(em, r as Outcome, later)],
        [FundingLine, (r) => deleteFundingLine(em, r as FundingLine, later)],
        [CostItem, (r) => deleteCostItem(em, r as CostItem, later)],
        [Practice, (r) => deletePractice(em, r as Practice, later)],
        [Project, (r) => deleteProject(em, r as Project, later)],
      ] as [EntityClass<BaseEntity>, (row: BaseEntity) => Promise<void>][]),
    );
    await this.replaceCitations();
    await em.flush();
    const derived = await recomputeAllDerivedValues(em);
    return {
      sources: dataset.sources.length,
      municipalities: dataset.municipalities.length,
      'service organisers': dataset.serviceOrganisers.length,
      projects: dataset.projects.length,
      practices: dataset.practices.length,
      citations: this.citations.length + this.citedThroughUseCases,
      'population values': population.length,
      'derived indicator values': derived,
      'stale records removed': removed,
    };
  }

  /** Costs, funding lines, outcomes and links shared by projects and practices. */
  private async writeDetails(
    ownerKey: string,
    owner: { project: Project | null; practice: Practice | null },
    record: {
      sectors: CodeLink[];
      targetGroups: CodeLink[];
      places: PlaceLinkRecord[];
      people: PersonLink[];
      costs: CostRecord[];
      fundings: FundingRecord[];
      outcomes: OutcomeRecord[];
    },
  ): Promise<void> {
    const terms: [Vocabulary, CodeLink[]][] = [
      ['SECTOR', record.sectors],
      ['TARGET_GROUP', record.targetGroups],
    ];
    for (const [vocabulary, links] of terms) {
      for (const l of links) {
        const link = this.rows.upsert(TermLink, `${ownerKey}:${vocabulary}:${l.code}`, {
          ...owner,
          term: this.rows.get(Term, `${vocabulary}:${l.code}`),
          aim: l.aim ?? false,
        });
        this.citeRecord(link, 'TermLink', l.cite);
      }
    }
    for (const l of record.places) {
      const link = this.rows.upsert(PlaceLink, `${ownerKey}:place:${l.place}:${l.role}`, {
        ...owner,
        place: this.rows.get(Place, l.place),
        role: l.role,
      });
      this.citeRecord(link, 'PlaceLink', l.cite);
    }
    for (const l of record.people) {
      const link = this.rows.upsert(Contact, `${ownerKey}:person:${l.person}:${l.role}`, {
        ...owner,
        person: this.rows.get(Person, l.person),
        role: l.role,
      });
      this.citeRecord(link, 'Contact', l.cite);
    }
    const ownerIds: OwnerIds = {
      projectId: owner.project?.id ?? null,
      practiceId: owner.practice?.id ?? null,
    };
    for (const c of record.costs) {
      await this.through(
        CostItem,
        c.key,
        COST_CASES,
        {
          kind: c.kind,
          basis: c.basis,
          amount: c.amount,
          municipalityCode: c.municipalityCode,
          citations: this.citationsOf(c.cite),
        },
        ownerIds,
      );
    }
    for (const f of record.fundings) {
      await this.through(
        FundingLine,
        f.key,
        FUNDING_CASES,
        {
          kind: f.kind,
          amount: f.amount,
          basis: f.basis ?? null,
          note: f.note,
          funderId: f.funder ? this.rows.get(Organisation, f.funder).id : null,
          recipientCode: f.recipientMunicipalityCode,
          decisionDate: f.decisionDate,
          citations: this.citationsOf(f.cite, f.fieldCites),
        },
        ownerIds,
      );
    }
    for (const o of record.outcomes) {
      await this.through(
        Outcome,
        o.key,
        OUTCOME_CASES,
        {
          kind: o.kind,
          domain: o.domain,
          direction: o.direction,
          evidenceType: o.evidenceType,
          summaryEn: o.summaryEn,
          summaryFi: o.summaryFi,
          reportedAt: o.reportedAt ?? null,
          value: o.value,
          unit: o.unit,
          valueDescription: o.valueDescription,
          measuredAt: o.measuredAt,
          measuredPrecision: o.measuredPrecision,
          baselineYear: o.baselineYear,
          comparison: o.comparison,
          citations: this.citationsOf(o.cite, o.fieldCites),
        },
        ownerIds,
      );
    }
  }

  /**
   * A curated record through the editors' use cases (the same checks, hooks and citation rules):
   * created under its key, or its row updated in place — its version rises only when something
   * changed. A figure or outcome whose key now sits under another project or practice (`owner`) is
   * deleted under the old one and created under the new (the update use cases do not move records).
   * Derived values wait for the one recomputation at the end. A refusal names the record.
   */
  private async through<T extends BaseEntity & { version: number }, C>(
    entity: EntityClass<T>,
    key: string,
    cases: UseCases<T, C>,
    command: C,
    owner?: OwnerIds,
  ): Promise<T> {
    let existing = this.rows.find(entity, key);
    try {
      if (existing && owner && ownerMoved(existing, owner)) {
        await cases.remove(this.em, existing, { recompute: false });
        existing = undefined;
      }
      const row = existing
        ? await cases.update(this.em, existing, command, { recompute: false, unchangedKeepsVersion: true })
        : await cases.create(this.em, { ...command, ...owner }, { key, recompute: false });
      this.rows.adopt(entity, key, row);
      return row;
    } catch (e) {
      if (e instanceof DomainError)
        throw new Error(`Curated ${entity.name} "${key}" was refused: ${e.message}`, { cause: e });
      throw e;
    }
  }

  /** A data set record's passages: each found in its source (by offset), with its source row. */
  private passages(cites: Cite[]) {
    return cites.map((c) => {
      const r = resolveCite(this.dataset, c);
      const source = this.sources.get(r.sourceKey);
      if (!source) throw new Error(`A citation names unknown source ${r.sourceKey}.`);
      return { source, quote: r.quote, start: r.start, end: r.end, note: c.note ?? null };
    });
  }

  /** A record's passages as the use cases take citations: its source by database id, at its offset. */
  private citationsOf(cites: Cite[], fieldCites: FieldCites = {}): CitationCommand[] {
    const out: CitationCommand[] = [];
    const add = (list: Cite[], field?: string) => {
      for (const p of this.passages(list))
        out.push({ sourceId: p.source.id, quote: p.quote, start: p.start, field, note: p.note ?? undefined });
    };
    add(cites);
    for (const [field, list] of Object.entries(fieldCites)) add(list, field);
    this.citedThroughUseCases += out.length;
    return out;
  }

  /** Citations of a record that has no id yet are resolved after the flush. */
  private readonly pending: { entity: { id: number }; type: string; cites: Cite[]; field: string | null }[] =
    [];

  private citeRecord(entity: { id: number }, type: string, cites: Cite[], fieldCites?: FieldCites): void {
    this.pending.push({ entity, type, cites, field: null });
    for (const [field, list] of Object.entries(fieldCites ?? {}))
      this.pending.push({ entity, type, cites: list, field });
  }

  private cite(type: string, id: string, cites: Cite[], field: string | null = null): void {
    for (const p of this.passages(cites))
      this.citations.push(
        this.em.create(Citation, { ...p, subjectType: type, subjectId: id, field }, { persist: false }),
      );
  }

  private async replaceCitations(): Promise<void> {
    for (const p of this.pending) this.cite(p.type, String(p.entity.id), p.cites, p.field);
    const subjects = new Map<string, Set<string>>();
    for (const c of this.citations) {
      const ids = subjects.get(c.subjectType) ?? new Set();
      ids.add(c.subjectId);
      subjects.set(c.subjectType, ids);
    }
    for (const [subjectType, ids] of subjects) {
      await this.em.nativeDelete(Citation, { subjectType, subjectId: { $in: [...ids] } });
    }
    this.em.persist(this.citations);
  }
}
