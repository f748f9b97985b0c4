/** Saves the first chart SVG inside `container` as a standalone .svg file. */
export function downloadSvg(container: HTMLElement | null, fileName: string): void {
  const svg = container?.querySelector('svg.recharts-surface');
  if (!svg) return;
  const clone = svg.cloneNode(true) as SVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = URL.createObjectURL(new Blob([clone.outerHTML], { type: 'image/svg+xml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}
