import type { Block } from './outline';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** An outline as Markdown: for a paper drafted in a text editor, a wiki or a repository. */
export function outlineMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'paragraph':
        out.push(b.muted ? `*${b.text}*` : b.text);
        break;
      case 'bullets':
        out.push(b.items.map((i) => `- ${i.replace(/\n/g, ' ')}`).join('\n'));
        break;
      case 'table':
        out.push(
          [b.header, b.header.map(() => '---'), ...b.rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
