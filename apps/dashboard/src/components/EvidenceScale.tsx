import { useTexts } from '../i18n';

/** The evidence scale's definition, on every page that shows an evidence level. */
export function EvidenceScale() {
  const { t } = useTexts();
  return (
    <section className="definitions" aria-labelledby="evidence-scale-title">
      <h3 id="evidence-scale-title">{t.evidenceScale}</h3>
      <p>{t.evidenceScaleDesc}</p>
    </section>
  );
}
