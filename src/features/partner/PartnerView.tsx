import { useMemo } from 'react';
import type { Content } from '../../domain/content/schema';
import type { PlanDocument } from '../../domain/document/types';
import { buildPlan } from '../../domain/engine/buildPlan';
import { buildPartnerGuide, type PartnerGuide, type PartnerMoment } from '../../domain/partner/guide';
import { InterestForm } from './InterestForm';

function Moment({ m }: { m: PartnerMoment }) {
  const rows: [string, string][] = [
    ['What you would do', m.whatYouDo],
    ['When', m.when],
    ['How much time', m.time],
    ['How much say you have', m.say],
    ['Who takes part', m.who],
    ['Support', m.support],
    ['Payment', m.payment],
    ['Access needs', m.access],
    ['How you will hear what changed', m.feedback],
  ];
  return (
    <article className="partner-moment" aria-labelledby={`moment-${m.id}`}>
      <h4 id={`moment-${m.id}`}>{m.title}</h4>
      <dl>
        {rows
          .filter(([, text]) => text)
          .map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
      </dl>
    </article>
  );
}

function Contact({ guide }: { guide: PartnerGuide }) {
  const c = guide.contact;
  if (!c) return <p>{guide.contactMissing}</p>;
  return (
    <ul className="partner-contact">
      {c.name && (
        <li>
          {c.name}
          {c.role ? `, ${c.role}` : ''}
        </li>
      )}
      {c.email && (
        <li>
          Email: <a href={`mailto:${c.email}`}>{c.email}</a>
        </li>
      )}
      {c.phone && (
        <li>
          Phone: <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
        </li>
      )}
    </ul>
  );
}

/** The plan in plain words for patients and carers, with "I'm interested". */
export function PartnerView({
  content,
  doc,
  largePrint,
}: {
  content: Content;
  doc: PlanDocument;
  largePrint: boolean;
}) {
  const guide = useMemo(() => {
    const plan = buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings });
    return buildPartnerGuide(content, plan, doc);
  }, [content, doc]);
  const moments = guide.groups.flatMap((g) => g.moments);
  return (
    <div className={largePrint ? 'partner-view large-print' : 'partner-view'}>
      {guide.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <section aria-labelledby="partner-programme">
        <h2 id="partner-programme">About the study</h2>
        <dl>
          {guide.programme.map((r) => (
            <div key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.text}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="partner-moments">
        <h2 id="partner-moments">Where you could help</h2>
        <p>
          {moments.length === 1
            ? 'There is 1 task where patients or carers are asked to help.'
            : `There are ${moments.length} tasks where patients or carers are asked to help.`}
        </p>
        {guide.groups.map((g) => (
          <section key={g.id} aria-labelledby={`group-${g.id}`} className="partner-group">
            <h3 id={`group-${g.id}`}>{g.heading}</h3>
            <p>{g.text}</p>
            {g.moments.map((m) => (
              <Moment key={m.id} m={m} />
            ))}
          </section>
        ))}
      </section>
      <section aria-labelledby="partner-contact">
        <h2 id="partner-contact">Who to contact</h2>
        <Contact guide={guide} />
      </section>
      {guide.sections.map((s) => (
        <section key={s.id} aria-labelledby={`partner-${s.id}`}>
          <h2 id={`partner-${s.id}`}>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
      {moments.length > 0 && <InterestForm guide={guide} planId={doc.id} />}
      {guide.glossary.length > 0 && (
        <section aria-labelledby="partner-glossary">
          <h2 id="partner-glossary">Words used on this page</h2>
          <dl>
            {guide.glossary.map((g) => (
              <div key={g.id}>
                <dt>{g.term}</dt>
                <dd>{g.plain}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
