import type { jsPDF } from 'jspdf';
import { COLOR, FONT, LEADING, MARGIN, SIZE, type RGB } from './style';
import { wrapUrl } from './text';

export type Orientation = 'portrait' | 'landscape';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
}

export interface OutlineEntry {
  title: string;
  page: number;
  level: 0 | 1;
}

/**
 * A cursor over the document: it flows text down the page, breaks pages where needed, and keeps
 * headings with what follows. Every string goes through `clean` (the font sanitiser) and is
 * remembered in `printed`, so the glossary can list exactly the terms the reader met.
 */
export class Writer {
  y = MARGIN;
  readonly printed: string[] = [];
  readonly toc: OutlineEntry[] = [];
  /** Body and label sizes: the type scale's for the team's plan, larger for the partner guide. */
  body: number = SIZE.body;
  small: number = SIZE.small;

  constructor(
    readonly doc: jsPDF,
    readonly format: 'a4' | 'letter',
    readonly clean: (text: string, keepNewlines?: boolean) => string,
  ) {}

  get pageW(): number {
    return this.doc.internal.pageSize.getWidth();
  }
  get pageH(): number {
    return this.doc.internal.pageSize.getHeight();
  }
  get left(): number {
    return MARGIN;
  }
  get right(): number {
    return this.pageW - MARGIN;
  }
  get width(): number {
    return this.pageW - 2 * MARGIN;
  }
  get bottom(): number {
    return this.pageH - MARGIN;
  }
  get page(): number {
    return this.doc.getNumberOfPages();
  }

  lineHeight(size: number = this.body): number {
    return size * LEADING;
  }

  addPage(orientation: Orientation = 'portrait'): void {
    this.doc.addPage(this.format, orientation);
    this.y = MARGIN;
  }

  /** Starts a new page unless `height` still fits on this one. Returns true when it broke the page. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom + 0.01) return false;
    this.addPage();
    return true;
  }

  gap(height: number): void {
    this.y += height;
  }

  font({ size = this.body, bold = false, color = COLOR.ink }: TextStyle = {}): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  /** Wraps (sanitised) text to a width in the given style. */
  split(text: string, width: number, style: TextStyle = {}): string[] {
    const clean = this.clean(text, true);
    this.printed.push(clean);
    if (!clean) return [];
    this.font(style);
    return (this.doc.splitTextToSize(clean, width) as string[]).map((l) => l.trimEnd());
  }

  /** Draws one line with its top at `top`. */
  line(text: string, x: number, top: number, style: TextStyle = {}, align: 'left' | 'right' | 'center' = 'left'): void {
    const size = style.size ?? this.body;
    this.font(style);
    this.doc.text(text, x, top + size * 0.97, { align });
  }

  /** Flows already-wrapped lines down the page, breaking pages between lines. */
  lines(lines: string[], x: number, style: TextStyle = {}): void {
    const lh = this.lineHeight(style.size);
    for (const l of lines) {
      this.ensure(lh);
      this.line(l, x, this.y, style);
      this.y += lh;
    }
  }

  paragraph(text: string, style: TextStyle & { indent?: number; after?: number; width?: number } = {}): void {
    const x = this.left + (style.indent ?? 0);
    const width = style.width ?? this.right - x;
    const lines = this.split(text, width, style);
    // No widows or orphans: a short paragraph moves as a whole, a long one keeps two lines together.
    this.ensure(Math.min(lines.length <= 4 ? lines.length : 2, lines.length) * this.lineHeight(style.size));
    this.lines(lines, x, style);
    this.y += style.after ?? (style.size ?? this.body) * 0.6;
  }

  /** Height the text would take (for keep-together decisions). */
  measure(text: string, width: number, style: TextStyle = {}): number {
    const clean = this.clean(text, true);
    if (!clean) return 0;
    this.font(style);
    return (this.doc.splitTextToSize(clean, width) as string[]).length * this.lineHeight(style.size);
  }

  /** A section heading: new page for level 1 sections when asked; always kept with what follows. */
  heading(
    text: string,
    level: 1 | 2 | 3,
    opts: { newPage?: boolean; keepWith?: number; toc?: 0 | 1; bookmark?: boolean } = {},
  ): void {
    const grow = this.body - SIZE.body;
    const size = (level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3) + grow;
    const color = level === 3 ? COLOR.ink : COLOR.accent;
    const lines = this.split(text, this.width, { size, bold: true });
    const before = level === 1 ? 0 : level === 2 ? 14 : 8;
    const after = level === 1 ? 12 : level === 2 ? 6 : 3;
    const height = lines.length * this.lineHeight(size) + after + (level === 1 ? 6 : 0);
    if (opts.newPage && this.y > MARGIN + 1) this.addPage();
    else if (this.y > MARGIN + 1) {
      this.y += before;
      if (this.ensure(height + (opts.keepWith ?? this.lineHeight() * 3))) {
        /* moved to a new page with what follows */
      }
    }
    if (opts.toc !== undefined) this.toc.push({ title: this.clean(text), page: this.page, level: opts.toc });
    this.lines(lines, this.left, { size, bold: true, color });
    if (level === 1) {
      this.doc.setDrawColor(...COLOR.accent);
      this.doc.setLineWidth(1.2);
      this.doc.line(this.left, this.y + 2, this.left + 36, this.y + 2);
      this.y += 6;
    }
    this.y += after;
  }

  /**
   * A labelled row: the label in a narrow muted column, the value wrapped beside it.
   * `value` may be several paragraphs (each its own list entry).
   */
  row(labelText: string, value: string | string[], opts: { labelWidth?: number; keepLines?: number } = {}): void {
    const values = (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean);
    if (!values.length) return;
    const lw = opts.labelWidth ?? 102;
    const x = this.left + lw;
    const width = this.right - x;
    const lh = this.lineHeight();
    const wrapped = values.map((v) => this.split(v, width));
    const first = wrapped[0]?.length ?? 1;
    this.ensure(Math.min(first, opts.keepLines ?? 2) * lh);
    this.line(this.clean(labelText), this.left, this.y + 0.6, { size: this.small, bold: true, color: COLOR.muted });
    wrapped.forEach((lines, i) => {
      if (i > 0) this.y += lh * 0.25;
      this.lines(lines, x);
    });
    this.y += lh * 0.3;
  }

  /** A bulleted list, wrapped with a hanging indent. */
  bullets(items: string[], opts: TextStyle & { indent?: number; marker?: string } = {}): void {
    const indent = opts.indent ?? 0;
    const lh = this.lineHeight(opts.size);
    for (const item of items) {
      const lines = this.split(item, this.right - this.left - indent - 12, opts);
      if (!lines.length) continue;
      this.ensure(Math.min(2, lines.length) * lh);
      this.line(opts.marker ?? '•', this.left + indent, this.y, { ...opts, color: COLOR.muted });
      this.lines(lines, this.left + indent + 12, opts);
      this.y += lh * 0.2;
    }
  }

  /** A URL on as many lines as it needs, each line a live link to the whole URL. */
  url(url: string, x: number, width: number, style: TextStyle = {}): void {
    const size = style.size ?? this.small;
    this.font({ ...style, size, color: COLOR.link });
    const clean = this.clean(url);
    const lines = wrapUrl(clean, width, (s) => this.doc.getTextWidth(s));
    const lh = this.lineHeight(size);
    for (const l of lines) {
      this.ensure(lh);
      this.font({ ...style, size, color: COLOR.link });
      this.doc.textWithLink(l, x, this.y + size * 0.97, { url: clean });
      this.y += lh;
    }
  }
}
