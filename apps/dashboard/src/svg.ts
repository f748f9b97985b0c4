function chartSvg(container: HTMLElement | null): SVGSVGElement | null {
  const svg = container?.querySelector('svg.recharts-surface');
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return clone;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** Saves the chart SVG inside `container` as a standalone .svg file. */
export function downloadSvg(container: HTMLElement | null, fileName: string): void {
  const svg = chartSvg(container);
  if (svg) save(new Blob([svg.outerHTML], { type: 'image/svg+xml' }), fileName);
}

/** Renders the chart SVG onto a white canvas at twice its size and saves it as .png. */
export function downloadPng(container: HTMLElement | null, fileName: string): void {
  const svg = chartSvg(container);
  const shown = container?.querySelector('svg.recharts-surface');
  if (!svg || !shown) return;
  const { width, height } = shown.getBoundingClientRect();
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0, width, height);
    canvas.toBlob((blob) => blob && save(blob, fileName), 'image/png');
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
}
