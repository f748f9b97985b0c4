import { Link, useSearchParams } from 'react-router';
import { Pager, usePageParam } from '../components/Pager';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { useQuery } from '../graphql/client';
import { cursorAt } from '../graphql/cursor';
import { TimelineDocument } from '../graphql/generated';
import { useCountyCodes } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { twoListPage } from '../view/scale';
import { timelineModel } from '../view/timeline';

/** Rows of each kind on one page (by start). */
const PAGE = 50;

/**
 * Projects as bars over their periods; practices over theirs, or at their page date as a circle, said
 * so. Narrowed to the chosen county, a page at a time by start, with each kind's count.
 */
export function Timeline() {
  const { t, lang } = useTexts();
  const title = lang === 'fi' ? 'Aikajana' : 'Timeline';
  usePageTitle(title);
  const [params] = useSearchParams();
  const county = useCountyCodes();
  const [pageNumber, setPage] = usePageParam('page');
  const q = useQuery(
    TimelineDocument,
    {
      municipalities: county.codes,
      first: PAGE,
      projectsAfter: cursorAt(pageNumber * PAGE),
      practicesAfter: cursorAt(pageNumber * PAGE),
    },
    { skip: !county.ready },
  );
  const paged = twoListPage(pageNumber, PAGE, {
    first: q.data?.projects.totalCount ?? null,
    second: q.data?.practices.totalCount ?? null,
  });
  const model = timelineModel(
    q.data?.projects.edges.map((e) => e.node) ?? [],
    q.data?.practices.edges.map((e) => e.node) ?? [],
    new Date(),
    t,
    lang,
  );
  const keep = params.toString() ? `?${params}` : '';
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{title}</h2>
      <p className="notice" data-testid="timeline-note">
        {t.timelineNote}
      </p>
      <Status loading={q.loading} error={q.error} />
      {q.data && (
        <Pager
          of={paged}
          label={title}
          onPage={setPage}
          counts={[
            { label: t.projects, of: paged.first, testId: 'timeline-projects-count' },
            { label: t.practices, of: paged.second, testId: 'timeline-practices-count' },
          ]}
        />
      )}
      <div className="timeline" data-testid="timeline">
        <div className="timeline-axis" aria-hidden="true">
          {model.years.map((year) => (
            <span
              key={year}
              style={{ left: `${((year - (model.years[0] ?? year)) / model.years.length) * 100}%` }}
            >
              {year}
            </span>
          ))}
        </div>
        <ol>
          {model.items.map((item) => (
            <li key={item.id} className={`timeline-row ${item.kind}`}>
              <span className="timeline-label">
                <Link to={`/item/${item.id}${keep}`}>{item.name}</Link> <small>({item.where})</small>
              </span>
              <span className="timeline-track">
                {item.left != null && (
                  <span
                    className={
                      item.mark === 'page-date'
                        ? 'timeline-dot'
                        : item.open
                          ? 'timeline-bar open'
                          : 'timeline-bar'
                    }
                    style={{
                      left: `${item.left}%`,
                      width: item.width != null ? `${item.width}%` : undefined,
                    }}
                  />
                )}
                <span className="timeline-text">{item.text}</span>
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
