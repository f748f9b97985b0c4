import type { Lang, Texts } from '../i18n';
import { timelineYears } from '../national/timeline-axis';
import {
  type DatedPractice,
  type DatedProject,
  formatAt,
  formatPeriod,
  type ListedItem,
  latestPageDate,
  type PeriodLike,
  pageDates,
} from './dates';

export interface TimelineItem {
  id: string;
  name: string;
  where: string;
  kind: 'project' | 'practice';
  /** Where the mark goes (0–100 % of the axis) and how wide; null when nothing dates it. */
  left: number | null;
  width: number | null;
  /** A period (bar) or only a page date (circle). */
  mark: 'period' | 'page-date' | 'none';
  /** A period with a start and no end: drawn on to this year as an open bar. */
  open: boolean;
  text: string;
}

/**
 * Projects over their periods; practices over theirs, else at their page date, said to be one. In the
 * order given (the API's one order by start across both kinds).
 */
export function timelineModel(
  listed: readonly ListedItem[],
  today: Date,
  t: Texts,
  lang: Lang,
): { years: number[]; items: TimelineItem[] } {
  // The axis comes from the data: a 2006 project gets 2006; open periods run on to this year.
  const years = timelineYears(
    listed.map((p) => ({
      start: p.period?.start ?? (p.__typename === 'Practice' ? latestPageDate(p) : null) ?? null,
      end: p.period?.end ?? null,
    })),
    today,
  );
  const first = years[0] as number;
  const lastYear = years[years.length - 1] as number;
  const span = years.length;
  const x = (iso: string) =>
    ((Number(iso.slice(0, 4)) - first + (Number(iso.slice(5, 7)) - 1) / 12) / span) * 100;
  const bar = (p: PeriodLike | null) => {
    if (!p?.start) return { left: null, width: null, open: false };
    const end = p.end ?? `${lastYear}-12-31`;
    return {
      left: x(p.start),
      width: Math.max(x(end) - x(p.start) + (p.precision === 'YEAR' ? 100 / span : 0), 0.8),
      open: p.end == null,
    };
  };
  const project = (p: DatedProject): TimelineItem => {
    const period = formatPeriod(p.period, lang);
    return {
      id: p.id,
      name: p.name,
      where: [...new Set(p.municipalities.map((m) => m.municipality.nameFi))].join(', '),
      kind: 'project',
      ...bar(p.period),
      mark: period ? 'period' : 'none',
      text: [
        period ? `${t.dates.period} ${period}` : `${t.dates.period}: ${t.noData}`,
        p.status ? (t.statuses as Record<string, string>)[p.status] : null,
      ]
        .filter(Boolean)
        .join(' · '),
    };
  };
  const practice = (p: DatedPractice): TimelineItem => {
    const period = formatPeriod(p.period, lang);
    const page = latestPageDate(p);
    const phase = p.phase
      ? `${(t.phases as Record<string, string>)[p.phase]}${p.phaseAsOf ? ` (${t.dates.phaseAsOf} ${formatAt(p.phaseAsOf, 'DAY', lang)})` : ''}`
      : null;
    const base = { id: p.id, name: p.name, where: p.municipality.nameFi, kind: 'practice' as const };
    if (period)
      return {
        ...base,
        ...bar(p.period),
        mark: 'period',
        text: [`${t.dates.period} ${period}`, phase].filter(Boolean).join(' · '),
      };
    if (page)
      return {
        ...base,
        left: x(page),
        width: null,
        open: false,
        mark: 'page-date',
        text: [`${t.dates.period}: ${t.noData}`, ...pageDates(p, t, lang), phase].filter(Boolean).join(' · '),
      };
    return {
      ...base,
      left: null,
      width: null,
      open: false,
      mark: 'none',
      text: [`${t.dates.period}: ${t.noData}`, phase].filter(Boolean).join(' · '),
    };
  };
  return { years, items: listed.map((i) => (i.__typename === 'Project' ? project(i) : practice(i))) };
}
