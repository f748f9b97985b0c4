import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MUNICIPALITY_COLORS } from './colors';
import { ChartLegend } from './Legend';

/** Gross cost per year and municipality (each project spread over its years). Absent municipalities are named. */
export function SpendingOverTime(props: {
  data: Record<string, number | null>[];
  municipalities: string[];
  absent: string[];
  absentLabel: string;
  legendLabel: string;
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
      <ChartLegend
        items={props.municipalities.map((m, i) => ({
          label: m,
          color: MUNICIPALITY_COLORS[i % MUNICIPALITY_COLORS.length] as string,
        }))}
        label={props.legendLabel}
      />
      <div style={{ width: '100%', height: 300 }}>
        <ResponsiveContainer>
          <BarChart data={props.data} margin={{ left: 24, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" tick={{ fill: '#212121' }} />
            <YAxis tickFormatter={(v: number) => props.format(v)} width={110} tick={{ fill: '#212121' }} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? props.format(v) : String(v))} />
            {props.municipalities.map((m, i) => (
              <Bar
                key={m}
                dataKey={m}
                fill={MUNICIPALITY_COLORS[i % MUNICIPALITY_COLORS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {props.absent.length > 0 && (
        <p className="chart-note" data-testid="spending-absent">
          {props.absentLabel}: {props.absent.join(', ')}
        </p>
      )}
    </figure>
  );
}
