import { Link, useSearchParams } from 'react-router';
import { ListPager } from '../components/ListPager';
import { usePageParam } from '../components/Pager';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { useQuery } from '../graphql/client';
import { TimelineDocument } from '../graphql/generated';
import { useListedMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { useNationalTexts } from '../national/texts';
import { timelineModel } from '../view/timeline';

/** Rows on one page (projects and practices together, by start). */
const PAGE = 50;

/**
 * Projects as bars over their periods; practices over theirs, or at their page date as a circle, said
 * so. Both in one order by start (unknown last), narrowed to the compared municipalities within the
 * chosen county, a page at a time with the count of all.
 */
export function Timeline() {
  const { t, lang } = useTexts();
  const { n } = useNationalTexts();
  const title = lang === 'fi' ? 'Aikajana' : 'Timeline';
  usePageTitle(title);
  const [params] = useSearchParams();
  const listed = useListedMunicipalities();
  const [pageNumber, setPage] = usePageParam('page');
  const q = useQuery(
    TimelineDocument,
    { municipalities: listed.codes, first: PAGE, offset: pageNumber * PAGE },
    { skip: !listed.ready },
  );
  const model = timelineModel(q.data?.catalogue.edges.map((e) => e.node) ?? [], new Date(), t, lang);
  const keep = params.toString() ? `?${params}` : '';
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{title}</h2>
      <p className="notice" data-testid="timeline-note">
        {t.timelineNote}
      </p>
      <Status loading={q.loading} error={q.error} />
      {q.data && (
        <ListPager
          of={q.data.catalogue}
          page={pageNumber}
          size={PAGE}
          label={n.listed}
          onPage={setPage}
          testId="timeline"
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
