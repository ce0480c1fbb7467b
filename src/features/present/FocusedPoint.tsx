import type { Content } from '../../domain/content/schema';
import type { Plan, PlanItem } from '../../domain/plan/types';
import { pointLinks } from '../../domain/plan/links';
import { PRIORITY_LABEL, patientTimeText } from '../../domain/plan/labels';

interface Props {
  content: Content;
  plan: Plan;
  item: PlanItem;
  /** Opened with Enter: the panel takes the room and shows who takes part, methods, outputs and links. */
  open: boolean;
}

const names = <T extends { id: string; name: string }>(all: T[], ids: string[]) =>
  ids.map((id) => all.find((x) => x.id === id)?.name ?? id).join(', ') || '—';

/** The point in focus, in type a room can read: what is decided, why it matters, what patients would do, time and level. */
export function FocusedPoint({ content, plan, item, open }: Props) {
  const level = content.levels.find((l) => l.id === item.level);
  const links = pointLinks(plan, item.id);
  return (
    <>
      <h2 id="present-point-heading" className="present-point-title">
        {item.title}
      </h2>
      <p className="present-badges">
        <span className={`badge priority-${item.priority}`}>{PRIORITY_LABEL[item.priority]}</span>{' '}
        <span className="badge">{level?.name ?? item.level}</span>
      </p>
      <dl className="present-facts">
        <div>
          <dt>The decision patients can shape</dt>
          <dd>{item.decision}</dd>
        </div>
        {item.point && (
          <>
            <div>
              <dt>Why it matters</dt>
              <dd>{item.point.whyItMatters}</dd>
            </div>
            <div>
              <dt>What patients would be asked to do</dt>
              <dd>{item.point.plain}</dd>
            </div>
          </>
        )}
        <div>
          <dt>Time</dt>
          <dd>{patientTimeText(item)}</dd>
        </div>
        <div>
          <dt>Level of engagement</dt>
          <dd>{level ? `${level.name}: ${level.promise}` : item.level}</dd>
        </div>
        {open && (
          <>
            <div>
              <dt>Who takes part</dt>
              <dd>{names(content.stakeholders, item.who)}</dd>
            </div>
            {item.methods.length > 0 && (
              <div>
                <dt>Methods, best fit first</dt>
                <dd>
                  {item.methods
                    .slice(0, 3)
                    .map((m) => m.method.name)
                    .join('; ')}
                </dd>
              </div>
            )}
            {item.point && (
              <div>
                <dt>Outputs</dt>
                <dd>{item.point.outputs.join('; ')}</dd>
              </div>
            )}
            {links.usesDataFrom.length > 0 && (
              <div>
                <dt>Uses data from</dt>
                <dd>{links.usesDataFrom.map((i) => i.title).join('; ')}</dd>
              </div>
            )}
            {links.feedsInto.length > 0 && (
              <div>
                <dt>Feeds into</dt>
                <dd>{links.feedsInto.map((i) => i.title).join('; ')}</dd>
              </div>
            )}
          </>
        )}
      </dl>
    </>
  );
}
