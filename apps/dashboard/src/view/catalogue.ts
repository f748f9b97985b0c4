import type { Lang, Texts } from '../i18n';
import { type DatedPractice, type DatedProject, formatPeriod, latestPageDate, pageDates } from './dates';

export interface CatalogueRow {
  id: string;
  name: string;
  kind: string;
  where: string;
  state: string;
  /** When it ran, at its precision; "ei tietoa" when the source does not say. */
  period: string;
  periodKnown: boolean;
  /** The source page's own dates, named (practices). */
  pageDate: string;
  sortDate: string;
}

/** Projects and practices in one list; a practice's page dates are shown as page dates, never as its period. */
export function catalogueModel(
  projects: readonly DatedProject[],
  practices: readonly DatedPractice[],
  sort: 'name' | 'date',
  t: Texts,
  lang: Lang,
): CatalogueRow[] {
  const rows: CatalogueRow[] = [
    ...projects.map((p) => {
      const period = formatPeriod(p.period, lang);
      return {
        id: p.id,
        name: p.name,
        kind: t.projects,
        where: [...new Set(p.municipalities.map((m) => m.municipality.nameFi))].join(', '),
        state: p.status ? ((t.statuses as Record<string, string>)[p.status] ?? '–') : '–',
        period: period ?? t.noData,
        periodKnown: period != null,
        pageDate: '–',
        sortDate: p.period?.start ?? '',
      };
    }),
    ...practices.map((p) => {
      const period = formatPeriod(p.period, lang);
      return {
        id: p.id,
        name: p.name,
        kind: t.practices,
        where: p.municipality.nameFi,
        state: p.phase ? ((t.phases as Record<string, string>)[p.phase] ?? '–') : '–',
        period: period ?? t.noData,
        periodKnown: period != null,
        pageDate: pageDates(p, t, lang).join(', ') || '–',
        sortDate: p.period?.start ?? latestPageDate(p) ?? '',
      };
    }),
  ];
  return rows.sort((a, b) =>
    sort === 'date'
      ? b.sortDate.localeCompare(a.sortDate) || a.name.localeCompare(b.name, 'fi')
      : a.name.localeCompare(b.name, 'fi'),
  );
}
