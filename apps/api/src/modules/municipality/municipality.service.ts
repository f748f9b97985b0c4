import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { findPlain, pagePlain, plainColumns, plainRows, readSql, rowExists } from '../../db/plain';
import { Municipality } from './municipality.entity';
import { searchMunicipalities } from './name-search';
import { ServiceOrganiser } from './service-organiser.entity';

/**
 * The municipality register's reads: plain filters and paging in, plain rows out (db/plain.ts),
 * `DomainError` for a bad filter.
 */

/** Which municipalities to list. */
export interface MunicipalityQuery {
  search?: string | null;
  codes?: string[] | null;
  withDevelopmentWork?: boolean | null;
  serviceOrganiser?: string | null;
  region?: string | null;
  wellbeingServicesCounty?: string | null;
}

/** Codes of the municipalities that have a project or a practice (one indexed statement). */
const WITH_WORK_SQL =
  'select pm.municipality_code from project_municipality pm union select p.municipality_code from practice p';

/** Whether a municipality of this code is in the register (a code is three digits; anything else: no). */
export async function municipalityExists(em: EntityManager, code: string): Promise<boolean> {
  return /^\d{3}$/.test(code) && rowExists(em, 'municipality', { code });
}

export async function codesWithWork(em: EntityManager): Promise<Set<string>> {
  const knex = readSql(em);
  const rows = (await knex
    .select('municipality_code')
    .from('project_municipality')
    .union(knex.select('municipality_code').from('practice'))) as { municipality_code: string }[];
  return new Set(rows.map((r) => r.municipality_code));
}

/** A page of municipalities by Finnish name (a search: best matches first), with the count over all pages. */
export async function listMunicipalities(
  em: EntityManager,
  filter: MunicipalityQuery,
  page: { limit: number; offset: number },
): Promise<{ rows: Municipality[]; totalCount: number }> {
  if (filter.search && filter.search.length > 200)
    throw badInput('search', 'must be at most 200 characters.');
  if (filter.codes && filter.codes.length > 400)
    throw badInput('codes', 'must list at most 400 municipality codes.');
  const knex = readSql(em);
  const query = knex.from({ m: 'municipality' });
  if (filter.region) query.where('m.region', filter.region);
  if (filter.wellbeingServicesCounty)
    query.where('m.wellbeing_services_county', filter.wellbeingServicesCounty);
  if (filter.serviceOrganiser) query.where('m.service_organiser_code', filter.serviceOrganiser);
  if (filter.codes) query.whereIn('m.code', filter.codes);
  if (filter.withDevelopmentWork != null)
    query.whereRaw(`${filter.withDevelopmentWork ? '' : 'not '}(m.code in (${WITH_WORK_SQL}))`);
  if (filter.search?.trim()) {
    // Inflected forms cannot be matched in SQL; the country has ~300 municipalities, so the
    // filtered rows are scored here (bounded by the register's size, not by the request).
    const all = plainRows(
      em,
      Municipality,
      (await query.select(plainColumns(em, Municipality, 'm'))) as Record<string, unknown>[],
    );
    const found = searchMunicipalities(filter.search, all);
    return { rows: found.slice(page.offset, page.offset + page.limit), totalCount: found.length };
  }
  return pagePlain(em, Municipality, query, 'm', 'm.name_fi asc', page);
}

/** The wellbeing services counties of the register, in Finnish alphabetical order. */
export async function wellbeingServicesCounties(em: EntityManager): Promise<string[]> {
  const rows = (await readSql(em)
    .distinct('wellbeing_services_county')
    .from('municipality')
    .whereNotNull('wellbeing_services_county')) as { wellbeing_services_county: string }[];
  return rows.map((r) => r.wellbeing_services_county).sort((a, b) => a.localeCompare(b, 'fi'));
}

/** Every municipality of the register, by code. */
export function municipalityRegister(em: EntityManager): Promise<Municipality[]> {
  return findPlain(em, Municipality, {}, { code: 'asc' });
}

/** The service organisers, by Finnish name. */
export function serviceOrganisers(em: EntityManager): Promise<ServiceOrganiser[]> {
  return findPlain(em, ServiceOrganiser, {}, { nameFi: 'asc' });
}
