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
  /** 'team': the full working plan. 'partner': a plain-language guide for patient partners. */
  audience: 'team' | 'partner';
  sections: PdfSections;
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

/** A safe file name from the plan name: letters, digits and dashes, with `-partner` for the partner guide. */
export function pdfFileName(planName: string, audience: PdfOptions['audience']): string {
  const base = slugify(planName) || 'engagement-plan';
  return `${base}${audience === 'partner' ? '-partner' : ''}.pdf`;
}
