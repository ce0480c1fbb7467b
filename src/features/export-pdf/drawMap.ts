import type { Content, Level } from '../../domain/content/schema';
import { MAP, type MapLayout, type MapNode } from '../../domain/map/layout';
import { outward, type EdgeRoute, type Point } from '../../domain/map/route';
import { COLOR, MARGIN, PRIORITY_COLOR, SIZE } from './style';
import { label } from './text';
import type { Writer } from './writer';
import { PRIORITY_LABEL } from '../../domain/plan/labels';
import { PRIORITIES } from '../../domain/content/constants';

/** Below this scale the node titles get too small to read: split the map across pages instead. */
const MIN_SCALE = 0.62;
const MAX_SCALE = 0.9;
const PITCH = MAP.laneWidth + MAP.laneGap;
const ROW = MAP.nodeHeight + MAP.nodeGap;

interface Tile {
  lanes: number[];
  rows: [number, number];
}

function rowOf(node: MapNode): number {
  return Math.round((node.y - MAP.headerHeight - MAP.padding) / ROW);
}

/** Length and half width of an arrowhead, in points. */
const ARROW = { length: 3.5, half: 2 };

/** One arrow along its route: the curve, stopped short of the tip, then a filled head pointing into the card. */
export function drawRoute(
  doc: Writer['doc'],
  route: EdgeRoute,
  X: (x: number) => number,
  Y: (y: number) => number,
): void {
  const [s, c1, c2, t] = route.path.map((p) => ({ x: X(p.x), y: Y(p.y) })) as [Point, Point, Point, Point];
  const out = outward(route.to);
  const dir = { x: -out.x, y: -out.y };
  const end = { x: t.x - dir.x * ARROW.length, y: t.y - dir.y * ARROW.length };
  doc.lines([[c1.x - s.x, c1.y - s.y, c2.x - s.x, c2.y - s.y, end.x - s.x, end.y - s.y]], s.x, s.y, [1, 1], 'S', false);
  const side = { x: -dir.y * ARROW.half, y: dir.x * ARROW.half };
  doc.triangle(end.x + side.x, end.y + side.y, end.x - side.x, end.y - side.y, t.x, t.y, 'F');
}

/**
 * Draws the phase map from the same layout the screen uses, as vectors. It is scaled to the page
 * width; a wide map is split into groups of lanes and a tall one into bands of rows, one landscape
 * page each, with the lane headers repeated and links to other pages shown as labelled stubs.
 */
