import type { Plan } from '../../domain/plan/types';
import { CURRENCIES, type Currency, type PlanSettings } from '../../domain/document/types';
import { formatMoney } from '../../domain/plan/labels';
import { programmeRows } from '../../domain/plan/programme';

interface Props {
  plan: Plan;
  settings: PlanSettings;
  onSettings: (s: PlanSettings) => void;
}

export function Summary({ plan, settings, onSettings }: Props) {
  const s = plan.summary;
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
        <li>
          <strong>{s.patientHours.toLocaleString('en-GB')}</strong> patient hours in all
        </li>
        <li>
          Estimated payment to patients:{' '}
          <strong data-testid="cost-total">{formatMoney(s.cost.total, s.cost.currency)}</strong>
        </li>
      </ul>
      <div className="rate-row">
        <div className="field">
          <label htmlFor="hourly-rate">Hourly rate for patient time</label>
          <input
            id="hourly-rate"
            type="number"
            min={0}
            step={5}
            value={settings.hourlyRate}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isFinite(v) && v >= 0) onSettings({ ...settings, hourlyRate: v });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="currency">Currency</label>
          <select
            id="currency"
            value={settings.currency}
            onChange={(e) => onSettings({ ...settings, currency: e.target.value as Currency })}
          >
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">
        The estimate is patient hours × your rate. Check it against your payment policy (see “Fair payment and expenses”
        under “Things to get right”) and add expenses, travel and support.
      </p>
    </section>
  );
}
