import { Link, useParams, useSearchParams } from 'react-router';
import { NoData, Status, Value } from '../components/Status';
import { formatNumber } from '../format';
import { useQuery } from '../graphql/client';
import { ProfileDocument } from '../graphql/generated';
import { useTexts } from '../i18n';

/** One municipality on one page: projects, practices, costs, outcomes by domain, population. */
export function Profile() {
  const { t, lang } = useTexts();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const q = useQuery(ProfileDocument, { code });
  const p = q.data?.municipalityProfile;
  const keep = params.toString() ? `?${params}` : '';
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{p ? `${p.municipality.nameFi} (${p.municipality.nameSv})` : t.profile}</h2>
      <Status loading={q.loading} error={q.error} />
      {p && (
        <>
          <p>
            {p.municipality.region} · {p.municipality.wellbeingServicesCounty} · {p.municipality.code}
          </p>
          <h3>{t.projects}</h3>
          <ul>
            {p.projects.map((x) => (
              <li key={x.id}>
                <Link to={`/item/${x.id}${keep}`}>{x.name}</Link>
                {x.period
                  ? ` (${x.period.start?.slice(0, 4) ?? '?'}–${x.period.end?.slice(0, 4) ?? ''})`
                  : ''}
              </li>
            ))}
            {!p.projects.length && (
              <li>
                <NoData reason="NOT_REPORTED" />
              </li>
            )}
          </ul>
          <h3>{t.practices}</h3>
          <ul>
            {p.practices.map((x) => (
              <li key={x.id}>
                <Link to={`/item/${x.id}${keep}`}>{x.name}</Link>
                {x.phase ? ` · ${(t.phases as Record<string, string>)[x.phase]}` : ''}
              </li>
            ))}
          </ul>
          <h3>{t.costs}</h3>
          <table className="data-table" data-testid="profile-costs">
            <tbody>
              {p.costs.map((c) => {
                const r = c.rows[0];
                return (
                  <tr key={c.indicator.code}>
                    <th scope="row">{lang === 'fi' ? c.indicator.nameFi : c.indicator.nameEn}</th>
                    <td data-testid={`profile-${c.indicator.code}`}>{<Value row={r} />}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>{t.effectiveness}</h3>
          <ul>
            {p.outcomeCells
              .filter((c) => c.count > 0)
              .map((c) => (
                <li key={c.domain.code}>
                  {lang === 'fi' ? c.domain.nameFi : c.domain.nameEn}:{' '}
                  {(t.directions as Record<string, string>)[c.direction ?? 'UNKNOWN']} (
                  {(t.evidence as Record<string, string>)[c.evidenceType ?? 'NOT_YET_MEASURED']})
                </li>
              ))}
          </ul>
          <h3>{t.context}</h3>
          <ul>
            {p.context
              .filter((v) => v.indicator.code === 'POPULATION')
              .map((v) => (
                <li key={v.year ?? 'x'}>
                  {v.year}: {v.value != null ? formatNumber(v.value, lang) : <NoData reason={null} />}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
