import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/domain/text/slug';
import { safeFileName } from '../../src/lib/download';

describe('file names from plan names', () => {
  it('keeps words apart, drops accents and punctuation', () => {
    expect(slugify('Étude: rare/orphan — plan?')).toBe('etude-rare-orphan-plan');
    expect(slugify('  COPD self-help (UK)  ')).toBe('copd-self-help-uk');
  });
  it('caps the length without a trailing dash', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
  it('falls back to a default when nothing usable is left', () => {
    expect(slugify('🎉 ✓')).toBe('');
    expect(safeFileName('🎉')).toBe('plan');
  });
});
