import { Link, useParams, useSearchParams } from 'react-router';
import { EvidenceScale } from '../components/EvidenceScale';
import { FigureView } from '../components/Figure';
import { NotFound } from '../components/NotFound';
import { Status } from '../components/Status';
import { usePageTitle } from '../components/title';
import { formatNumber } from '../format';
import { useQuery } from '../graphql/client';
import { useRankLines } from '../graphql/comparison';
import { ProfileDocument } from '../graphql/generated';
import { useRegister } from '../graphql/municipalities';
import { useTexts } from '../i18n';
import { DotStrip } from '../national/DotStrip';
import { useNationalTexts } from '../national/texts';
import { formatPeriod } from '../view/dates';
import { evidenceLabel } from '../view/figures';
import { profileCosts } from '../view/profile';

const RANKED = ['POPULATION', 'OWN_PROJECT_COST', 'EXTERNAL_FUNDING', 'NET_OWN_CONTRIBUTION'];

/** One municipality on one page: projects, practices, what it cost the city, outcomes by domain, population. */
export function Profile() {
  const { t, lang } = useTexts();
  const { n } = useNationalTexts();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const q = useQuery(ProfileDocument, { code });
  const p = q.data?.municipalityProfile;
  usePageTitle(p ? p.municipality.nameFi : q.loading ? t.profile : t.notFound);
  const keep = params.toString() ? `?${params}` : '';
  const ranks = useRankLines(RANKED, t, lang);
  const register = useRegister().data?.municipalityRegister ?? [];
  if ((q.data && !p) || q.error?.code === 'BAD_USER_INPUT' || q.error?.code === 'NOT_FOUND')
    return <NotFound message={t.unknownMunicipality(code)} />;
  const entry = register.find((m) => m.code === code);
  const costs = p ? profileCosts(p.costs, p.costRoles, t, lang, (i) => ranks.line(i, code)) : [];
  const population = ranks.contextFigure('POPULATION', code);
  const populationRows = [...(ranks.contexts.get('POPULATION') ?? new Map())].map(([c, x]) => ({
    code: c,
    value: x.value as number | null,
  }));
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{p ? `${p.municipality.nameFi} (${p.municipality.nameSv})` : t.profile}</h2>
      <Status loading={q.loading} error={q.error} />
      {p && (
        <>
          <p>
            {p.municipality.region} · {p.municipality.wellbeingServicesCounty} · {p.municipality.code}
          </p>
          {entry && !entry.hasDevelopmentWork && (
            <p className="no-work" data-testid="profile-no-work">
              {n.noWorkSentence}
            </p>
          )}
          {population && (
            <p data-testid="profile-population">
              {t.context}: <FigureView f={population} testId="profile-POPULATION" />
            </p>
          )}
          {populationRows.length > 0 && (
            <DotStrip
              values={populationRows}
              chosen={new Set([code])}
              nameOf={(c) => register.find((m) => m.code === c)?.nameFi ?? c}
              show={(v) => formatNumber(v, lang)}
              caption={`${t.context} — ${n.distribution.toLowerCase()}`}
              testId="profile-distribution"
            />
          )}
          <h3>{t.projects}</h3>
          <ul data-testid="profile-projects">
            {p.projects.map((x) => (
              <li key={x.id}>
                <Link to={`/item/${x.id}${keep}`}>{x.name}</Link>
                {x.period ? ` (${formatPeriod(x.period, lang)})` : ''}
              </li>
            ))}
            {!p.projects.length && <li>{t.noProjects}</li>}
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
          <h3>
            {lang === 'fi' ? 'Mitä kehittämistyö maksoi kunnalle' : 'What the development work cost the city'}
          </h3>
          <table className="data-table" data-testid="profile-costs">
            <tbody>
              {costs.map((c) => (
                <tr key={c.code}>
                  <th scope="row">
                    {c.label}
                    {c.definition && (
                      <small className="hint" lang={c.definitionLang}>
                        {c.definition}
                      </small>
                    )}
                  </th>
                  <td>
                    <FigureView f={c.figure} testId={`profile-${c.code}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t.effectiveness}</h3>
          <ul>
            {p.outcomeCells
              .filter((c) => c.count > 0)
              .map((c) => (
                <li key={c.domain.code}>
                  {lang === 'fi' ? c.domain.nameFi : c.domain.nameEn}:{' '}
                  {(t.directions as Record<string, string>)[c.direction ?? 'UNKNOWN']} ·{' '}
                  {t.evidenceScale.toLowerCase()} {evidenceLabel(c.evidenceLevel, t) ?? t.noData}
                </li>
              ))}
          </ul>
          <EvidenceScale />
          <h3>{t.context}</h3>
          <ul>
            {p.context
              .filter((v) => v.indicator.code === 'POPULATION')
              .map((v) => (
                <li key={v.year ?? 'x'}>
                  {v.year}:{' '}
                  {v.value != null ? (
                    formatNumber(v.value, lang)
                  ) : (
                    <span className="no-data">{t.noData}</span>
                  )}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
