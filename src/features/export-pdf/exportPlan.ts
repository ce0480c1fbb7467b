/**
 * Browser entry for the PDF export, loaded lazily by the app: it pulls in jsPDF and the DejaVu
 * fonts only when the user exports.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import type { Plan } from '../../domain/plan/types';
import { pdfFileName, type PdfOptions } from './options';
import { renderPlanPdf } from './renderPlanPdf';
import { downloadBlob } from '../../lib/download';

export interface ExportInput {
  plan: Plan;
  content: Content;
  document: PlanDocument;
  options: PdfOptions;
}

/** Base64 of binary data, in chunks so large fonts never overflow the call stack. */
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status} ${response.statusText}).`);
  return toBase64(await response.arrayBuffer());
}

let fontCache: Promise<{ regular: string; bold: string }> | null = null;

export function loadFonts(): Promise<{ regular: string; bold: string }> {
  fontCache ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fontCache = null;
      throw error;
    });
  return fontCache;
}

export interface ExportResult {
  fileName: string;
  bytes: number;
  /** Characters left out because the PDF font cannot draw them. */
  dropped: string[];
}

/** Renders the plan to PDF and saves it; returns the file name, its size in bytes and what was left out. */
export async function exportPlanPdf(input: ExportInput): Promise<ExportResult> {
  const [{ jsPDF }, fonts] = await Promise.all([import('jspdf'), loadFonts()]);
  const dropped = new Set<string>();
  const doc = renderPlanPdf(jsPDF, { ...input, fonts, now: new Date(), dropped });
  const fileName = pdfFileName(input.document.name, input.options.audience, input.document.id);
  const blob = doc.output('blob');
  downloadBlob(fileName, blob);
  return { fileName, bytes: blob.size, dropped: [...dropped] };
}
