/** Browser entry for the Word export, loaded only when the user asks for it (docx is not in the first screen). */
import { Packer } from 'docx';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import type { Plan } from '../../domain/plan/types';
import { engagementPlanOutline } from '../../domain/export/outline';
import { formatDate } from '../../domain/plan/labels';
import { downloadBlob, safeFileName } from '../../lib/download';
import { docxDocument } from './renderDocx';

export async function exportPlanDocx(input: { plan: Plan; content: Content; document: PlanDocument }) {
  const blocks = engagementPlanOutline({ ...input, dateText: formatDate });
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
