import {
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { PALETTE } from './CostStackChart';

export interface ScatterDatum {
  name: string;
  cost: number;
  evidence: number;
}

/** Cost against evidence strength, one dot per municipality with known values. */
export function CostEffectScatter(props: {
  data: ScatterDatum[];
  formatCost: (v: number) => string;
  title: string;
  description: string;
}) {
  return (
    <figure className="chart" aria-labelledby="scatter-title" aria-describedby="scatter-desc">
      <figcaption>
        <h3 id="scatter-title">{props.title}</h3>
        <p id="scatter-desc">{props.description}</p>
      </figcaption>
      <div style={{ width: '100%', height: 320 }}>
        <ResponsiveContainer>
          <ScatterChart margin={{ left: 24, right: 32, top: 28 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" dataKey="cost" name="cost" tickFormatter={props.formatCost} width={110} />
            <YAxis type="number" dataKey="evidence" name="evidence" domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} />
            <Tooltip
              formatter={(v, name) =>
                name === 'cost' && typeof v === 'number' ? props.formatCost(v) : String(v)
              }
            />
            <Scatter data={props.data} fill={PALETTE[0]} isAnimationActive={false}>
              <LabelList dataKey="name" position="top" />
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
