import { EVIDENCE_LEVEL_MAX, EVIDENCE_SCALE } from '@vertailu/data/vocabulary';
import {
  CartesianGrid,
  Label,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { INK } from './colors';

export interface ScatterDatum {
  name: string;
  cost: number;
  evidence: number;
  label: string;
}

/** Net own cost against evidence level, one dot per municipality with both known; the rest are named below. */
export function CostEffectScatter(props: {
  data: ScatterDatum[];
  notPlotted: { name: string; why: string }[];
  notPlottedLabel: string;
  formatCost: (v: number) => string;
  xLabel: string;
  yLabel: string;
  levels: readonly string[];
  title: string;
  description: string;
}) {
  return (
    <figure className="chart" aria-labelledby="scatter-title" aria-describedby="scatter-desc">
      <figcaption>
        <h3 id="scatter-title">{props.title}</h3>
        <p id="scatter-desc">{props.description}</p>
      </figcaption>
      <div style={{ width: '100%', height: 360 }}>
        <ResponsiveContainer>
          <ScatterChart margin={{ left: 24, right: 110, top: 44, bottom: 28 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="cost"
              name={props.xLabel}
              tickFormatter={props.formatCost}
              tick={{ fill: '#212121' }}
            >
              <Label value={props.xLabel} position="bottom" offset={8} fill="#212121" />
            </XAxis>
            <YAxis
              type="number"
              dataKey="evidence"
              name={props.yLabel}
              domain={[0, EVIDENCE_LEVEL_MAX]}
              ticks={EVIDENCE_SCALE.map((e) => e.level)}
              width={150}
              tick={{ fill: '#212121', fontSize: 12 }}
              tickFormatter={(v: number) => props.levels[v] ?? String(v)}
            >
              <Label value={props.yLabel} angle={-90} position="insideLeft" offset={-16} fill="#212121" />
            </YAxis>
            <Tooltip
              formatter={(v, name) =>
                name === props.xLabel && typeof v === 'number'
                  ? props.formatCost(v)
                  : typeof v === 'number'
                    ? (props.levels[v] ?? String(v))
                    : String(v)
              }
            />
            <Scatter data={props.data} fill={INK} isAnimationActive={false}>
              <LabelList
                dataKey="label"
                content={({ x, y, value }) => {
                  const [name, ...rest] = String(value).split(': ');
                  return (
                    <text x={Number(x)} y={Number(y) - 22} textAnchor="middle" fill="#212121" fontSize={12}>
                      <tspan x={Number(x)} fontWeight={700}>
                        {name}
                      </tspan>
                      <tspan x={Number(x)} dy={14}>
                        {rest.join(': ')}
                      </tspan>
                    </text>
                  );
                }}
              />
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      {props.notPlotted.length > 0 && (
        <p className="chart-note" data-testid="not-plotted">
          {props.notPlottedLabel}: {props.notPlotted.map((n) => `${n.name} (${n.why})`).join('; ')}
        </p>
      )}
    </figure>
  );
}
