import type { Plan } from '../../domain/plan/types';
import { CURRENCIES, type Currency, type PlanSettings } from '../../domain/document/types';
import { formatMoney, formatRate } from '../../domain/plan/labels';
import { LIMITS, validRate } from '../../domain/document/limits';
import { programmeRows } from '../../domain/plan/programme';

interface Props {
  plan: Plan;
  settings: PlanSettings;
  onSettings: (s: PlanSettings) => void;
}

export function Summary({ plan, settings, onSettings }: Props) {
  const s = plan.summary;
  const money = (n: number) => formatMoney(n, s.cost.currency);
  const budget = s.budget;
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
        <p>
          <strong>Budget check.</strong> {budget.message}
        </p>
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
          <select
            id="currency"
            value={s.cost.currency}
            onChange={(e) =>
              onSettings({
                ...settings,
                hourlyRate: s.cost.rate,
                currency: e.target.value as Currency,
                ratesSetByTeam: true,
              })
            }
          >
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
      {s.cost.basis.setByTeam ? (
        <p>
          <button
            type="button"
            onClick={() => onSettings({ ...settings, hourlyRate: 50, currency: 'GBP', ratesSetByTeam: false })}
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
