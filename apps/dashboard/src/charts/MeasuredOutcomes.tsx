import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { INK } from './colors';

export interface MeasuredDatum {
  label: string;
  value: number;
}

/** Measured results in one unit (e.g. % of staff), as horizontal bars with their values written on. */
export function MeasuredOutcomes(props: {
  data: MeasuredDatum[];
  unit: string;
  format: (v: number) => string;
  title: string;
  description: string;
}) {
  // On a phone the labels take half the width, not all of it.
  const narrow = typeof window !== 'undefined' && window.innerWidth < 600;
  return (
    <figure className="chart" aria-labelledby="measured-title" aria-describedby="measured-desc">
      <figcaption>
        <h3 id="measured-title">{props.title}</h3>
        <p id="measured-desc">{props.description}</p>
      </figcaption>
      <div style={{ width: '100%', height: 80 + props.data.length * 48 }}>
        <ResponsiveContainer>
          <BarChart data={props.data} layout="vertical" margin={{ left: 24, right: 48 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              domain={props.unit === '%' ? [0, 100] : [0, 'auto']}
              tickFormatter={props.format}
              tick={{ fill: '#212121' }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={narrow ? 130 : 260}
              tick={{ fill: '#212121', fontSize: 12 }}
            />
            <Tooltip formatter={(v) => (typeof v === 'number' ? props.format(v) : String(v))} />
            <Bar dataKey="value" fill={INK} isAnimationActive={false}>
              <LabelList
                dataKey="value"
                position="right"
                fill="#212121"
                formatter={(v) => (typeof v === 'number' ? props.format(v) : String(v))}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
