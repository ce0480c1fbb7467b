import { useState, type FormEvent } from 'react';
import { type Content, type Level } from '../../domain/content/schema';
import { LEVELS } from '../../domain/content/constants';
import type { CustomPoint } from '../../domain/document/types';
import { newId } from '../../lib/download';

interface Props {
  content: Content;
  phases: { id: string; name: string }[];
  onAdd: (point: CustomPoint) => void;
}

export function CustomPointForm({ content, phases, onAdd }: Props) {
  const [title, setTitle] = useState('');
  const [phase, setPhase] = useState(phases[0]?.id ?? '');
  const [description, setDescription] = useState('');
  const [level, setLevel] = useState<Level>('involve');
  const [who, setWho] = useState<string[]>(['patients']);
  const [error, setError] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError('Give the point a title.');
    if (!phase) return setError('Choose a phase.');
    onAdd({
      id: `custom-${newId()}`,
      phase,
      title: title.trim(),
      description: description.trim(),
      who: ['patients'],
      level,
    });
    setTitle('');
    setDescription('');
    setError('');
  };
  return (
    <details className="panel">
      <summary>Add your own engagement point</summary>
      <form onSubmit={submit} className="stack" noValidate>
        <div className="field">
          <label htmlFor="custom-title">Title</label>
          <input
            id="custom-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={300}
            aria-describedby="custom-error"
          />
        </div>
        <div className="field">
          <label htmlFor="custom-phase">Phase</label>
          <select id="custom-phase" value={phase} onChange={(e) => setPhase(e.target.value)}>
            {phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="custom-description">What patients will shape</label>
          <textarea
            id="custom-description"
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={5000}
          />
        </div>
        <fieldset className="who-choices">
          <legend>Who takes part</legend>
          {content.stakeholders.map((st) => (
            <label key={st.id} className="inline-check">
              <input
                type="checkbox"
                checked={who.includes(st.id)}
                onChange={(e) => setWho(e.target.checked ? [...who, st.id] : who.filter((x) => x !== st.id))}
              />
              {st.name}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="custom-level">Level of engagement</label>
          <select id="custom-level" value={level} onChange={(e) => setLevel(e.target.value as Level)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {content.levels.find((x) => x.id === l)?.name ?? l}
              </option>
            ))}
          </select>
        </div>
        <p id="custom-error" role="alert" className="error-text">
          {error}
        </p>
        <button type="submit" className="primary">
          Add point
        </button>
      </form>
    </details>
  );
}
