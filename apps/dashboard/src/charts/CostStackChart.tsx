import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './Legend';

/** Stacked bars from plain data; a municipality with no value gets "no data" under its name, never a bare gap. */
export function CostStackChart(props: {
  data: Record<string, string | number | null>[];
  series: { key: string; label: string; color: string }[];
  legend: { label: string; color: string }[];
  legendLabel: string;
  missing: Record<string, string>;
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
      <ChartLegend items={props.legend} label={props.legendLabel} />
      <div style={{ width: '100%', height: 340 }}>
        <ResponsiveContainer>
          <BarChart data={props.data} margin={{ left: 24, right: 16, bottom: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="municipality"
              interval={0}
              height={90}
              tick={({ x, y, payload, width, visibleTicksCount }) => {
                const note = props.missing[String(payload.value)];
                // Narrow screens: names turn so they do not run into each other.
                const narrow = Number(width) / Math.max(Number(visibleTicksCount) || 1, 1) < 110;
                return (
                  <g transform={`translate(${x},${y})`}>
                    <text
                      y={narrow ? 8 : 14}
                      textAnchor={narrow ? 'end' : 'middle'}
                      transform={narrow ? 'rotate(-35)' : undefined}
                      fill="#212121"
                      fontSize={13}
                    >
                      {payload.value}
                      {note && narrow ? ` (${note})` : ''}
                    </text>
                    {note && !narrow && (
                      <text y={32} textAnchor="middle" fill="#4f4f4f" fontSize={12} fontStyle="italic">
                        {note}
                      </text>
                    )}
                  </g>
                );
              }}
            />
            <YAxis tickFormatter={(v: number) => props.format(v)} width={110} tick={{ fill: '#212121' }} />
            <Tooltip
              formatter={(v, _name, item) => {
                const key = String(item.dataKey);
                const line = (item.payload as Record<string, unknown>)[`${key}__line`];
                return typeof line === 'string' ? line : typeof v === 'number' ? props.format(v) : String(v);
              }}
            />
            {props.series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="cost"
                fill={s.color}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
