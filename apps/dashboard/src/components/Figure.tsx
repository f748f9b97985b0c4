import { useState } from 'react';
import { formatDate, formatValue } from '../format';
import { useQuery } from '../graphql/client';
import { ExplainFigureDocument, type Normalize } from '../graphql/generated';
import { useTexts } from '../i18n';
import {
  type CitationLike,
  type ExplainRef,
  type ExplanationLike,
  type Figure,
  worded,
} from '../view/figures';
import { Status } from './Status';

/**
 * A compared figure: its value (or "no data" with the reason), estimate/realised and years beside it, and
 * — when the API explains it — a disclosure with the formula, the inputs and their sources.
 */
export function FigureView({ f, testId }: { f: Figure; testId?: string }) {
  return (
    <span className="figure">
      <FigureParts f={f} testId={testId} />
    </span>
  );
}

/**
 * The parts of a figure without a wrapper of their own, for a container that is itself the `.figure`
 * (the overview's cards: one element fewer per figure, a national page has 24 cards of seven).
 */
export function FigureParts({ f, testId }: { f: Figure; testId?: string }) {
  return (
    <>
      <span data-testid={testId} className={f.missing ? 'no-data' : undefined} title={f.note ?? undefined}>
        {f.text}
      </span>
      {f.qualifier && (
        <span className="qualifier" data-testid={testId ? `${testId}-basis` : undefined}>
          {f.qualifier}
        </span>
      )}
      {f.rank && (
        <small className="rank" data-testid={testId ? `${testId}-rank` : undefined}>
          {f.rank}
        </small>
      )}
      {f.explanation && f.explanation.inputs.length > 0 ? (
        <Explain explanation={f.explanation} testId={testId ? `${testId}-explain` : undefined} />
      ) : (
        f.explainRef &&
        !f.missing && (
          <ExplainOnOpen explainRef={f.explainRef} testId={testId ? `${testId}-explain` : undefined} />
        )
      )}
    </>
  );
}

/** The same disclosure, its explanation asked from the API when the reader opens it (once). */
function ExplainOnOpen({ explainRef, testId }: { explainRef: ExplainRef; testId?: string }) {
  const { t } = useTexts();
  const [opened, setOpened] = useState(false);
  const q = useQuery(
    ExplainFigureDocument,
    { ...explainRef, normalize: explainRef.normalize as Normalize },
    { skip: !opened },
  );
  const explanation = q.data?.compareMunicipalities[0]?.rows[0]?.explanation ?? null;
  return (
    <details
      className="explain"
      data-testid={testId}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t.explain}</summary>
      {opened && !explanation && <Status loading={q.loading} error={q.error} />}
      {explanation && <ExplainBody explanation={explanation} />}
    </details>
  );
}

/** Formula, inputs, and each input's citations (source title, date, address). */
export function Explain({ explanation, testId }: { explanation: ExplanationLike; testId?: string }) {
  const { t } = useTexts();
  return (
    <details className="explain" data-testid={testId}>
      <summary>{t.explain}</summary>
      <ExplainBody explanation={explanation} />
    </details>
  );
}

function ExplainBody({ explanation }: { explanation: ExplanationLike }) {
  const { t, lang } = useTexts();
  return (
    <div className="explain-body">
      {explanation.formula && (
        <p>
          <strong>{t.formula}:</strong> <Worded en={explanation.formula} fi={explanation.formulaFi} />
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
                <Worded en={input.label} fi={input.labelFi} />:{' '}
                {input.value != null ? formatValue(input.value, input.unit, lang) : t.noData}
                <InputSources citations={input.citations ?? []} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The API's words in the page's language when it has them, marked with the language they are in. */
function Worded({ en, fi }: { en: string; fi?: string | null }) {
  const { lang } = useTexts();
  const w = worded(en, fi, lang);
  return <span lang={w.lang}>{w.text}</span>;
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
