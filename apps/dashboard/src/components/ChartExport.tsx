import type { RefObject } from 'react';
import { useTexts } from '../i18n';
import { downloadPng, downloadSvg } from '../svg';

/** Export buttons under a chart: its data as CSV, the picture as PNG or SVG. */
export function ChartExport(props: {
  chart: RefObject<HTMLDivElement | null>;
  name: string;
  onCsv: () => void;
}) {
  const { t, lang } = useTexts();
  return (
    <p className="chart-export">
      <button type="button" onClick={props.onCsv}>
        {t.exportCsv}
      </button>{' '}
      <button type="button" onClick={() => downloadPng(props.chart.current, `${props.name}.png`)}>
        {lang === 'fi' ? 'Lataa PNG' : 'Download PNG'}
      </button>{' '}
      <button type="button" onClick={() => downloadSvg(props.chart.current, `${props.name}.svg`)}>
        {t.exportSvg}
      </button>
    </p>
  );
}
