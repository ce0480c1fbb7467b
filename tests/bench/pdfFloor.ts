/**
 * The floor for PDF export: jsPDF writing the same text, in the same sizes and fonts, with no layout
 * (no measuring, wrapping, map or tables), in the same run. pdfRatio = pdfMs / pdfFloorMs says what
 * our layout costs over jsPDF itself, which an absolute time on a shared machine cannot.
 */
import { jsPDF } from 'jspdf';
import { summarise } from './stats';

export interface DrawnText {
  text: string;
  size: number;
  style: string;
}

/** A jsPDF that records every text it draws (the strings the plan's PDF holds, in order). */
export function recordingJsPDF(log: DrawnText[]): typeof jsPDF {
  // jsPDF puts its drawing methods on each instance, so they are wrapped after construction.
  class Recording extends jsPDF {
    constructor(...args: ConstructorParameters<typeof jsPDF>) {
      super(...args);
      const draw = this.text.bind(this);
      this.text = ((...a: Parameters<jsPDF['text']>) => {
        const lines = Array.isArray(a[0]) ? a[0] : [a[0]];
        for (const t of lines) log.push({ text: String(t), size: this.getFontSize(), style: this.getFont().fontStyle });
        return draw(...a);
      }) as jsPDF['text'];
    }
  }
  return Recording as unknown as typeof jsPDF;
}

/** Writes `texts` top to bottom, a line each, with the same fonts, page size and compression. */
export function writeFloor(texts: readonly DrawnText[], fonts: { regular: string; bold: string }): ArrayBuffer {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  doc.addFont('DejaVuSans.ttf', 'DejaVu', 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  doc.addFont('DejaVuSans-Bold.ttf', 'DejaVu', 'bold');
  const bottom = doc.internal.pageSize.getHeight() - 40;
  let y = 40;
  for (const t of texts) {
    if (y + t.size > bottom) {
      doc.addPage();
      y = 40;
    }
    doc.setFont('DejaVu', t.style === 'bold' ? 'bold' : 'normal');
    doc.setFontSize(t.size);
    doc.text(t.text, 40, y + t.size);
    y += t.size * 1.25;
  }
  return doc.output('arraybuffer');
}

export function benchFloor(texts: readonly DrawnText[], readFonts: () => { regular: string; bold: string }, runs = 5) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = writeFloor(texts, readFonts()).byteLength;
    times.push(performance.now() - t0);
  }
  return { times, median: summarise(times).median, bytes };
}
