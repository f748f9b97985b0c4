import { formatDate, formatValue } from '../format';
import { useTexts } from '../i18n';
import type { CitationLike, ExplanationLike, Figure } from '../view/figures';

/**
 * A compared figure: its value (or "no data" with the reason), estimate/realised and years beside it, and
 * — when the API explains it — a disclosure with the formula, the inputs and their sources.
 */
export function FigureView({ f, testId }: { f: Figure; testId?: string }) {
  return (
    <span className="figure">
      <span data-testid={testId} className={f.missing ? 'no-data' : undefined} title={f.note ?? undefined}>
        {f.text}
      </span>
      {f.qualifier && (
        <span className="qualifier" data-testid={testId ? `${testId}-basis` : undefined}>
          {f.qualifier}
        </span>
      )}
      {f.explanation && f.explanation.inputs.length > 0 && (
        <Explain explanation={f.explanation} testId={testId ? `${testId}-explain` : undefined} />
      )}
    </span>
  );
}

/** Formula, inputs, and each input's citations (source title, date, address). */
export function Explain({ explanation, testId }: { explanation: ExplanationLike; testId?: string }) {
  const { t, lang } = useTexts();
  return (
    <details className="explain" data-testid={testId}>
      <summary>{t.explain}</summary>
      <div className="explain-body">
        {explanation.formula && (
          <p>
            <strong>{t.formula}:</strong> <span lang="en">{explanation.formula}</span>
          </p>
        )}
        {explanation.inputs.length > 0 && (
          <>
            <p>
              <strong>{t.inputs}:</strong>
            </p>
            <ul>
              {explanation.inputs.map((input) => (
                <li key={`${input.recordId}-${input.label}`}>
                  <span lang="en">{input.label}</span>:{' '}
                  {input.value != null ? formatValue(input.value, input.unit, lang) : t.noData}
                  <InputSources citations={input.citations ?? []} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}

function InputSources({ citations }: { citations: CitationLike[] }) {
  const { t, lang } = useTexts();
  if (!citations.length) return null;
  return (
    <ul className="sources">
      {citations.map((c) => (
        <li key={`${c.source.title}-${c.quote}`}>
          <q lang="fi">{c.quote}</q> — {t.sourceOf}: <cite>{c.source.title}</cite>
          {c.source.publisher ? `, ${c.source.publisher}` : ''}
          {c.source.publishedDate ? `, ${formatDate(c.source.publishedDate, lang)}` : ''}
          {c.source.url ? (
            <>
              , <a href={c.source.url}>{c.source.url}</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
