import type { Content, GlossaryTerm } from '../content/schema';
import type { PartnerContact } from '../document/partner';
import type { PlanDocument } from '../document/types';
import { formatRate } from '../plan/labels';
import { plainPromise, plainTitle } from '../plan/plainWords';
import type { Plan, PlanItem } from '../plan/types';
import { termsUsed } from '../plan/glossaryUse';

/**
 * The partner guide: what a patient or carer needs to decide whether to take part, in plain words.
 * One model feeds both the partner view and the partner PDF, so the two always say the same.
 */
export interface PartnerMoment {
  id: string;
  title: string;
  whatYouDo: string;
  when: string;
  time: string;
  say: string;
  who: string;
  support: string;
  payment: string;
  access: string;
  feedback: string;
}

export interface PartnerGroup {
  id: string;
  heading: string;
  text: string;
  moments: PartnerMoment[];
}

export interface PartnerSection {
  id: string;
  heading: string;
  paragraphs: string[];
}

export interface PartnerGuide {
  name: string;
  intro: string[];
  /** The programme in plain words: label → text; `teamWords` marks text the team wrote themselves. */
  programme: { label: string; text: string; teamWords?: boolean }[];
  groups: PartnerGroup[];
  contact: { name?: string; role?: string; email?: string; phone?: string } | null;
  contactMissing: string;
  sections: PartnerSection[];
  interest: { heading: string; text: string };
  glossary: GlossaryTerm[];
}

function texts(content: Pick<Content, 'partner'>) {
  const byId = new Map(content.partner.map((t) => [t.id, t]));
  return {
    text: (id: string, fallback = '') => byId.get(id)?.text ?? fallback,
    heading: (id: string, fallback: string) => byId.get(id)?.heading ?? fallback,
  };
}

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

