import { useState, type FormEvent } from 'react';
import { type Content, type Level, type Priority } from '../../domain/content/schema';
import { LEVELS, PRIORITIES } from '../../domain/content/constants';
import { DEFAULT_CUSTOM_PRIORITY, MAX_CUSTOM_HOURS, type CustomPoint } from '../../domain/document/types';
import { PRIORITY_LABEL } from '../../domain/plan/labels';
import { newId } from '../../lib/download';
import { LIMITS } from '../../domain/document/limits';

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
  const [priority, setPriority] = useState<Priority>(DEFAULT_CUSTOM_PRIORITY);
  const [hours, setHours] = useState('');
  const [error, setError] = useState('');
  const [added, setAdded] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded('');
    if (!title.trim()) return setError('Give the point a title.');
    if (!phase) return setError('Choose a phase.');
    if (who.length === 0) return setError('Tick at least one group who takes part.');
    const patientHours = hours.trim() === '' ? 0 : Number(hours);
    if (!Number.isFinite(patientHours) || patientHours < 0 || patientHours > MAX_CUSTOM_HOURS)
      return setError(
        `Give the patient time as a number of hours from 0 to ${MAX_CUSTOM_HOURS.toLocaleString('en-GB')}.`,
      );
    // Stakeholders in the order the knowledge base lists them, whatever order they were ticked in.
    const ticked = content.stakeholders.map((s) => s.id).filter((id) => who.includes(id));
    onAdd({
      id: `custom-${newId()}`,
      phase,
      title: title.trim(),
      description: description.trim(),
      who: ticked,
      level,
      priority,
      ...(patientHours > 0 ? { patientHours } : {}),
    });
    setAdded(`Added “${title.trim()}” to ${phases.find((p) => p.id === phase)?.name ?? phase}.`);
    setTitle('');
    setDescription('');
    setHours('');
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
            maxLength={LIMITS.title}
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
            maxLength={LIMITS.description}
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
        <div className="field">
          <label htmlFor="custom-priority">Priority</label>
          <select id="custom-priority" value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABEL[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="custom-hours">Patient time, in hours (all patients together)</label>
          <input
            id="custom-hours"
            type="number"
            inputMode="decimal"
            min={0}
            max={MAX_CUSTOM_HOURS}
            step="any"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            aria-describedby="custom-hours-help custom-error"
          />
          <p id="custom-hours-help" className="muted">
            Counted in the summary’s patient hours and payment estimate. Leave empty if you do not know yet.
          </p>
        </div>
        <p id="custom-error" role="alert" className="error-text">
          {error}
        </p>
        <p role="status" className="ok-text">
          {added}
        </p>
        <button type="submit" className="primary">
          Add point
        </button>
      </form>
    </details>
  );
}
