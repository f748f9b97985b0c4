import { Link, useSearchParams } from 'react-router';
import { Status } from '../components/Status';
import { formatDate } from '../format';
import { useQuery } from '../graphql/client';
import { CatalogueDocument } from '../graphql/generated';
import { useTexts } from '../i18n';

/** Projects and practices in one table, searchable and sortable; the search and sort live in the URL. */
export function Catalogue() {
  const { t, lang } = useTexts();
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
  const rows = [
    ...(q.data?.projects.edges.map(({ node: p }) => ({
      id: p.id,
      name: p.name,
      kind: t.projects,
      where: p.municipalities
        .map((m) => m.municipality.nameFi)
        .filter((v, i, a) => a.indexOf(v) === i)
        .join(', '),
      state: p.status ? (t.statuses as Record<string, string>)[p.status] : '–',
      date: p.period?.start ?? null,
    })) ?? []),
    ...(q.data?.practices.edges.map(({ node: p }) => ({
      id: p.id,
      name: p.name,
      kind: t.practices,
      where: p.municipality.nameFi,
      state: p.phase ? (t.phases as Record<string, string>)[p.phase] : '–',
      date: p.modifiedDate ?? p.publishedDate ?? null,
    })) ?? []),
  ].sort((a, b) =>
    sort === 'date' ? (b.date ?? '').localeCompare(a.date ?? '') : a.name.localeCompare(b.name, 'fi'),
  );
  const keep = params.toString() ? `?${params}` : '';
  return (
    <section aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t.catalogue}</h2>
      <search className="filters">
        <label>
          {t.search}{' '}
          <input
            type="search"
            data-testid="catalogue-search"
            value={search}
            onChange={(e) => set('q', e.target.value)}
            style={{ width: '16rem' }}
          />
        </label>
        <label>
          {t.show}{' '}
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
              <td>{r.date ? formatDate(r.date, lang) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
