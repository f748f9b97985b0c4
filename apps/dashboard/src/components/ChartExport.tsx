import type { RefObject } from 'react';
import { formatDate } from '../format';
import { useTexts } from '../i18n';
import { downloadPng, downloadSvg } from '../svg';
import type { ExportFrame } from '../view/export';

/** Export buttons under a chart: its data as CSV, the picture (titled, with source, date and terms) as PNG or SVG. */
export function ChartExport(props: {
  chart: RefObject<HTMLDivElement | null>;
  name: string;
  title: string;
  subtitle?: string;
  legend?: { label: string; color: string }[];
  onCsv: () => void;
}) {
  const { t, lang } = useTexts();
  const frame = (): ExportFrame => ({
    title: props.title,
    subtitle: props.subtitle,
    legend: props.legend ?? [],
    footer: [
      t.dataSource,
      `${t.retrieved} ${formatDate(new Date().toISOString().slice(0, 10), lang)} · ${window.location.href}`,
      t.licence,
    ],
  });
  return (
    <p className="chart-export no-print">
      <button type="button" onClick={props.onCsv}>
        {t.exportCsv}
      </button>{' '}
      <button type="button" onClick={() => downloadPng(props.chart.current, frame(), `${props.name}.png`)}>
        {lang === 'fi' ? 'Lataa PNG' : 'Download PNG'}
      </button>{' '}
      <button type="button" onClick={() => downloadSvg(props.chart.current, frame(), `${props.name}.svg`)}>
        {t.exportSvg}
      </button>
    </p>
  );
}