export function drawMap(
  w: Writer,
  layout: MapLayout,
  content: Pick<Content, 'levels'>,
  heading: () => void,
  reserveTop: number,
): void {
  const levelName = (l: Level) => content.levels.find((x) => x.id === l)?.name ?? label(l);
  w.addPage('landscape');
  heading();
  const available = { w: w.width, h: w.pageH - 2 * MARGIN - reserveTop };

  const laneCount = layout.lanes.length;
  const tallest = Math.max(1, ...layout.nodes.map((n) => rowOf(n) + 1));
  const rowsAt = (scale: number) =>
    Math.max(1, Math.floor((available.h / scale - MAP.headerHeight - 2 * MAP.padding + MAP.nodeGap) / ROW));
  // Choose how many lanes go on a page, and the scale: fewest pages first, then the largest scale
  // (most legible). A tall map may shrink to MIN_SCALE to fit more rows on each page.
  let best = { perGroup: 1, s: Math.min(MAX_SCALE, available.w / MAP.laneWidth), pages: Infinity };
  for (let perGroup = 1; perGroup <= laneCount; perGroup++) {
    const fit = Math.min(MAX_SCALE, available.w / (perGroup * PITCH - MAP.laneGap));
    if (fit < MIN_SCALE && perGroup > 1) break;
    for (const scale of fit > MIN_SCALE ? [fit, MIN_SCALE] : [fit]) {
      const pages = Math.ceil(laneCount / perGroup) * Math.ceil(tallest / rowsAt(scale));
      if (pages < best.pages || (pages === best.pages && scale > best.s)) best = { perGroup, s: scale, pages };
    }
  }
  // Same number of pages, most legible: balance the lane groups (6 as 3 + 3, not 4 + 2) and the row
  // bands, then take the largest scale at which a band still fits the page.
  const groups = Math.ceil(laneCount / best.perGroup);
  const bands = Math.ceil(tallest / rowsAt(best.s));
  const perGroup = Math.ceil(laneCount / groups);
  const rowsPerTile = Math.ceil(tallest / bands);
  const s = Math.min(
    MAX_SCALE,
    available.w / (perGroup * PITCH - MAP.laneGap),
    available.h / (MAP.headerHeight + 2 * MAP.padding + rowsPerTile * ROW - MAP.nodeGap),
  );

  const tiles: Tile[] = [];
  for (let g = 0; g < laneCount; g += perGroup) {
    const lanes = Array.from({ length: Math.min(perGroup, laneCount - g) }, (_, i) => g + i);
    for (let r = 0; r < tallest; r += rowsPerTile) tiles.push({ lanes, rows: [r, Math.min(tallest, r + rowsPerTile)] });
  }
  const firstPage = w.page;
  const laneIndex = new Map(layout.lanes.map((l, i) => [l.phaseId, i]));
  const tileOf = (n: MapNode) => {
    const lane = laneIndex.get(n.phaseId) ?? 0;
    const row = rowOf(n);
    return tiles.findIndex((t) => t.lanes.includes(lane) && row >= t.rows[0] && row < t.rows[1]);
  };
  const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
  const doc = w.doc;

  tiles.forEach((tile, t) => {
    if (t > 0) {
      w.addPage('landscape');
      const orders = tile.lanes.map((i) => layout.lanes[i]?.order).filter((o) => o !== undefined);
      w.line(
        `Phase map (continued): phase${orders.length === 1 ? '' : 's'} ${orders.join(', ')}` +
          (tallest > rowsPerTile ? `, rows ${tile.rows[0] + 1}–${tile.rows[1]}` : ''),
        w.left,
        w.y,
        { size: SIZE.small, bold: true, color: COLOR.muted },
      );
      w.y += 18;
    }
    const ox = w.left - (layout.lanes[tile.lanes[0] ?? 0]?.x ?? 0) * s;
    const oy = w.y - tile.rows[0] * ROW * s;
    const X = (x: number) => ox + x * s;
    const Y = (y: number) => oy + y * s;
    const rows = tile.rows[1] - tile.rows[0];
    const laneH = (MAP.headerHeight + 2 * MAP.padding + rows * ROW - MAP.nodeGap) * s;
    const inTile = (n: MapNode) => tileOf(n) === t;

    // Lanes.
    for (const li of tile.lanes) {
      const lane = layout.lanes[li];
      if (!lane) continue;
      const x = X(lane.x);
      const y = w.y;
      doc.setFillColor(...COLOR.panel);
      doc.setDrawColor(...COLOR.rule);
      doc.setLineWidth(0.5);
      doc.roundedRect(x, y, lane.width * s, laneH, 4, 4, 'FD');
      doc.setFillColor(...COLOR.accentSoft);
      doc.roundedRect(x, y, lane.width * s, MAP.headerHeight * s, 4, 4, 'F');
      doc.rect(x, y + MAP.headerHeight * s - 4, lane.width * s, 4, 'F');
      const size = Math.min(9.5, 12 * s);
      w.line(
        `PHASE ${lane.order}`,
        x + (lane.width * s) / 2,
        y + 6 * s,
        { size: size * 0.72, bold: true, color: COLOR.muted },
        'center',
      );
      const title = w.split(lane.label, lane.width * s - 12, { size, bold: true })[0] ?? '';
      w.line(title, x + (lane.width * s) / 2, y + 24 * s, { size, bold: true, color: COLOR.accent }, 'center');
    }

    // Edges first, so node boxes sit on top of them: the route the screen draws too, with its arrowhead.
    doc.setLineWidth(0.7);
    doc.setDrawColor(...COLOR.faint);
    doc.setFillColor(...COLOR.faint);
    for (const edge of layout.edges) {
      const a = nodes.get(edge.source);
      const b = nodes.get(edge.target);
      // An arrow to a point on another page is shown as "→ p. N" inside the source node.
      if (a && b && inTile(a) && inTile(b)) drawRoute(doc, edge.route, X, Y);
    }

    // Nodes. Links to points drawn on other pages are noted in the source node: "→ p. N".
    const offPage = new Map<string, number[]>();
    for (const edge of layout.edges) {
      const a = nodes.get(edge.source);
      const b = nodes.get(edge.target);
      if (a && b && inTile(a) && !inTile(b)) offPage.set(a.id, [...(offPage.get(a.id) ?? []), firstPage + tileOf(b)]);
    }
    for (const node of layout.nodes) {
      if (!inTile(node)) continue;
      const c = PRIORITY_COLOR[node.priority];
      const x = X(node.x);
      const y = Y(node.y);
      const nw = node.width * s;
      const nh = node.height * s;
      doc.setFillColor(...COLOR.white);
      doc.setDrawColor(...c.stroke);
      doc.setLineWidth(0.6);
      if (node.custom) doc.setLineDashPattern([2, 1.5], 0);
      doc.roundedRect(x, y, nw, nh, 3, 3, 'FD');
      if (node.custom) doc.setLineDashPattern([], 0);
      doc.setFillColor(...c.fill);
      doc.rect(x + 0.5, y + nh - 15 * s * 1.2, nw - 1, 15 * s * 1.2 - 0.5, 'F');
      doc.setFillColor(...c.stroke);
      doc.rect(x, y + 3, 3, nh - 6, 'F');

      const size = Math.min(9, 10.5 * s);
      const lh = size * 1.22;
      const pad = 8 * s;
      const maxLines = Math.max(1, Math.floor((nh - 18 * s * 1.2 - pad) / lh));
      let lines = w.split(node.title, nw - pad - 6, { size, bold: true });
      if (lines.length > maxLines) {
        lines = lines.slice(0, maxLines);
        const last = lines[maxLines - 1] ?? '';
        lines[maxLines - 1] = `${/\s/.test(last) ? last.replace(/\s+\S+$/, '') : last.slice(0, -1)}…`;
      }
      lines.forEach((l, i) => w.line(l, x + 6 + pad * 0.4, y + pad * 0.7 + i * lh, { size, bold: true }));
      const meta = `${PRIORITY_LABEL[node.priority]} · ${levelName(node.level)}${node.custom ? ' · Custom' : ''}`;
      const metaSize = Math.min(7.5, 8.5 * s);
      const metaTop = y + nh - 13.5 * s * 1.2 + 1;
      w.line(meta, x + 6 + pad * 0.4, metaTop, { size: metaSize, color: c.text });
      const away = [...new Set(offPage.get(node.id) ?? [])].sort((p, q) => p - q);
      if (away.length)
        w.line(
          `→ p. ${away.join(', ')}`,
          x + nw - 5,
          metaTop,
          { size: metaSize, bold: true, color: COLOR.muted },
          'right',
        );
    }
    w.y += laneH + 10;
  });
}

