/**
 * Currency and rate: which region sets them, each currency's default rate from content (named public
 * sources in content/scoring.yaml `rates`), and a currency the team chose at its default rate.
 */
import { describe, expect, it } from 'vitest';
import { realContent } from './realContent';
import { costBasis, currencyDefaults } from '../../src/domain/plan/currency';

const content = realContent();

describe('currency defaults', () => {
  it('gives each currency the rate of the region that uses it', () => {
    // content/scoring.yaml: uk £27.50 (NIHR), us $50 (PCORI basis), eu €40, ca C$40.
    expect(currencyDefaults(content).map((d) => [d.currency, d.region, d.regionName, d.hourlyRate])).toEqual([
      ['GBP', 'uk', 'United Kingdom', 27.5],
      ['EUR', 'eu', 'European Union', 40],
      ['USD', 'us', 'United States', 50],
      ['CAD', 'ca', 'Canada', 40],
    ]);
  });
});

describe('which region sets the currency and rate', () => {
  it('names the first region in the question’s order when a plan has several', () => {
    const b = costBasis(content, { regions: ['uk', 'eu'] });
    // The regions question lists us, eu, uk, ca: the EU comes before the UK.
    expect(b.currency).toBe('EUR');
    expect(b.note).toBe(
      'The currency and rate come from European Union, the first of your 2 regions with default rates in the order the regions question lists them.',
    );
  });
  it('names the one region otherwise', () => {
    expect(costBasis(content, { regions: ['ca'] }).note).toBe('The currency and rate come from your region, Canada.');
  });
});

describe('a currency the team chose', () => {
  it('at that currency’s default rate, is costed with that region’s rate, expenses and source', () => {
    const b = costBasis(content, { regions: ['uk'] }, { hourlyRate: 50, currency: 'USD', ratesSetByTeam: true });
    expect(b).toMatchObject({ currency: 'USD', hourlyRate: 50, reference: 'pcori-compensation' });
    expect(b.rates.region).toBe('us');
    expect(b.source).toMatch(/^Your team chose USD, at the default rate for United States\./);
    expect(b.note).toBe('Your team chose USD: the rate and expenses are the defaults for United States.');
  });
  it('at the team’s own rate, says the rate is the team’s', () => {
    const b = costBasis(content, { regions: ['uk'] }, { hourlyRate: 30, currency: 'EUR', ratesSetByTeam: true });
    expect(b).toMatchObject({ currency: 'EUR', hourlyRate: 30 });
    expect(b.note).toBe('Your team set the rate, 30 EUR an hour; expenses use the amounts for European Union.');
  });
});