function hoursText(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${rounded.toLocaleString('en-GB')} hour${rounded === 1 ? '' : 's'}`;
}

function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isFinite(d.getTime())
    ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    : iso;
}

/** Patient-side people who may take part in this plan (content flags: group and appliesTo). */
function partnerPeople(content: Pick<Content, 'stakeholders'>, plan: Plan): Map<string, string> {
  return new Map(
    content.stakeholders
      .filter((s) => s.group === 'patient-side')
      .filter((s) => !s.appliesTo || !('context' in s.appliesTo) || plan.contexts.includes(String(s.appliesTo.context)))
      .map((s) => [s.id, s.name]),
  );
}

/**
 * Moments where patients or carers are asked to act: patient-side people take part, the level asks
 * more of them than being told (inform), and the point gives them time to spend.
 */
export function partnerItems(content: Pick<Content, 'stakeholders'>, plan: Plan): PlanItem[] {
  const people = partnerPeople(content, plan);
  return plan.phases
    .flatMap((p) => p.items)
    .filter((i) => i.level !== 'inform' && i.who.some((w) => people.has(w)))
    .filter((i) => i.patientHours > 0 || (i.kind === 'custom' && i.custom?.patientHours === undefined));
}

function considerationPlain(content: Pick<Content, 'considerations'>, id: string): string | undefined {
  return content.considerations.find((c) => c.id === id)?.plain;
}

export function buildPartnerGuide(content: Content, plan: Plan, document: PlanDocument): PartnerGuide {
  const t = texts(content);
  const people = partnerPeople(content, plan);
  const cost = plan.summary.cost;
  const rateSet = document.settings.ratesSetByTeam === true || cost.basis.setByTeam;
  const payment = rateSet
    ? `You would be paid ${formatRate(cost.rate, cost.currency)} an hour for your time. Your travel and other costs are paid back.`
    : t.text('payment-unset');
  const support = considerationPlain(content, 'training-support') ?? '';
  const access = considerationPlain(content, 'accessibility') ?? '';
  const feedback = t.text('feedback');

  const moment = (item: PlanItem): PartnerMoment => {
    const each = item.point?.patientTime.hoursEach;
    const when = t.text(
      `when-${item.phaseId}`,
      plan.phases.find((p) => p.phase.id === item.phaseId)?.phase.short ?? '',
    );
    const promise = plainPromise(content, item.level);
    return {
      id: item.id,
      title: plainTitle(item),
      whatYouDo: item.point?.plain ?? item.custom?.description ?? item.decision,
      when: sentence(item.edit.targetDate ? `${when}. The team plans it for ${longDate(item.edit.targetDate)}` : when),
      time: each
        ? `About ${hoursText(each)} for each person.`
        : item.patientHours > 0
          ? `About ${hoursText(item.patientHours)} in all, shared between the people taking part.`
          : 'The team will tell you how much time it needs.',
      say: promise ? sentence(promise) : '',
      who: item.who
        .filter((w) => people.has(w))
        .map((w) => people.get(w) ?? w)
        .join(', '),
      support,
      payment,
      access,
      feedback,
    };
  };

  const asks = content.partner.filter((x) => x.methods);
  const groupOf = (item: PlanItem) => {
    const top = item.methods[0]?.method.id;
    return asks.find((a) => top && a.methods?.includes(top))?.id ?? 'ask-other';
  };
  const items = partnerItems(content, plan);
  const groups: PartnerGroup[] = [...asks.map((a) => a.id), 'ask-other']
    .map((id) => ({
      id,
      heading: t.heading(id, 'Other ways to help'),
      text: t.text(id),
      moments: items.filter((i) => groupOf(i) === id).map(moment),
    }))
    .filter((g) => g.moments.length > 0);

  const programme: PartnerGuide['programme'] = [];
  const p = plan.summary.programme;
  if (p.condition) programme.push({ label: 'The condition', text: sentence(p.condition), teamWords: true });
  const product = document.answers['product-type'];
  const about = t.text(`product-${typeof product === 'string' ? product : 'unknown'}`, t.text('product-unknown'));
  programme.push({
    label: 'What the study is about',
    text: sentence(about),
  });
  if (p.summary) programme.push({ label: "In the team's own words", text: sentence(p.summary), teamWords: true });

  const contact: PartnerContact | undefined = document.settings.partnerContact;
  const has = contact && (contact.name || contact.email || contact.phone);

  // Help with talking, reading and writing, where the plan names it (people with aphasia or who use AAC).
  const communication = plan.considerations.find((c) => c.consideration.id === 'communication-support');
  const sections: PartnerSection[] = [
    ...(communication
      ? [
          {
            id: 'communication',
            heading: t.heading('communication', 'Help with talking, reading and writing'),
            paragraphs: [communication.consideration.plain, t.text('communication')].filter(Boolean),
          },
        ]
      : []),
    {
      id: 'safeguarding',
      heading: 'Keeping you safe',
      paragraphs: [considerationPlain(content, 'safeguarding') ?? ''].filter(Boolean),
    },
    {
      id: 'conflicts',
      heading: 'Your views stay your own',
      paragraphs: [considerationPlain(content, 'ethics-coi') ?? ''].filter(Boolean),
    },
    {
      id: 'later-roles',
      heading: t.heading('later-roles', 'Other roles you may want later'),
      paragraphs: [t.text('later-roles')],
    },
    {
      id: 'privacy',
      heading: t.heading('privacy', 'Your privacy'),
      paragraphs: [t.text('privacy')],
    },
  ].filter((s) => s.paragraphs.length > 0);

  const intro = [t.text('intro'), t.text('choice')];
  if (groups.length === 0) intro.push(t.text('no-moments'));

  const allText = [
    ...intro,
    ...programme.map((r) => r.text),
    ...groups.flatMap((g) => [g.heading, g.text, ...g.moments.flatMap((m) => Object.values(m))]),
    ...sections.flatMap((s) => s.paragraphs),
  ];
  return {
    name: document.name,
    intro,
    programme,
    groups,
    contact: has ? contact : null,
    contactMissing: t.text('no-contact'),
    sections,
    interest: { heading: t.heading('interest', 'Tell the team you are interested'), text: t.text('interest') },
    glossary: termsUsed(content, allText),
  };
}

/** Every sentence of ours a partner reads in the guide (not the team's own words), for reading-grade checks. */
export function guideTexts(g: PartnerGuide): string[] {
  return [
    ...g.intro,
    ...g.programme.filter((r) => !r.teamWords).map((r) => r.text),
    ...g.groups.flatMap((x) => [x.text, ...x.moments.flatMap((m) => [m.whatYouDo, m.time, m.say, m.payment])]),
    ...g.sections.flatMap((s) => s.paragraphs),
    g.interest.text,
  ];
}
