import { useEffect, useRef, useState } from 'react';
import type { Plan } from '../../domain/plan/types';
import { CURRENCIES, type Currency, type PlanEdits, type PlanSettings } from '../../domain/document/types';
import { applyLean } from '../../domain/plan/lean';
import { formatMoney, formatRate } from '../../domain/plan/labels';
import { LIMITS, validRate } from '../../domain/document/limits';
import { programmeRows } from '../../domain/plan/programme';

interface Props {
  plan: Plan;
  settings: PlanSettings;
  onSettings: (s: PlanSettings) => void;
  /** The team's edits, and how to replace them (the lean version is applied as edits). */
  edits?: PlanEdits;
  onEdits?: (edits: PlanEdits) => void;
  /** The reason a point the lean version leaves for later carries (content/scoring.yaml). */
  leanDeferReason?: string;
}

export function Summary({ plan, settings, onSettings, edits, onEdits, leanDeferReason }: Props) {
  const s = plan.summary;
  const money = (n: number) => formatMoney(n, s.cost.currency);
  const budget = s.budget;
  // The edits as they were before the lean version, kept in memory so "Put back" restores them exactly.
  const [before, setBefore] = useState<{ edits: PlanEdits; estimate: number; changes: number } | null>(null);
  const putBackButton = useRef<HTMLButtonElement>(null);
  const useLeanButton = useRef<HTMLButtonElement>(null);
  const budgetHeading = useRef<HTMLParagraphElement>(null);
  const focusNext = useRef<'put-back' | 'use-lean' | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    const target = next === 'put-back' ? putBackButton.current : (useLeanButton.current ?? budgetHeading.current);
    target?.focus();
  });
  // What a currency switch did to the rate, said at once (a number is never silently relabelled).
  const [currencyNote, setCurrencyNote] = useState<string | null>(null);
  const defaults = s.cost.defaults;
  const rateIsDefault =
    !s.cost.basis.setByTeam || defaults.some((d) => d.currency === s.cost.currency && d.hourlyRate === s.cost.rate);
  const switchCurrency = (currency: Currency) => {
    const d = defaults.find((x) => x.currency === currency);
    if (rateIsDefault && d) {
      onSettings({ ...settings, hourlyRate: d.hourlyRate, currency, ratesSetByTeam: true });
      setCurrencyNote(
        `Now in ${currency}, at the default rate for ${d.regionName}: ${formatRate(d.hourlyRate, currency)} an hour.`,
      );
      return;
    }
    onSettings({ ...settings, hourlyRate: s.cost.rate, currency, ratesSetByTeam: true });
    setCurrencyNote(
      `Your rate was kept: ${s.cost.rate} is now ${formatRate(s.cost.rate, currency)} an hour, not converted. Check it against your payment policy in ${currency}${d ? `, or use the default for ${d.regionName}, ${formatRate(d.hourlyRate, currency)} an hour` : ''}.`,
    );
  };
  const lean = budget.lean;
  const canApply = edits !== undefined && onEdits !== undefined && lean !== null && lean.steps.length > 0;
  const useLean = () => {
    if (!canApply) return;
    setBefore({ edits, estimate: s.cost.total, changes: lean.steps.length });
    focusNext.current = 'put-back';
    onEdits(applyLean(edits, lean.steps, leanDeferReason ?? 'Left for a later budget.'));
  };
  const putBack = () => {
    if (!before || !onEdits) return;
    focusNext.current = 'use-lean';
    onEdits(before.edits);
    setBefore(null);
  };
  return (
    <section className="panel summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      {programmeRows(s.programme).length > 0 && (
        <dl className="profile programme" data-testid="programme">
          {programmeRows(s.programme).map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      )}
      {s.profile.length > 0 && (
        <dl className="profile">
          {s.profile.map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <ul className="stats">
        <li>
          <strong>{s.points}</strong> engagement points
        </li>
        <li>
          <strong>{s.byPriority.essential}</strong> essential · <strong>{s.byPriority.recommended}</strong> recommended
          · <strong>{s.byPriority.optional}</strong> optional
        </li>
        {s.duties ? (
          <li data-testid="duties">
            <strong>{s.duties}</strong> legal dut{s.duties === 1 ? 'y' : 'ies'}, kept essential before the rest
          </li>
        ) : null}
        <li>
          <strong>{s.patientHours.toLocaleString('en-GB')}</strong> patient-partner hours
        </li>
        <li>
          <strong>{s.participants.toLocaleString('en-GB')}</strong> research participants (counted apart)
        </li>
        <li>
          Estimated cost: <strong data-testid="cost-total">{money(s.cost.total)}</strong>
        </li>
      </ul>
      {s.capNote && (
        <p className="budget-over" data-testid="cap-note">
          {s.capNote}
        </p>
      )}
      {plan.beyondTimeline.length > 0 && (
        <p>
          Beyond your timeline, so left out:{' '}
          {plan.beyondTimeline.map((p) => `${p.name} (${p.points} points)`).join(', ')}. Choose the phases in scope in
          your answers to bring them back.
        </p>
      )}
      <div className={budget.fits ? 'budget-check' : 'budget-check budget-over'} data-testid="budget-check">
        <p ref={budgetHeading} tabIndex={-1}>
          <strong>Budget check.</strong> {budget.message}
        </p>
        {before && (
          <p data-testid="lean-applied">
            The lean version is in your plan: {before.changes} change{before.changes === 1 ? '' : 's'} made as your
            team’s edits (it was {money(before.estimate)}).{' '}
            <button type="button" ref={putBackButton} onClick={putBack}>
              Put back the plan as it was
            </button>
          </p>
        )}
        {budget.lean && budget.lean.steps.length > 0 && (
          <details>
            <summary>
              The lean version: {budget.lean.steps.length} change{budget.lean.steps.length === 1 ? '' : 's'}, about{' '}
              {money(budget.lean.total)}
            </summary>
            <ol>
              {budget.lean.steps.map((step) => (
                <li key={`${step.kind}-${step.pointId}`}>
                  {step.text} Saves about {money(step.saving)}.
                </li>
              ))}
            </ol>
          </details>
        )}
        {canApply && (
          <p>
            <button type="button" ref={useLeanButton} onClick={useLean}>
              Use the lean version
            </button>{' '}
            <span className="muted">
              Makes these changes as your team’s edits{lean.fits ? '' : ' (the plan will still be over the band)'}. You
              can put the plan back.
            </span>
          </p>
        )}
      </div>
      <details>
        <summary>How the estimate adds up</summary>
        <ul className="cost-lines">
          {s.cost.lines.map((l) => (
            <li key={l.id}>
              {l.label}: <strong>{money(l.amount)}</strong> <span className="muted">({l.basis})</span>
            </li>
          ))}
        </ul>
        <p className="muted">{s.cost.basis.source}</p>
      </details>
      <div className="rate-row">
        <div className="field">
          <label htmlFor="hourly-rate">Hourly rate for patient-partner time</label>
          <input
            id="hourly-rate"
            type="number"
            min={0}
            max={LIMITS.hourlyRate}
            step={0.5}
            value={s.cost.rate}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (validRate(v))
                onSettings({ ...settings, hourlyRate: v, currency: s.cost.currency as Currency, ratesSetByTeam: true });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="currency">Currency</label>
          <select id="currency" value={s.cost.currency} onChange={(e) => switchCurrency(e.target.value as Currency)}>
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="essential-cap">Most essential points</label>
          <input
            id="essential-cap"
            type="number"
            min={1}
            step={1}
            value={s.essentialCap}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isInteger(v) && v >= 1) onSettings({ ...settings, essentialCap: v });
            }}
          />
        </div>
      </div>
      <p data-testid="rate-basis">{s.cost.basis.note}</p>
      <p role="status" data-testid="currency-note">
        {currencyNote}
      </p>
      {s.cost.basis.setByTeam ? (
        <p>
          <button
            type="button"
            onClick={() => {
              onSettings({ ...settings, hourlyRate: 50, currency: 'GBP', ratesSetByTeam: false });
              setCurrencyNote(null);
            }}
          >
            Use the default rate for your regions
          </button>
        </p>
      ) : (
        <p className="muted">
          Default rate for your regions: {formatRate(s.cost.rate, s.cost.currency)} an hour. Change it to your payment
          policy (see “Fair payment and expenses” under “Things to get right”).
        </p>
      )}
    </section>
  );
}
