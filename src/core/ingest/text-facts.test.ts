import { describe, expect, it } from 'vitest';
import { documentId, slugify } from './document-id';
import { titleFromFileName, titleFromText } from './propose-title';
import { countWords } from './word-count';

describe('countWords', () => {
  it('counts words with apostrophes, hyphens and numbers as one each', () => {
    expect(countWords('China’s top-level talks, 2023: “rock solid” ties.')).toBe(7);
    expect(countWords('  \n ')).toBe(0);
  });
});

describe('titles', () => {
  it('takes the first line with words, without a Markdown heading mark', () => {
    expect(titleFromText('\n\n# Lavrov in Beijing\n\nText')).toBe('Lavrov in Beijing');
    expect(titleFromText('---\n\n• Read also')).toBe('• Read also');
    expect(titleFromText(' \n—\n')).toBeNull();
    expect(titleFromText('Published 12 March 2024\nBy AFP\nLavrov in Beijing')).toBe('Lavrov in Beijing');
    expect(titleFromText('By-election results\nText')).toBe('By-election results');
    expect(titleFromText('Date night in Paris\nText')).toBe('Date night in Paris');
  });

  it('shortens a long first line at a word', () => {
    const title = titleFromText('word '.repeat(60))!;
    expect(title.length).toBeLessThanOrEqual(141);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('derives a title from a file name', () => {
    expect(titleFromFileName('folder/lavrov_beijing-talks.html')).toBe('lavrov beijing talks');
  });
});

describe('documentId', () => {
  it('is a slug of the title plus a hash prefix, the same for the same input', () => {
    expect(documentId('China’s FM hails ‘strategic cooperation’', 'd2e03255e9355d12aa')).toBe('china-s-fm-hails-strategic-coope-d2e03255');
    expect(documentId('Pékin', 'abcdef0123')).toBe('pekin-abcdef01');
    expect(documentId('???', 'abcdef0123')).toBe('document-abcdef01');
  });

  it('slugs never end with a hyphen', () => {
    expect(slugify('a'.repeat(31) + ' b')).not.toMatch(/-$/);
  });
});
