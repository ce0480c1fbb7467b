import type { Question } from '../../domain/content/schema';
import { isNotSure, NOT_SURE, type Answer } from '../../domain/answers';
import { optionIds, optionLabel } from '../../domain/content/options';

interface Props {
  question: Question;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  describedBy: string;
  invalid: boolean;
}

const NOT_SURE_ID = '__not-sure';

interface NotSureProps {
  name: string;
  checked: boolean;
  onChange: (value: Answer | undefined) => void;
  aria: { 'aria-describedby': string; 'aria-invalid': true | undefined };
}

function NotSureCheckbox({ name, checked, onChange, aria }: NotSureProps) {
  return (
    <div className="choice not-sure">
      <input
        type="checkbox"
        id={`${name}-${NOT_SURE_ID}`}
        checked={checked}
        onChange={(e) => onChange(e.target.checked ? NOT_SURE : undefined)}
        {...aria}
      />
      <label htmlFor={`${name}-${NOT_SURE_ID}`}>Not sure</label>
    </div>
  );
}

/** The control for one question type. Each choice is a native input, so keyboard use is standard. */
export function AnswerInput({ question, value, onChange, describedBy, invalid }: Props) {
  const name = `q-${question.id}`;
  const notSure = isNotSure(value);
  const allowNotSure = question.notSure !== undefined;
  const aria = { 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined };

  if (question.type === 'single' || question.type === 'yesno' || question.type === 'scale') {
    const choices =
      question.type === 'scale' && question.scale
        ? Array.from({ length: question.scale.max - question.scale.min + 1 }, (_, i) => {
            const n = (question.scale?.min ?? 1) + i;
            const s = question.scale!;
            const label = n === s.min ? `${n} – ${s.minLabel}` : n === s.max ? `${n} – ${s.maxLabel}` : String(n);
            return { id: String(n), label, help: undefined as string | undefined };
          })
        : optionIds(question).map((id) => ({
            id,
            label: optionLabel(question, id),
            help: question.options?.find((o) => o.id === id)?.help,
          }));
    const selected = notSure ? NOT_SURE_ID : value === undefined ? '' : String(value);
    const choose = (id: string) =>
      onChange(id === NOT_SURE_ID ? NOT_SURE : question.type === 'scale' ? Number(id) : id);
    return (
      <div className={question.type === 'scale' ? 'choices choices-scale' : 'choices'}>
        {[...choices, ...(allowNotSure ? [{ id: NOT_SURE_ID, label: 'Not sure', help: undefined }] : [])].map((c) => (
          <div className="choice" key={c.id}>
            <input
              type="radio"
              id={`${name}-${c.id}`}
              name={name}
              value={c.id}
              checked={selected === c.id}
              onChange={() => choose(c.id)}
              {...aria}
            />
            <label htmlFor={`${name}-${c.id}`}>
              {c.label}
              {c.help && <span className="option-help">{c.help}</span>}
            </label>
          </div>
        ))}
      </div>
    );
  }

  if (question.type === 'multi') {
    const chosen = Array.isArray(value) ? value : [];
    const toggle = (id: string, on: boolean) => {
      const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
      const ordered = optionIds(question).filter((o) => next.includes(o));
      onChange(ordered.length ? ordered : undefined);
    };
    return (
      <div className="choices">
        {(question.options ?? []).map((o) => (
          <div className="choice" key={o.id}>
            <input
              type="checkbox"
              id={`${name}-${o.id}`}
              checked={chosen.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
              {...aria}
            />
            <label htmlFor={`${name}-${o.id}`}>
              {o.label}
              {o.help && <span className="option-help">{o.help}</span>}
            </label>
          </div>
        ))}
        {allowNotSure && <NotSureCheckbox name={name} checked={notSure} onChange={onChange} aria={aria} />}
      </div>
    );
  }

  const text = typeof value === 'string' ? value : '';
  return (
    <div className="stack">
      <label htmlFor={name} className="visually-hidden">
        {question.short}
      </label>
      {question.type === 'date' ? (
        <input
          type="date"
          id={name}
          value={notSure ? '' : text}
          disabled={notSure}
          onChange={(e) => onChange(e.target.value || undefined)}
          {...aria}
        />
      ) : (
        <textarea
          id={name}
          rows={3}
          value={notSure ? '' : text}
          disabled={notSure}
          maxLength={(question.maxLength ?? 500) + 1}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
          {...aria}
        />
      )}
      {allowNotSure && <NotSureCheckbox name={name} checked={notSure} onChange={onChange} aria={aria} />}
    </div>
  );
}
