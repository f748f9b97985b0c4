import type { Lang, Texts } from '../i18n';
import { formatPeriod, type ListedItem, pageDates } from './dates';

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
}

/**
 * Projects and practices in one list, in the order the API gives (one order across both kinds, so a
 * page continues the previous one); a practice's page dates are shown as page dates, never as its period.
 */
export function catalogueModel(items: readonly ListedItem[], t: Texts, lang: Lang): CatalogueRow[] {
  return items.map((p) => {
    const period = formatPeriod(p.period, lang);
    const common = { id: p.id, name: p.name, period: period ?? t.noData, periodKnown: period != null };
    return p.__typename === 'Project'
      ? {
          ...common,
          kind: t.projects,
          where: [...new Set(p.municipalities.map((m) => m.municipality.nameFi))].join(', '),
          state: p.status ? ((t.statuses as Record<string, string>)[p.status] ?? '–') : '–',
          pageDate: '–',
        }
      : {
          ...common,
          kind: t.practices,
          where: p.municipality.nameFi,
          state: p.phase ? ((t.phases as Record<string, string>)[p.phase] ?? '–') : '–',
          pageDate: pageDates(p, t, lang).join(', ') || '–',
        };
  });
}
