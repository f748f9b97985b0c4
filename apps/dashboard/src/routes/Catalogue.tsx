import { Link, useSearchParams } from 'react-router';
import { Pager, usePageParam } from '../components/Pager';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { useQuery } from '../graphql/client';
import { cursorAt } from '../graphql/cursor';
import { CatalogueDocument } from '../graphql/generated';
import { useCountyCodes } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { useNationalTexts } from '../national/texts';
import { catalogueModel } from '../view/catalogue';
import { twoListPage } from '../view/scale';

/** Rows of each kind on one page. */
const PAGE = 50;
const KINDS = ['all', 'projects', 'practices'] as const;

/**
 * Projects and practices in one table, searchable and sortable (on the server), narrowed to the chosen
 * county, a page at a time with each kind's count ("Hankkeet 1–50 / 20 004"); all of it lives in the URL.
 */
export function Catalogue() {
  const { t, lang } = useTexts();
  const { n } = useNationalTexts();
  usePageTitle(t.catalogue);
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const sort = params.get('sort') === 'date' ? 'date' : 'name';
  const kind = KINDS.find((k) => k === params.get('kind')) ?? 'all';
  const county = useCountyCodes();
  const [pageNumber, setPage] = usePageParam('page');
  const q = useQuery(
    CatalogueDocument,
    {
      search: search || null,
      municipalities: county.codes,
      first: PAGE,
      projectsAfter: cursorAt(pageNumber * PAGE),
      practicesAfter: cursorAt(pageNumber * PAGE),
      projectOrder:
        sort === 'date' ? { field: 'START', direction: 'DESC' } : { field: 'NAME', direction: 'ASC' },
      practiceOrder:
        sort === 'date' ? { field: 'START', direction: 'DESC' } : { field: 'NAME', direction: 'ASC' },
      withProjects: kind !== 'practices',
      withPractices: kind !== 'projects',
    },
    { skip: !county.ready },
  );
  const paged = twoListPage(pageNumber, PAGE, {
    first: q.data?.projects?.totalCount ?? null,
    second: q.data?.practices?.totalCount ?? null,
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: key === 'q' });
  };
  const rows = catalogueModel(
    q.data?.projects?.edges.map((e) => e.node) ?? [],
    q.data?.practices?.edges.map((e) => e.node) ?? [],
    sort,
    t,
    lang,
  );
  const keep = params.toString() ? `?${params}` : '';
  return (
    <section aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t.catalogue}</h2>
      <search className="filters no-print">
        <label>
          {t.search}{' '}
          <input
            type="search"
            data-testid="catalogue-search"
            value={search}
            onChange={(e) => set('q', e.target.value)}
            style={{ width: '16rem', maxWidth: '100%' }}
          />
        </label>
        <label>
          {t.sortBy}{' '}
          <select value={sort} onChange={(e) => set('sort', e.target.value === 'name' ? '' : e.target.value)}>
            <option value="name">{t.name}</option>
            <option value="date">{t.period}</option>
          </select>
        </label>
        <label>
          {n.kind}{' '}
          <select
            data-testid="catalogue-kind"
            value={kind}
            onChange={(e) => set('kind', e.target.value === 'all' ? '' : e.target.value)}
          >
            <option value="all">{n.kinds.all}</option>
            <option value="projects">{t.projects}</option>
            <option value="practices">{t.practices}</option>
          </select>
        </label>
      </search>
      <Status loading={q.loading} error={q.error} />
      {q.data && (
        <Pager
          of={paged}
          label={t.catalogue}
          onPage={setPage}
          counts={[
            { label: t.projects, of: paged.first, testId: 'catalogue-projects-count' },
            { label: t.practices, of: paged.second, testId: 'catalogue-practices-count' },
          ]}
        />
      )}
      <table className="data-table" data-testid="catalogue-table">
        <caption>{t.catalogue}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.municipality}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.period}</th>
            <th scope="col">{t.pageDate}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/item/${r.id}${keep}`}>{r.name}</Link> <small>({r.kind})</small>
              </td>
              <td>{r.where}</td>
              <td>{r.state}</td>
              <td data-testid={`period-${r.id}`} className={r.periodKnown ? undefined : 'no-data'}>
                {r.period}
              </td>
              <td data-testid={`pagedate-${r.id}`}>{r.pageDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
