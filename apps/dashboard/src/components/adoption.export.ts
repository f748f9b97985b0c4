export interface SummaryLine {
  label: string;
  value: string;
  /** Drawn in red: a "cannot be estimated". */
  warn: boolean;
  bold: boolean;
}

/**
 * Saves the estimate's summary (title, note, range, assumptions) as a PNG, drawn straight onto a canvas
 * at twice the size: the same lines the section's figure shows, with no image decoding in between.
 */
export function downloadSummaryPng(
  title: string,
  note: string,
  lines: SummaryLine[],
  fileName: string,
): void {
  const width = 720;
  const height = 64 + lines.length * 24;
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.scale(2, 2);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = '#c9cdcf';
  ctx.strokeRect(0.5, 0.5, width - 1, height - 1);
  ctx.fillStyle = '#003479';
  ctx.font = 'bold 18px sans-serif';
  ctx.fillText(title, 16, 28);
  ctx.fillStyle = '#4f4f4f';
  ctx.font = '13px sans-serif';
  ctx.fillText(note, 16, 50);
  lines.forEach((l, i) => {
    const y = 78 + i * 24;
    ctx.font = `${l.bold ? 'bold ' : ''}14px sans-serif`;
    ctx.fillStyle = l.warn ? '#8a1f11' : '#212121';
    const label = `${l.label}: `;
    ctx.fillText(label, 16, y);
    ctx.font = '14px sans-serif';
    ctx.fillText(l.value, 16 + ctx.measureText(label).width + (l.bold ? 4 : 0), y);
  });
  canvas.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    URL.revokeObjectURL(url);
  }, 'image/png');
}
