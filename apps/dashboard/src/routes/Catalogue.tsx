import { Link, useSearchParams } from 'react-router';
import { ListPager } from '../components/ListPager';
import { usePageParam } from '../components/Pager';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { useQuery } from '../graphql/client';
import { CatalogueDocument, type CatalogueKind } from '../graphql/generated';
import { useListedMunicipalities } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { useNationalTexts } from '../national/texts';
import { catalogueModel } from '../view/catalogue';

/** Rows on one page (projects and practices together). */
const PAGE = 50;
const KINDS = { all: null, projects: ['PROJECT'], practices: ['PRACTICE'] } as const;

/**
 * Projects and practices in one table and one order across both kinds (by name or start, on the server),
 * searchable, narrowed to the compared municipalities within the chosen county as every page is, a page
 * at a time with the count of all ("Hankkeet ja toimintamallit 51–100 / 25004"); all of it in the URL.
 */
export function Catalogue() {
  const { t, lang } = useTexts();
  const { n } = useNationalTexts();
  usePageTitle(t.catalogue);
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const sort = params.get('sort') === 'date' ? 'date' : 'name';
  const kind = (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => k === params.get('kind')) ?? 'all';
  const listed = useListedMunicipalities();
  const [pageNumber, setPage] = usePageParam('page');
  const q = useQuery(
    CatalogueDocument,
    {
      search: search || null,
      municipalities: listed.codes,
      kinds: KINDS[kind] ? [...(KINDS[kind] as readonly CatalogueKind[])] : null,
      orderBy: sort === 'date' ? { field: 'START', direction: 'DESC' } : { field: 'NAME', direction: 'ASC' },
      first: PAGE,
      offset: pageNumber * PAGE,
    },
    { skip: !listed.ready },
  );
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: key === 'q' });
  };
  const rows = catalogueModel(q.data?.catalogue.edges.map((e) => e.node) ?? [], t, lang);
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
        <ListPager
          of={q.data.catalogue}
          page={pageNumber}
          size={PAGE}
          label={kind === 'projects' ? t.projects : kind === 'practices' ? t.practices : n.listed}
          onPage={setPage}
          testId="catalogue"
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
