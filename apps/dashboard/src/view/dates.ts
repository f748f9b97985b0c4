import { formatDate } from '../format';
import type { Lang, Texts } from '../i18n';

/** A date at the precision the source gives it: 2015 (YEAR), 9/2014 (MONTH), 29.9.2014 (DAY). */
export function formatAt(iso: string, precision: string | null | undefined, lang: Lang): string {
  if (precision === 'YEAR') return iso.slice(0, 4);
  if (precision === 'MONTH')
    return lang === 'fi'
      ? `${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`
      : `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return formatDate(iso, lang);
}

export interface PeriodLike {
  start: string | null;
  end: string | null;
  precision: string;
}

/** 2015–2018, 2015–, 29.9.2014 – 31.5.2016; null when the period is unknown. */
export function formatPeriod(period: PeriodLike | null | undefined, lang: Lang): string | null {
  if (!period?.start && !period?.end) return null;
  const start = period.start ? formatAt(period.start, period.precision, lang) : '?';
  const end = period.end ? formatAt(period.end, period.precision, lang) : '';
  return period.precision === 'YEAR' ? `${start}–${end}` : `${start} – ${end}`.trimEnd();
}

export interface PageDates {
  createdDate?: string | null;
  modifiedDate?: string | null;
  publishedDate?: string | null;
}

/** The source page's own dates, each named ("kuvaus muokattu 10.10.2023"): never when the practice ran. */
export function pageDates(item: PageDates, t: Texts, lang: Lang): string[] {
  const out: string[] = [];
  if (item.createdDate) out.push(`${t.dates.created} ${formatDate(item.createdDate, lang)}`);
  if (item.modifiedDate) out.push(`${t.dates.modified} ${formatDate(item.modifiedDate, lang)}`);
  if (item.publishedDate) out.push(`${t.dates.published} ${formatDate(item.publishedDate, lang)}`);
  return out;
}

/** The latest of the page's dates (ISO), for sorting and for placing an undated practice. */
export function latestPageDate(item: PageDates): string | null {
  return (
    [item.modifiedDate, item.publishedDate, item.createdDate]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null
  );
}

/** What the list pages (catalogue, timeline) read of a project. */
export interface DatedProject {
  id: string;
  name: string;
  status: string | null;
  period: PeriodLike | null;
  municipalities: { municipality: { nameFi: string } }[];
}

/** What the list pages read of a practice: its period, if any, and the source page's dates. */
export interface DatedPractice extends PageDates {
  id: string;
  name: string;
  phase: string | null;
  phaseAsOf?: string | null;
  period: PeriodLike | null;
  municipality: { nameFi: string };
}

/** A project or a practice of a list that holds both in one order (the API's `catalogue`). */
export type ListedItem =
  | ({ __typename: 'Project' } & DatedProject)
  | ({ __typename: 'Practice' } & DatedPractice);
