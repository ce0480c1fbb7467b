/** Browser entry for the Word export, loaded only when the user asks for it (docx is not in the first screen). */
import { Packer } from 'docx';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import type { Plan } from '../../domain/plan/types';
import { engagementPlanOutline } from '../../domain/export/outline';
import { downloadBlob, safeFileName } from '../../lib/download';
import { docxDocument } from './renderDocx';

const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const dateText = (iso: string): string => {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
};

export async function exportPlanDocx(input: { plan: Plan; content: Content; document: PlanDocument }) {
  const blocks = engagementPlanOutline({ ...input, dateText });
  const blob = await Packer.toBlob(
    docxDocument(blocks, {
      title: `${input.document.name}: patient engagement plan`,
      creator: 'Patient engagement planner',
    }),
  );
  const fileName = `${safeFileName(input.document.name)}.docx`;
  downloadBlob(fileName, blob);
  return { fileName, bytes: blob.size };
}