/** A one-line legend for the map: priority colours and the custom-point border. */
export function drawLegend(w: Writer): void {
  const doc = w.doc;
  let x = w.left;
  const y = w.y;
  for (const p of PRIORITIES) {
    const c = PRIORITY_COLOR[p];
    doc.setFillColor(...c.fill);
    doc.setDrawColor(...c.stroke);
    doc.setLineWidth(0.6);
    doc.roundedRect(x, y + 1, 16, 9, 2, 2, 'FD');
    doc.setFillColor(...c.stroke);
    doc.rect(x, y + 2, 2.5, 7, 'F');
    w.line(PRIORITY_LABEL[p], x + 21, y + 1, { size: SIZE.small, color: COLOR.ink });
    w.font({ size: SIZE.small });
    x += 21 + doc.getTextWidth(PRIORITY_LABEL[p]) + 16;
  }
  doc.setDrawColor(...COLOR.muted);
  doc.setLineDashPattern([2, 1.5], 0);
  doc.roundedRect(x, y + 1, 16, 9, 2, 2, 'S');
  doc.setLineDashPattern([], 0);
  w.line('Added by your team', x + 21, y + 1, { size: SIZE.small });
  w.font({ size: SIZE.small });
  x += 21 + doc.getTextWidth('Added by your team') + 16;
  doc.setDrawColor(...COLOR.faint);
  doc.setFillColor(...COLOR.faint);
  doc.setLineWidth(0.7);
  doc.line(x, y + 5.5, x + 14, y + 5.5);
  doc.triangle(x + 14, y + 3.5, x + 14, y + 7.5, x + 17.5, y + 5.5, 'F');
  w.line('Feeds into', x + 22, y + 1, { size: SIZE.small });
  w.y += 20;
}
