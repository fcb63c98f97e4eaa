import { describe, expect, it } from 'vitest';
import { quoted } from './claim-labels';

describe('quoted', () => {
  it('puts curly quotes around the text once, even when the selection took its own marks', () => {
    expect(quoted('“strategic cooperation”')).toBe('“strategic cooperation”');
    expect(quoted('"used money for the war,"')).toBe('“used money for the war”');
    expect(quoted('Lavrov said')).toBe('“Lavrov said”');
  });

  it('keeps quote marks inside the text', () => {
    expect(quoted('a “multipolar world” and more')).toBe('“a “multipolar world” and more”');
  });
});
