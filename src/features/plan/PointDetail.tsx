import { CARRIED_LABEL } from '../../domain/plan/programme';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Content } from '../../domain/content/schema';
import type { Plan, PlanItem } from '../../domain/plan/types';
import type { PointEdit } from '../../domain/document/types';
import { PRIORITY_LABEL, EFFORT_LABEL, patientTimeText } from '../../domain/plan/labels';
import { PointEditForm } from './PointEditForm';
import { PointLinks } from './PointLinks';
import { MethodDetails } from './MethodDetails';
import { DOMAIN_LABEL } from '../../domain/engine/starterMetrics';

interface Props {
  content: Content;
  item: PlanItem;
  /** The whole plan, for the points this one feeds and uses data from. */
  plan: Plan;
  /** Opens another point's details (a link to a linked point). */
  onSelect: (id: string) => void;
  /** Closes the panel (the Close button, or Escape anywhere in it). */
  onClose: () => void;
  onEdit: (edit: PointEdit) => void;
  onRemoveCustom?: () => void;
  /** The workshop's capture of votes, priority, decisions and actions for this point. */
  capture?: ReactNode;
  /** What happened at this point: its impact log (src/features/plan/PointRecord.tsx). */
  record?: ReactNode;
}

const names = <T extends { id: string; name: string }>(all: T[], ids: string[]) =>
  ids.map((id) => all.find((x) => x.id === id)?.name ?? id).join(', ') || '—';

/** Everything about one engagement point: what, why (with the answers behind it), sources, and the team's edits. */
export function PointDetail({
  content,
  item,
  plan,
  onSelect,
  onClose,
  onEdit,
  onRemoveCustom,
  capture,
  record,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [item.id]);
  const refs = item.references.map((id) => content.references.find((r) => r.id === id)).filter((r) => r !== undefined);
  const level = content.levels.find((l) => l.id === item.level);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };
  return (
    <aside className="detail panel" aria-labelledby="detail-heading" onKeyDown={onKeyDown}>
      <div className="detail-head">
        <h2 id="detail-heading" ref={heading} tabIndex={-1}>
          {item.title}
        </h2>
        <button type="button" onClick={onClose}>
          Close<span className="visually-hidden"> details of {item.title}</span>
        </button>
      </div>
      <p>
        <span className={`badge priority-${item.priority}`}>{PRIORITY_LABEL[item.priority]}</span>{' '}
        <span className="badge">{level?.name ?? item.level}</span>
        {item.addedByTeam && <span className="badge">Added by your team</span>}
        {item.carried && <span className="badge">{CARRIED_LABEL[item.carried.kind]}</span>}
      </p>
      <h3>The decision patients can shape</h3>
      <p>{item.decision}</p>
      {item.point && (
        <>
          <h3>Why patient input matters here</h3>
          <p>{item.point.whyItMatters}</p>
          <h3>What you would be asked to do (for patient partners)</h3>
          <p>{item.point.plain}</p>
        </>
      )}
      <h3>Why this is in your plan</h3>
      <ul>
        {item.reasons.map((r, i) => (
          <li key={`${r.ruleId ?? 'base'}-${i}`}>
            {r.text}
            {r.answers.length > 0 && <span className="muted"> Because you answered: {r.answers.join('; ')}.</span>}
          </li>
        ))}
      </ul>
      <dl className="facts">
        <dt>Who takes part</dt>
        <dd>{names(content.stakeholders, item.who)}</dd>
        <dt>Level of engagement</dt>
        <dd>{level ? `${level.name}: ${level.promise}` : item.level}</dd>
        <dt>Patient experience data generated</dt>
        <dd>{names(content.pedTypes, item.pedGenerated)}</dd>
        <dt>Patient experience data used</dt>
        <dd>{names(content.pedTypes, item.pedUsed)}</dd>
        <dt>Time asked of patients</dt>
        <dd>{patientTimeText(item)}</dd>
        <dt>Team effort</dt>
        <dd>{EFFORT_LABEL[item.teamEffort]}</dd>
        {item.point && (
          <>
            <dt>Outputs</dt>
            <dd>{item.point.outputs.join('; ')}</dd>
            {item.point.schedule && (
              <>
                <dt>How long it takes</dt>
                <dd>{item.point.schedule}</dd>
              </>
            )}
            <dt>How to evaluate it</dt>
            <dd>
              {item.point.evaluation}{' '}
              <span className="muted">(PARADIGM: {DOMAIN_LABEL[item.point.evaluationDomain]})</span>
            </dd>
          </>
        )}
      </dl>
      <PointLinks plan={plan} item={item} onOpen={onSelect} variant="detail" />
      {item.methods.length > 0 && (
        <>
          <h3>Methods, best fit first</h3>
          <ol className="methods">
            {item.methods.map((m) => (
              <MethodDetails key={m.method.id} ranked={m} />
            ))}
          </ol>
        </>
      )}
      {refs.length > 0 && (
        <>
          <h3>Sources</h3>
          <ul className="references">
            {refs.map((r) => (
              <li key={r.id}>
                <a href={r.url} target="_blank" rel="noreferrer noopener">
                  {r.title}
                </a>{' '}
                <span className="muted">
                  {r.publisher}, {r.year}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {capture}
      {record}
      <PointEditForm item={item} onSave={onEdit} {...(onRemoveCustom ? { onRemoveCustom } : {})} />
    </aside>
  );
}
