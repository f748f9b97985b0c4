import { Link, useSearchParams } from 'react-router';
import { Status } from '../components/Status';
import { formatDate } from '../format';
import { useQuery } from '../graphql/client';
import { TimelineDocument } from '../graphql/generated';
import { useTexts } from '../i18n';
import { timelineYears } from '../national/timeline-axis';

/** Projects as bars over their periods and practices at their dates, 2014 onwards, phases visible. */
export function Timeline() {
  const { t, lang } = useTexts();
  const [params] = useSearchParams();
  const q = useQuery(TimelineDocument, {});
  const keep = params.toString() ? `?${params}` : '';
  const items = [
    ...(q.data?.projects.edges.map(({ node: p }) => ({
      id: p.id,
      name: p.name,
      where: [...new Set(p.municipalities.map((m) => m.municipality.nameFi))].join(', '),
      start: p.period?.start ?? null,
      end: p.period?.end ?? null,
      label: p.status ? (t.statuses as Record<string, string>)[p.status] : '',
      yearsOnly: p.period?.precision === 'YEAR',
      open: p.period?.start != null && p.period.end == null,
      kind: 'project',
    })) ?? []),
    ...(q.data?.practices.edges.map(({ node: p }) => {
      const date = p.period?.start ?? p.createdDate ?? p.publishedDate ?? p.phaseAsOf ?? null;
      return {
        id: p.id,
        name: p.name,
        where: p.municipality.nameFi,
        start: date,
        end: p.period?.end ?? null,
        label: p.phase
          ? `${(t.phases as Record<string, string>)[p.phase]}${p.phaseAsOf ? ` ${formatDate(p.phaseAsOf, lang)}` : ''}`
          : '',
        yearsOnly: p.period?.start != null && p.period.precision === 'YEAR',
        open: p.period?.start != null && p.period.end == null,
        kind: 'practice',
      };
    }) ?? []),
  ];
  // The axis comes from the data (a 2006 project gets 2006); an open period is drawn on to today.
  const today = new Date().toISOString().slice(0, 10);
  const years = timelineYears(items, new Date());
  const FIRST = years[0] ?? Number(today.slice(0, 4));
  const span = years.length;
  const x = (iso: string) =>
    ((Number(iso.slice(0, 4)) - FIRST + (Number(iso.slice(5, 7)) - 1) / 12) / span) * 100;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{lang === 'fi' ? 'Aikajana' : 'Timeline'}</h2>
      <Status loading={q.loading} error={q.error} />
      <div className="timeline" data-testid="timeline">
        <div className="timeline-axis" aria-hidden="true">
          {years.map((year) => (
            <span key={year} style={{ left: `${((year - FIRST) / span) * 100}%` }}>
              {year}
            </span>
          ))}
        </div>
        <ol>
          {items.map((item) => (
            <li key={item.id} className={`timeline-row ${item.kind}`}>
              <span className="timeline-label">
                <Link to={`/item/${item.id}${keep}`}>{item.name}</Link> <small>({item.where})</small>
              </span>
              <span className="timeline-track">
                {item.start ? (
                  <span
                    className={item.open ? 'timeline-bar open' : 'timeline-bar'}
                    style={{
                      left: `${x(item.start)}%`,
                      width:
                        item.end || item.open
                          ? `${Math.max(x(item.end ?? today) - x(item.start), 0.8)}%`
                          : '0.8%',
                    }}
                    title={`${formatDate(item.start, lang)} – ${item.end ? formatDate(item.end, lang) : ''}`}
                  />
                ) : null}
                <span className="timeline-text">
                  {item.start
                    ? item.yearsOnly
                      ? `${item.start.slice(0, 4)}–${item.end?.slice(0, 4) ?? ''}`
                      : `${formatDate(item.start, lang)}${item.end ? ` – ${formatDate(item.end, lang)}` : ''}`
                    : t.noData}
                  {item.label ? ` · ${item.label}` : ''}
                </span>
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
