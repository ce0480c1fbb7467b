import { buildPartnerGuide, type PartnerGuide } from '../../../domain/partner/guide';
import { COLOR, SIZE } from '../style';
import type { Ctx } from './context';

const guides = new WeakMap<Ctx, PartnerGuide>();
/** The same guide the partner view shows (src/domain/partner/guide.ts), built once per PDF. */
export function partnerGuide(ctx: Ctx): PartnerGuide {
  let g = guides.get(ctx);
  if (!g) {
    g = buildPartnerGuide(ctx.content, ctx.plan, ctx.document);
    guides.set(ctx, g);
  }
  return g;
}

/** Table-of-contents entries: the groups of tasks. */
export function partnerPoints(ctx: Ctx) {
  return partnerGuide(ctx).groups;
}

/** The patient-partner guide: plain words only, the partner view's content in print. */
export function drawPartner(ctx: Ctx): void {
  const { w } = ctx;
  const guide = partnerGuide(ctx);
  const labelWidth = w.body >= 16 ? 190 : 150;
  const moments = guide.groups.reduce((n, g) => n + g.moments.length, 0);

  w.heading('About this guide', 1, { newPage: true, toc: 0 });
  for (const p of guide.intro) w.paragraph(p);
  w.heading('About the study', 2);
  for (const r of guide.programme) w.row(r.label, r.text, { labelWidth });
  w.paragraph(
    moments === 1
      ? 'There is 1 task where patients or carers are asked to help.'
      : `There are ${moments} tasks where patients or carers are asked to help.`,
    { bold: true },
  );

  if (guide.groups.length) {
    w.heading('Where you could help', 1, { newPage: true, toc: 0 });
    for (const g of guide.groups) {
      w.heading(g.heading, 2, { keepWith: w.lineHeight() * 6, toc: 1 });
      w.paragraph(g.text, { color: COLOR.muted, after: 8 });
      for (const m of g.moments) {
        const size = w.body + (SIZE.h3 - SIZE.body);
        const titleLines = w.split(m.title, w.width - 10, { size, bold: true });
        w.ensure(titleLines.length * w.lineHeight(size) + w.lineHeight() * 4);
        const top = w.y;
        w.lines(titleLines, w.left + 10, { size, bold: true });
        w.doc.setFillColor(...COLOR.accent);
        w.doc.rect(w.left, top, 3, w.y - top, 'F');
        w.y += 4;
        w.row('What you would do', m.whatYouDo, { labelWidth });
        w.row('When', m.when, { labelWidth });
        w.row('How much time', m.time, { labelWidth });
        w.row('How much say you have', m.say, { labelWidth });
        w.row('Who takes part', m.who, { labelWidth });
        w.row('Payment', m.payment, { labelWidth });
        w.y += 10;
      }
    }
  }

  const first = guide.groups[0]?.moments[0];
  w.heading('Support, payment and access', 1, { newPage: true, toc: 0 });
  if (first) {
    w.heading('Support', 3);
    w.paragraph(first.support);
    w.heading('Payment', 3);
    w.paragraph(first.payment);
    w.heading('Access needs', 3);
    w.paragraph(first.access);
    w.heading('How you will hear what changed', 3);
    w.paragraph(first.feedback);
  }

  w.heading('Who to contact', 1, { toc: 0 });
  const c = guide.contact;
  if (c) {
    if (c.name) w.row('Name', c.role ? `${c.name}, ${c.role}` : c.name, { labelWidth });
    if (c.email) w.row('Email', c.email, { labelWidth });
    if (c.phone) w.row('Phone', c.phone, { labelWidth });
  } else w.paragraph(guide.contactMissing);

  for (const s of guide.sections) {
    w.heading(s.heading, 2, { keepWith: w.lineHeight() * 3 });
    for (const p of s.paragraphs) w.paragraph(p);
  }
}
