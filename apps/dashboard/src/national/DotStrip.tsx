import { stripScale } from './model';
import { useNationalTexts } from './texts';

/**
 * Every municipality with a value as a dot on one strip; the chosen ones larger, dark and named with
 * their value. Municipalities without a value are counted under it, not drawn at zero.
 */
export function DotStrip({
  values,
  chosen,
  nameOf,
  show,
  caption,
  testId = 'distribution',
}: {
  values: { code: string; value: number | null }[];
  chosen: Set<string>;
  nameOf: (code: string) => string;
  show: (v: number) => string;
  caption?: string;
  testId?: string;
}) {
  const { n } = useNationalTexts();
  const known = values.filter((r): r is { code: string; value: number } => r.value != null);
  const width = 360;
  const { x, log } = stripScale(
    known.map((r) => r.value),
    width,
  );
  // Named dots only for a handful: with a county chosen the labels would fill the page.
  const highlighted = known.filter((r) => chosen.has(r.code));
  const named = highlighted.slice(0, 8);
  return (
    <figure className="strip" data-testid={testId}>
      <figcaption>
        {caption ?? n.distribution}
        {log ? ` (${n.logScale})` : ''}
        <small className="hint" data-testid={`${testId}-count`}>
          {n.stripCount(known.length, values.length, highlighted.length)}
        </small>
      </figcaption>
      <svg viewBox={`-10 0 ${width + 20} ${40 + named.length * 14}`} aria-hidden="true">
        {known.map((r) => (
          <circle key={r.code} cx={x(r.value)} cy={20} r={3} className="dot" />
        ))}
        {highlighted.map((r) => (
          <circle key={r.code} cx={x(r.value)} cy={20} r={5} className="dot chosen" />
        ))}
        {named.map((r, i) => (
          <text
            key={r.code}
            x={x(r.value)}
            y={44 + i * 14}
            // Near either end a label reads inwards, never cut by the edge.
            textAnchor={x(r.value) < width * 0.25 ? 'start' : x(r.value) > width * 0.75 ? 'end' : 'middle'}
            className="dot-label"
          >
            {`${nameOf(r.code)} ${show(r.value)}`}
          </text>
        ))}
      </svg>
    </figure>
  );
}
