/** Browser entry for the poster, loaded lazily like the full PDF. */
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import type { Plan } from '../../domain/plan/types';
import { downloadBlob } from '../../lib/download';
import { loadFonts } from './exportPlan';
import { posterFileName, renderPosterPdf, type PosterSize } from './poster';

export async function exportPosterPdf(input: {
  plan: Plan;
  content: Content;
  document: PlanDocument;
  size: PosterSize;
}) {
  const [{ jsPDF }, fonts] = await Promise.all([import('jspdf'), loadFonts()]);
  const dropped = new Set<string>();
  const { doc } = renderPosterPdf(jsPDF, { ...input, fonts, now: new Date(), dropped });
  const fileName = posterFileName(input.document.name, input.size);
  const blob = doc.output('blob');
  downloadBlob(fileName, blob);
  return { fileName, bytes: blob.size, dropped: [...dropped] };
}
