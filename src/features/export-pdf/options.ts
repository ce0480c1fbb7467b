import { slugify } from '../../domain/text/slug';

/** What goes into the exported PDF. Kept free of jsPDF so the app can import it eagerly. */
export interface PdfSections {
  summary: boolean;
  map: boolean;
  phases: boolean;
  considerations: boolean;
  quality: boolean;
  references: boolean;
  glossary: boolean;
}

export interface PdfOptions {
  pageSize: 'a4' | 'letter';
  /**
   * 'team': the full working plan. 'partner': a plain-language guide for patient partners.
   * 'summary': a two-to-three page executive summary with the action and budget tables.
   */
  audience: 'team' | 'partner' | 'summary';
  sections: PdfSections;
  /** The partner guide in large print (16 pt body text instead of 12 pt). */
  largePrint?: boolean;
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = {
  pageSize: 'a4',
  audience: 'team',
  sections: {
    summary: true,
    map: true,
    phases: true,
    considerations: true,
    quality: true,
    references: true,
    glossary: true,
  },
};

/**
 * A safe file name from the plan name's letters, digits and dashes (without the "(imported)" an import
 * adds), or from the plan id when the name has none (a name in Chinese, say), with `-partner` for
 * the partner guide.
 */
export function pdfFileName(planName: string, audience: PdfOptions['audience'], planId = ''): string {
  const base = slugify(planName.replace(/\s*\(imported\)\s*$/, '')) || slugify(planId) || 'engagement-plan';
  return `${base}${audience === 'partner' ? '-partner' : audience === 'summary' ? '-summary' : ''}.pdf`;
}

/** Tells the user what the PDF lacks: "… 3 characters its font cannot draw were left out: 中, 文, 😀." */
export function droppedMessage(dropped: readonly string[]): string {
  if (dropped.length === 0) return '';
  const shown = dropped.slice(0, 12).join(', ');
  const more = dropped.length > 12 ? ` and ${dropped.length - 12} more` : '';
  return ` ${dropped.length === 1 ? '1 character' : `${dropped.length} different characters`} the PDF font cannot draw ${dropped.length === 1 ? 'was' : 'were'} left out: ${shown}${more}. The plan itself keeps them.`;
}
