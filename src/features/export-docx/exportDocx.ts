/** Browser entry for the Word export, loaded only when the user asks for it (docx is not in the first screen). */
import { Packer } from 'docx';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import type { Plan } from '../../domain/plan/types';
import { engagementPlanOutline } from '../../domain/export/outline';
import { impactReportOutline } from '../../domain/export/impactReport';
import { GRIPP2_TEXT } from '../../domain/record/labels';
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

/** The impact report (GRIPP2 short form) as a Word file, from the plan and its impact log. */
export async function exportImpactDocx(input: { plan: Plan; content: Content; document: PlanDocument }) {
  const blocks = impactReportOutline({ ...input, dateText: formatDate });
  const blob = await Packer.toBlob(
    docxDocument(blocks, {
      title: GRIPP2_TEXT.title(input.document.name),
      creator: 'Patient engagement planner',
      description: 'Patient and public involvement impact report (GRIPP2 short form)',
    }),
  );
  const fileName = `${safeFileName(input.document.name)}-impact-report.docx`;
  downloadBlob(fileName, blob);
  return { fileName, bytes: blob.size };
}
