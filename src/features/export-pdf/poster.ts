/**
 * The one-page poster: the whole phase map on A3 or A4 landscape, drawn from the same layout and
 * arrow routes as the screen, each card with its priority, owner and status, in type a room can
 * read from arm's length. jsPDF is passed in, as for the full PDF.
 */
import type { jsPDF } from 'jspdf';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { layoutPlan, MAP } from '../../domain/map/layout';
import type { Plan, PlanItem } from '../../domain/plan/types';
import { PRIORITY_LABEL, STATUS_LABEL } from '../../domain/plan/labels';
import { ACTION_STATUS_LABEL } from '../../domain/workshop/records';
import { drawRoute } from './drawMap';
import { COLOR, FONT, PRIORITY_COLOR } from './style';
import { hashHex, makeSanitiser } from './text';
import { Writer } from './writer';

export type PosterSize = 'a3' | 'a4';

export interface PosterInput {
  plan: Plan;
  content: Content;
  document: PlanDocument;
  size: PosterSize;
  fonts: { regular: string; bold: string };
  now: Date;
  dropped?: Set<string>;
}

/** What the poster reports about itself: its smallest card title, in points. */
export interface PosterInfo {
  minTitleSize: number;
}

const EDGE = 28;
const HEADER = 46;
const TITLE_MAX = 15;
const TITLE_MIN = 6;

/** Owner and status from the team's edit, or else from the latest workshop action on the point. */
function ownerAndStatus(item: PlanItem | undefined, doc: PlanDocument): string {
  if (!item) return '';
  const action = [...(doc.workshop?.actions ?? [])].reverse().find((a) => a.pointId === item.id);
  const owner = item.edit.owner ?? (action?.owner || undefined);
  const status = item.edit.status
    ? STATUS_LABEL[item.edit.status]
    : action
      ? ACTION_STATUS_LABEL[action.status]
      : undefined;
  return [owner ? `Owner: ${owner}` : 'No owner yet', status].filter(Boolean).join(' · ');
}

