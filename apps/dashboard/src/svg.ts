import { type ExportFrame, frameSvg } from './view/export';

/** The chart's drawing surface: the wrapper's own <svg>, never a legend icon (also `recharts-surface`). */
function chartSurface(container: HTMLElement | null): SVGSVGElement | null {
  return (
    container?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface') ??
    container?.querySelector<SVGSVGElement>('svg[data-chart]') ??
    null
  );
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** The framed chart as SVG text (XMLSerializer writes valid XML: no HTML entities such as &nbsp;). */
export function framedChart(
  container: HTMLElement | null,
  frame: ExportFrame,
): { svg: string; width: number; height: number } | null {
  const surface = chartSurface(container);
  if (!surface) return null;
  const { width, height } = surface.getBoundingClientRect();
  const clone = surface.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.ceil(width)));
  clone.setAttribute('height', String(Math.ceil(height)));
  return frameSvg(new XMLSerializer().serializeToString(clone), width, height, frame);
}

/** Saves the framed chart as a standalone .svg file. */
export function downloadSvg(container: HTMLElement | null, frame: ExportFrame, fileName: string): void {
  const framed = framedChart(container, frame);
  if (framed) save(new Blob([framed.svg], { type: 'image/svg+xml' }), fileName);
}

/** Renders the framed chart onto a white canvas at twice its size and saves it as .png. */
export function downloadPng(container: HTMLElement | null, frame: ExportFrame, fileName: string): void {
  const framed = framedChart(container, frame);
  if (!framed) return;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = framed.width * 2;
    canvas.height = framed.height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0, framed.width, framed.height);
    canvas.toBlob((blob) => blob && save(blob, fileName), 'image/png');
  };
  image.src = URL.createObjectURL(new Blob([framed.svg], { type: 'image/svg+xml' }));
}
