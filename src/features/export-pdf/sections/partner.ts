import type { PlanItem } from '../../../domain/plan/types';
import { COLOR, SIZE } from '../style';
import { PATIENT_SIDE, type Ctx } from './context';

const SUPPORT = [
  {
    id: 'payment',
    name: 'Payment',
    fallback:
      'You should be paid for your time, and your travel and other costs should be paid back. Ask the team how and when.',
  },
  {
    id: 'training-support',
    name: 'Training and support',
    fallback:
      'The team should explain each task, offer you training if you want it, and name a person you can ask for help.',
  },
  {
    id: 'accessibility',
    name: 'Access needs',
    fallback:
      'Tell the team what you need to take part, such as breaks, large print, a carer with you or help with travel.',
  },
];

function patientSide(ctx: Ctx, item: PlanItem): string[] {
  const group = new Set(ctx.content.stakeholders.filter((s) => s.group === 'patient-side').map((s) => s.id));
  return item.who.filter((id) => PATIENT_SIDE.includes(id) || group.has(id));
}

/** Points where patient partners take part, grouped by phase. */
export function partnerPoints(ctx: Ctx) {
  return ctx.plan.phases
    .map((p) => ({ phase: p.phase, items: p.items.filter((i) => patientSide(ctx, i).length > 0) }))
    .filter((p) => p.items.length > 0);
}

function hours(n: number): string {
  return `${n.toLocaleString('en-GB')} hour${n === 1 ? '' : 's'}`;
}

/** The patient-partner guide: plain words only, from the content's `plain` fields. */
export function drawPartner(ctx: Ctx): void {
  const { w, document } = ctx;
  const phases = partnerPoints(ctx);
  const count = phases.reduce((n, p) => n + p.items.length, 0);

  w.heading('About this guide', 1, { newPage: true, toc: 0 });
  w.paragraph(
    `This guide is for patients, carers and patient groups who may work with the team on "${document.name}". ` +
      'It shows where you can help, what you would be asked to do, how much time it may take, and the support and ' +
      'payment you can expect.',
  );
  const programme = ctx.plan.summary.programme;
  if (programme.summary) w.paragraph(`What the programme is about: ${programme.summary}`);
  if (programme.condition) w.paragraph(`The condition: ${programme.condition}.`);
  if (programme.milestone)
    w.paragraph(
      `The team's next milestone is on ${ctx.dateText(programme.milestone)}. Some work with you comes before it.`,
    );
  w.paragraph(
    'Taking part is always your choice. You can say no to any part, and you can stop at any time. ' +
      'If something is not clear, ask the team. There are no silly questions.',
  );
  w.paragraph(
    count
      ? `There ${count === 1 ? 'is 1 place' : `are ${count} places`} in this plan where patients and carers can take part.`
      : 'The team has not yet planned any points where patients and carers take part. This guide will grow as the plan does.',
    { bold: true },
  );

  if (phases.length) {
    w.heading('Where you can contribute', 1, { newPage: true, toc: 0 });
    for (const { phase, items } of phases) {
      w.heading(`Step ${phase.order}: ${phase.name}`, 2, { keepWith: w.lineHeight() * 6, toc: 1 });
      w.paragraph(phase.plain, { color: COLOR.muted, after: 8 });
      for (const item of items) {
        const titleLines = w.split(item.title, w.width - 10, { size: SIZE.h3, bold: true });
        w.ensure(titleLines.length * w.lineHeight(SIZE.h3) + w.lineHeight() * 4);
        const top = w.y;
        w.lines(titleLines, w.left + 10, { size: SIZE.h3, bold: true });
        w.doc.setFillColor(...COLOR.accent);
        w.doc.rect(w.left, top, 3, w.y - top, 'F');
        w.y += 4;
        const plain = item.point?.plain ?? item.custom?.description ?? item.decision;
        const each = item.point?.patientTime.hoursEach;
        w.row('What you would do', plain, { labelWidth: 110 });
        w.row(
          'How much time',
          each ? `About ${hours(each)} for each person taking part.` : 'The team will tell you how much time it needs.',
          { labelWidth: 110 },
        );
        w.row('Who takes part', patientSide(ctx, item).map(ctx.name.stakeholder).join(', '), { labelWidth: 110 });
        if (item.edit.targetDate)
          w.row('When', `Planned for ${ctx.dateText(item.edit.targetDate)}.`, { labelWidth: 110 });
        w.y += 10;
      }
    }
  }

  w.heading('Support and payment', 1, { newPage: true, toc: 0 });
  w.paragraph('This is what you can expect from the team when you take part.', { color: COLOR.muted, after: 8 });
  for (const s of SUPPORT) {
    const c = ctx.content.considerations.find((x) => x.id === s.id);
    w.heading(c?.name ?? s.name, 3, { keepWith: w.lineHeight() * 3 });
    w.paragraph(c?.plain ?? s.fallback, { after: 10 });
  }
}