export function posterFileName(name: string, size: PosterSize): string {
  const base = name
    .replace(/\s*\(imported\)\s*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'engagement-plan'}-poster-${size}.pdf`;
}

/** The start of a text that was cut short, ending in "…", cut at a word so it fits `width` on one line. */
function fitWithEllipsis(w: Writer, text: string, width: number, size: number, bold = true): string {
  const fitsLine = (t: string) => w.split(t, width, { size, bold }).length <= 1;
  const words = text.split(' ');
  while (words.length > 1 && !fitsLine(`${words.join(' ')}…`)) words.pop();
  return `${words.join(' ').replace(/[,;:·]$/, '')}…`;
}

export function renderPosterPdf(JsPDF: typeof jsPDF, input: PosterInput): { doc: jsPDF; info: PosterInfo } {
  const { plan, document, size, fonts, now } = input;
  const doc = new JsPDF({ unit: 'pt', format: size, orientation: 'landscape', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  const has = (style: 'normal' | 'bold') => {
    doc.setFont(FONT, style);
    return (
      (doc.getFont() as unknown as { metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } } })
        .metadata?.cmap?.unicode?.codeMap ?? {}
    );
  };
  const regular = has('normal');
  const bold = has('bold');
  const clean = makeSanitiser(
    (cp) => Boolean(regular[cp]) && Boolean(bold[cp]),
    (ch) => input.dropped?.add(ch),
  );
  const name = clean(document.name) || 'Untitled plan';
  doc.setProperties({
    title: `${name}: engagement map poster`,
    subject: 'The phase map of a patient engagement plan, with priority, owner and status',
    creator: 'Patient engagement planner',
  });
  doc.setLanguage('en-GB');
  doc.setCreationDate(now);
  doc.setFileId(hashHex(`${document.id}|${document.updatedAt}|poster|${size}|${now.toISOString()}`));
  doc.setLineJoin('round');
  const w = new Writer(doc, 'a4', clean);
  const pageW = w.pageW;
  const pageH = w.pageH;
  const scale = size === 'a3' ? 1 : 0.75;

  // Header: the plan, the date, and what the colours mean.
  w.line(name, EDGE, EDGE - 6, { size: 20 * scale, bold: true, color: COLOR.accent });
  const date = document.workshop?.date ?? now.toISOString().slice(0, 10);
  w.line(`Patient engagement map · ${date} · arrows: data from one point feeds a later one`, EDGE, EDGE + 18 * scale, {
    size: 11 * scale,
    color: COLOR.muted,
  });
  let lx = pageW - EDGE;
  for (const p of ['optional', 'recommended', 'essential'] as const) {
    w.font({ size: 11 * scale, bold: true });
    const label = PRIORITY_LABEL[p];
    const tw = doc.getTextWidth(label);
    lx -= tw + 28 * scale;
    doc.setFillColor(...PRIORITY_COLOR[p].fill);
    doc.setDrawColor(...PRIORITY_COLOR[p].stroke);
    doc.setLineWidth(1);
    doc.roundedRect(lx, EDGE - 6, tw + 16 * scale, 18 * scale, 3, 3, 'FD');
    w.line(label, lx + 8 * scale, EDGE - 3, { size: 11 * scale, bold: true, color: PRIORITY_COLOR[p].text });
  }

  const layout = layoutPlan(plan);
  const items = new Map(plan.phases.flatMap((p) => p.items).map((i) => [i.id, i]));
  const top = EDGE + HEADER * scale;
  const availW = pageW - 2 * EDGE;
  const availH = pageH - top - EDGE;
  // Width and height scale apart: a map of few rows gets taller cards, not smaller type.
  const sx = availW / Math.max(1, layout.width);
  const sy = Math.min(sx * 2.2, availH / Math.max(1, layout.height));
  const X = (x: number) => EDGE + x * sx;
  const Y = (y: number) => top + y * sy;
  let minTitle: number = TITLE_MAX;

  for (const lane of layout.lanes) {
    const x = X(lane.x);
    const laneW = lane.width * sx;
    doc.setFillColor(...COLOR.panel);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.6);
    doc.roundedRect(x, Y(lane.y), laneW, lane.height * sy, 5, 5, 'FD');
    doc.setFillColor(...COLOR.accentSoft);
    doc.roundedRect(x, Y(lane.y), laneW, MAP.headerHeight * sy, 5, 5, 'F');
    let headSize = 13 * scale;
    let lines = w.split(lane.label, laneW - 8, { size: headSize, bold: true });
    while (lines.length > 2 && headSize > 7) {
      headSize -= 0.5;
      lines = w.split(lane.label, laneW - 8, { size: headSize, bold: true });
    }
    lines
      .slice(0, 2)
      .forEach((l, i) =>
        w.line(
          l,
          x + laneW / 2,
          Y(lane.y) + 4 + i * headSize * 1.15,
          { size: headSize, bold: true, color: COLOR.accent },
          'center',
        ),
      );
  }

  doc.setLineWidth(1.1);
  doc.setDrawColor(...COLOR.muted);
  doc.setFillColor(...COLOR.muted);
  for (const edge of layout.edges) drawRoute(doc, edge.route, X, Y);

  for (const node of layout.nodes) {
    const c = PRIORITY_COLOR[node.priority];
    const x = X(node.x);
    const y = Y(node.y);
    const nw = node.width * sx;
    const nh = node.height * sy;
    doc.setFillColor(...COLOR.white);
    doc.setDrawColor(...c.stroke);
    doc.setLineWidth(1.2);
    if (node.custom) doc.setLineDashPattern([3, 2], 0);
    doc.roundedRect(x, y, nw, nh, 4, 4, 'FD');
    if (node.custom) doc.setLineDashPattern([], 0);
    doc.setFillColor(...c.stroke);
    doc.rect(x, y + 3, 4, nh - 6, 'F');
    const meta = `${PRIORITY_LABEL[node.priority]}${node.custom ? ' (team)' : ''} · ${ownerAndStatus(items.get(node.id), document)}`;
    const pad = 6;
    const textW = nw - pad * 2 - 4;
    // The largest title size at which the title and the meta lines fit the card: two meta lines, or one
    // on a crowded small poster; at the smallest size a title that still does not fit is cut with "…".
    let size = TITLE_MAX * scale;
    let lines = w.split(node.title, textW, { size, bold: true });
    const height = (s: number, n: number, meta: number) =>
      n * s * 1.15 + meta * Math.max(TITLE_MIN, s * 0.8) * 1.15 + pad * 1.5;
    const fits = (s: number, n: number) => height(s, n, 2) <= nh;
    while (size > TITLE_MIN && !fits(size, lines.length)) {
      size -= 0.25;
      lines = w.split(node.title, textW, { size, bold: true });
    }
    const metaSize = Math.max(TITLE_MIN, size * 0.8);
    const allMeta = w.split(meta, textW, { size: metaSize });
    const metaCount = fits(size, lines.length) ? 2 : 1;
    const room = Math.max(1, Math.floor((nh - pad * 1.5 - metaCount * metaSize * 1.15) / (size * 1.15)));
    if (lines.length > room) {
      lines = lines.slice(0, room);
      lines[room - 1] = fitWithEllipsis(w, lines[room - 1]!, textW, size);
    }
    minTitle = Math.min(minTitle, size);
    lines.forEach((l, i) => w.line(l, x + pad + 4, y + pad * 0.6 + i * size * 1.15, { size, bold: true }));
    const metaLines =
      allMeta.length > metaCount
        ? [
            ...allMeta.slice(0, metaCount - 1),
            fitWithEllipsis(w, allMeta.slice(metaCount - 1).join(' '), textW, metaSize, false),
          ]
        : allMeta;
    const metaTop = y + nh - pad * 0.6 - metaLines.length * metaSize * 1.15;
    metaLines.forEach((m, i) =>
      w.line(m, x + pad + 4, metaTop + i * metaSize * 1.15, { size: metaSize, color: c.text }),
    );
  }
  return { doc, info: { minTitleSize: Math.round(minTitle * 100) / 100 } };
}
