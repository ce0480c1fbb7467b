import { COLOR, LEADING, MARGIN } from '../style';
import type { OutlineEntry, Writer } from '../writer';

/** One entry's height, at the writer's body size (larger in the partner guide). */
const entryHeight = (w: Writer) => w.body * LEADING + 5;

/** Pages to reserve for the table of contents, given how many entries it will have. */
export function tocPages(w: Writer, entries: number): number {
  const firstPage = w.pageH - 2 * MARGIN - 60;
  const perPage = Math.floor((w.pageH - 2 * MARGIN) / entryHeight(w));
  const firstFits = Math.floor(firstPage / entryHeight(w));
  return entries <= firstFits ? 1 : 1 + Math.ceil((entries - firstFits) / perPage);
}

/** Fills the reserved pages (from `first`) with entries, dotted leaders, page numbers and links. */
export function drawToc(w: Writer, entries: OutlineEntry[], first: number, pages: number): void {
  const doc = w.doc;
  const ENTRY = entryHeight(w);
  let page = first;
  doc.setPage(page);
  w.y = MARGIN;
  w.heading('Contents', 1);
  for (const e of entries) {
    if (w.y + ENTRY > w.bottom && page < first + pages - 1) {
      page += 1;
      doc.setPage(page);
      w.y = MARGIN;
    }
    const indent = e.level === 0 ? 0 : 16;
    const style = e.level === 0 ? { size: w.body + 0.6, bold: true } : { size: w.body };
    const num = String(e.page);
    w.font(style);
    const numW = doc.getTextWidth(num);
    const maxTitle = w.width - indent - numW - 30;
    let title = e.title;
    while (title.length > 4 && doc.getTextWidth(title) > maxTitle)
      title = `${title.slice(0, -2).trimEnd()}…`.replace(/……$/, '…');
    const top = w.y + (e.level === 0 ? 4 : 0);
    w.line(title, w.left + indent, top, style);
    w.line(num, w.right, top, style, 'right');
    const titleEnd = w.left + indent + doc.getTextWidth(title) + 6;
    doc.setDrawColor(...COLOR.faint);
    doc.setLineWidth(0.6);
    doc.setLineDashPattern([0.6, 2.4], 0);
    doc.line(titleEnd, top + style.size * 0.95, w.right - numW - 6, top + style.size * 0.95);
    doc.setLineDashPattern([], 0);
    doc.link(w.left, top - 1, w.width, style.size * LEADING, { pageNumber: e.page });
    w.y = top + ENTRY;
  }
}
