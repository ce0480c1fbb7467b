import type { Content, RegionRates } from '../content/schema';
import type { Answers } from '../answers';
import { CURRENCIES, DEFAULT_SETTINGS, type Currency, type PlanSettings } from '../document/types';
import { Q } from '../engine/answerKeys';
import { optionIds, optionLabel } from '../content/options';

/** The rate and currency a plan's estimate uses, and where they come from. */
export interface CostBasis {
  /** The region whose defaults apply (its id). */
  region: string;
  currency: Currency;
  hourlyRate: number;
  /** The region's expense amounts (travel, carers, interpreters, delivery), in `currency`. */
  rates: RegionRates;
  setByTeam: boolean;
  source: string;
  reference: string;
  /** Which region set the currency and rate, in words, shown beside the rate. */
  note: string;
}

/** The default rate of one currency: the first region in content that uses it. */
export interface CurrencyDefault {
  currency: Currency;
  region: string;
  /** The region's name as the regions question says it ("United States"). */
  regionName: string;
  hourlyRate: number;
  source: string;
}

function regionName(content: Pick<Content, 'questions'>, region: string): string {
  const question = content.questions.find((q) => q.id === Q.regions);
  return question ? optionLabel(question, region) : region.toUpperCase();
}

/** Each currency's default rate, from the region that uses it (content/scoring.yaml `rates`). */
const defaultsIndex = new WeakMap<object, CurrencyDefault[]>();
export function currencyDefaults(content: Pick<Content, 'scoring' | 'questions'>): CurrencyDefault[] {
  const known = defaultsIndex.get(content.scoring);
  if (known) return known;
  const out = CURRENCIES.flatMap((currency) => {
    const r = content.scoring.rates.find((x) => x.currency === currency);
    return r
      ? [
          {
            currency,
            region: r.region,
            regionName: regionName(content, r.region),
            hourlyRate: r.hourlyRate,
            source: r.source,
          },
        ]
      : [];
  });
  defaultsIndex.set(content.scoring, out);
  return out;
}

/** True when the team chose the rate or currency (older plans: anything but the old default). */
export function ratesSetByTeam(settings: PlanSettings): boolean {
  return (
    settings.ratesSetByTeam ??
    !(settings.hourlyRate === DEFAULT_SETTINGS.hourlyRate && settings.currency === DEFAULT_SETTINGS.currency)
  );
}

/**
 * The rates of the plan's first region that has rates, in the order the regions question lists its options
 * (so the same answers always give the same currency), else the fallback region's.
 */
export function regionRates(content: Pick<Content, 'scoring' | 'questions'>, resolved: Answers): RegionRates {
  const { rates, fallbackRegion } = content.scoring;
  const chosen = resolved[Q.regions];
  const picked = Array.isArray(chosen) ? chosen : typeof chosen === 'string' ? [chosen] : [];
  const question = content.questions.find((q) => q.id === Q.regions);
  const order = question ? optionIds(question) : [];
  const ordered = [...picked].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const region of ordered) {
    const r = rates.find((x) => x.region === region);
    if (r) return r;
  }
  return rates.find((x) => x.region === fallbackRegion) ?? rates[0]!;
}

/** The plan's cost basis: the team's rate and currency once set, else its region's defaults. */
export function costBasis(
  content: Pick<Content, 'scoring' | 'questions'>,
  resolved: Answers,
  settings: PlanSettings = DEFAULT_SETTINGS,
): CostBasis {
  const region = regionRates(content, resolved);
  const chosen = resolved[Q.regions];
  const withRates = (Array.isArray(chosen) ? chosen : []).filter((r) =>
    content.scoring.rates.some((x) => x.region === r),
  );
  // A plan across several regions is costed in its lead region (the first in the question's order),
  // and says so, so the team can set the rate and currency of another region instead.
  const lead =
    withRates.length > 1
      ? `Your plan covers ${withRates.length} regions with default rates; it is costed with the ${region.currency} rates of the first in the list (${region.region.toUpperCase()}). If another region leads the engagement, set its currency and rate below. `
      : '';
  const name = regionName(content, region.region);
  if (!ratesSetByTeam(settings))
    return {
      region: region.region,
      currency: region.currency,
      hourlyRate: region.hourlyRate,
      rates: region,
      setByTeam: false,
      source: `${lead}${region.source}`,
      reference: region.reference,
      note:
        withRates.length > 1
          ? `The currency and rate come from ${name}, the first of your ${withRates.length} regions with default rates in the order the regions question lists them.`
          : `The currency and rate come from your region, ${name}.`,
    };
  const currency = (CURRENCIES as readonly string[]).includes(settings.currency) ? settings.currency : region.currency;
  // Expenses follow the chosen currency's region where one uses it, else the plan's region.
  const rates = content.scoring.rates.find((r) => r.currency === currency) ?? region;
  const ratesName = regionName(content, rates.region);
  // A currency chosen at that currency's default rate is still a default, from a named source.
  if (settings.hourlyRate === rates.hourlyRate && rates.currency === currency)
    return {
      region: region.region,
      currency,
      hourlyRate: settings.hourlyRate,
      rates,
      setByTeam: true,
      source: `Your team chose ${currency}, at the default rate for ${ratesName}. ${rates.source}`,
      reference: rates.reference,
      note: `Your team chose ${currency}: the rate and expenses are the defaults for ${ratesName}.`,
    };
  return {
    region: region.region,
    currency,
    hourlyRate: settings.hourlyRate,
    rates,
    setByTeam: true,
    source: `Your team set ${settings.hourlyRate} ${currency} an hour. Default basis: ${region.source}`,
    reference: region.reference,
    note: `Your team set the rate, ${settings.hourlyRate} ${currency} an hour; expenses use the amounts for ${ratesName}.`,
  };
}
