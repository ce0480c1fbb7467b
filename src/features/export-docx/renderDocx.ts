/**
 * The plan as an editable Word file (docx), from the same outline any editor export uses. Headings use
 * Word's built-in Heading styles, so pasted sections take on the target document's own styles; tables
 * are real Word tables with a repeated header row.
 */
import {
  Document,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block } from '../../domain/export/outline';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

function render(block: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADING[block.level] })];
    case 'paragraph':
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, ...(block.muted ? { color: '606C7A' } : {}) })] }),
      ];
    case 'bullets':
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case 'table':
      // An empty paragraph after each table keeps two tables from merging when pasted.
      return [table(block.header, block.rows), new Paragraph({ text: '' })];
  }
}

export function docxDocument(
  blocks: Block[],
  meta: { title: string; creator: string; description?: string },
): Document {
  return new Document({
    title: meta.title,
    creator: meta.creator,
    description: meta.description ?? 'Patient engagement plan',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: blocks.flatMap(render) }],
  });
}
