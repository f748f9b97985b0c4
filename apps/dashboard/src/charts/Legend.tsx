/** An HTML legend (dark text, ≥ 4.5:1): only the series drawn, in the order given. */
export function ChartLegend({ items, label }: { items: { label: string; color: string }[]; label: string }) {
  if (!items.length) return null;
  return (
    <ul className="legend" aria-label={label}>
      {items.map((i) => (
        <li key={i.label}>
          <span className="swatch" style={{ background: i.color }} aria-hidden="true" />
          {i.label}
        </li>
      ))}
    </ul>
  );
}
