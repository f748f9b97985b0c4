import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PALETTE } from './CostStackChart';

export interface YearDatum {
  year: number;
  [municipality: string]: number | null;
}

/** Own project costs per year and municipality (each project spread over its years). Gaps are unknowns. */
export function SpendingOverTime(props: {
  data: YearDatum[];
  municipalities: string[];
  format: (v: number) => string;
  title: string;
  description: string;
}) {
  return (
    <figure className="chart" aria-labelledby="spending-title" aria-describedby="spending-desc">
      <figcaption>
        <h3 id="spending-title">{props.title}</h3>
        <p id="spending-desc">{props.description}</p>
      </figcaption>
      <div style={{ width: '100%', height: 300 }}>
        <ResponsiveContainer>
          <BarChart data={props.data} margin={{ left: 24, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis tickFormatter={(v: number) => props.format(v)} width={110} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? props.format(v) : String(v))} />
            <Legend />
            {props.municipalities.map((m, i) => (
              <Bar key={m} dataKey={m} fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
