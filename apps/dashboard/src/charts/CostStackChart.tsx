import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface CostStackDatum {
  municipality: string;
  [series: string]: string | number | null;
}

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

/** Stacked bars; a null value is left out (a gap), never drawn as zero. Gets plain data, never fetches. */
export function CostStackChart(props: {
  data: CostStackDatum[];
  series: { key: string; label: string }[];
  format: (value: number) => string;
  title: string;
  description: string;
}) {
  return (
    <figure className="chart" aria-labelledby="cost-chart-title" aria-describedby="cost-chart-desc">
      <figcaption>
        <h3 id="cost-chart-title">{props.title}</h3>
        <p id="cost-chart-desc">{props.description}</p>
      </figcaption>
      <div style={{ width: '100%', height: 320 }}>
        <ResponsiveContainer>
          <BarChart data={props.data} margin={{ left: 24, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="municipality" />
            <YAxis tickFormatter={(v: number) => props.format(v)} width={110} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? props.format(v) : String(v))} />
            <Legend />
            {props.series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="cost"
                fill={PALETTE[i % PALETTE.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
