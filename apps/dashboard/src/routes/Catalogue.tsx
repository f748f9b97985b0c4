import { Link, useSearchParams } from 'react-router';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { useQuery } from '../graphql/client';
import { CatalogueDocument } from '../graphql/generated';
import { useTexts } from '../i18n';
import { catalogueModel } from '../view/catalogue';

/** Projects and practices in one table, searchable and sortable; the search and sort live in the URL. */
export function Catalogue() {
  const { t, lang } = useTexts();
  usePageTitle(t.catalogue);
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const sort = params.get('sort') === 'date' ? 'date' : 'name';
  const q = useQuery(CatalogueDocument, { search: search || null, municipalities: null });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: key === 'q' });
  };
  const rows = catalogueModel(
    q.data?.projects.edges.map((e) => e.node) ?? [],
    q.data?.practices.edges.map((e) => e.node) ?? [],
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
      </search>
      <Status loading={q.loading} error={q.error} />
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
