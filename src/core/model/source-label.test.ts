import { describe, expect, it } from 'vitest';
import { labelOf, labelSources, nameSources, shortenText, sourceLabel, type NamedSource } from './source-label';

const source = (id: string, outlet: string, title: string, extra: Partial<NamedSource> = {}): NamedSource => ({ id, outlet, title, ...extra });

describe('sourceLabel', () => {
  it('puts the outlet first, then a short title', () => {
    expect(sourceLabel(source('fox-1', 'Fox News', 'Senate overrides Obama veto of 9/11 bill for the first time'))).toBe('Fox News · Senate overrides Obama veto of 9/11…');
  });

  it('uses the title alone when the outlet is not known, and says so when neither is', () => {
    expect(sourceLabel(source('a', '', 'Congress rejects Obama veto'))).toBe('Congress rejects Obama veto');
    expect(sourceLabel(source('b', '  ', ''))).toBe('Untitled source');
    expect(sourceLabel(source('c', 'Reuters', ''))).toBe('Reuters');
  });

  it('never shows the id, however the id looks', () => {
    for (const id of ['002_d2e03255e9355d12', 'congress-rejects-obama-veto-of-9-1a2b3c4d']) {
      expect(sourceLabel(source(id, 'CNN', 'Congress rejects veto'))).not.toContain(id.slice(0, 8));
    }
  });
});

describe('shortenText', () => {
  it('cuts long text at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(shortenText('China’s FM hails ‘strategic cooperation’ in talks with Russian counterpart', 40)).toBe('China’s FM hails ‘strategic…');
    expect(shortenText('Short  title\n', 40)).toBe('Short title');
    expect(shortenText('Supercalifragilisticexpialidocious-and-more', 12)).toBe('Supercalifr…');
  });
});

describe('labelSources', () => {
  it('leaves sources that read differently as they are', () => {
    const labels = labelSources([source('a', 'Fox News', 'Senate overrides veto'), source('b', 'CNN', 'Senate overrides veto')]);
    expect([...labels.values()]).toEqual(['Fox News · Senate overrides veto', 'CNN · Senate overrides veto']);
  });

  it('tells apart two sources of one outlet whose short titles match by their whole titles', () => {
    const labels = labelSources([
      source('a', 'Reuters', 'Senate overrides Obama veto of the 9/11 bill, first override of his presidency'),
      source('b', 'Reuters', 'Senate overrides Obama veto of the 9/11 bill as House prepares to vote'),
      source('c', 'AP', 'Other'),
    ]);
    expect(labels.get('a')).toBe('Reuters · Senate overrides Obama veto of the 9/11 bill, first override of his presidency');
    expect(labels.get('b')).toBe('Reuters · Senate overrides Obama veto of the 9/11 bill as House prepares to vote');
    expect(labels.get('c')).toBe('AP · Other');
  });

  it('then by date, then by web site, then by number — only for the sources that clash', () => {
    const labels = labelSources([
      source('a', 'Reuters', 'Veto', { published: '2016-09-28' }),
      source('b', 'Reuters', 'Veto', { published: '2016-09-29' }),
      source('c', 'AP', 'Veto', { url: 'https://apnews.com/a' }),
      source('d', 'AP', 'Veto', { url: 'https://www.ap.org/b' }),
      source('e', '', 'Wire copy'),
      source('f', '', 'Wire copy'),
      source('g', '', 'Wire copy'),
    ]);
    expect(Object.fromEntries(labels)).toEqual({
      a: 'Reuters · Veto (2016-09-28)',
      b: 'Reuters · Veto (2016-09-29)',
      c: 'AP · Veto (apnews.com)',
      d: 'AP · Veto (ap.org)',
      e: 'Wire copy',
      f: 'Wire copy (2)',
      g: 'Wire copy (3)',
    });
    expect(new Set(labels.values()).size).toBe(labels.size);
  });

  it('gives every source of a large set a unique label', () => {
    const sources = Array.from({ length: 300 }, (_, i) => source(`doc-${i}`, i % 3 === 0 ? '' : `Outlet ${i % 7}`, `Report ${i % 11}`, { published: i % 2 ? '2024-01-01' : null }));
    const labels = labelSources(sources);
    expect(new Set(labels.values()).size).toBe(300);
    for (const label of labels.values()) expect(label).not.toMatch(/doc-\d/);
  });
});

describe('nameSources', () => {
  it('writes each document id in an engine sentence as its label, longer ids first', () => {
    const labels = labelSources([source('002_d2e03255e9355d12', 'Al Jazeera', 'FM hails cooperation'), source('002', 'AFP', 'Wire')]);
    expect(nameSources('002_d2e03255e9355d12 dates it to 2021; 002 to 2022', labels)).toBe('Al Jazeera · FM hails cooperation dates it to 2021; AFP · Wire to 2022');
    expect(nameSources('no ids here: 0021', labels)).toBe('no ids here: 0021');
  });

  it('finds ids with spaces or dots, and leaves an id that is only part of a word alone', () => {
    const labels = labelSources([source('report v2.1', '', 'Report'), source('report', 'AP', 'Wire'), source('talks-9f86d081', 'CNN', 'Talks')]);
    expect(nameSources('report v2.1 and report disagree; talks-9f86d081-copy, report-2 and xreport are no sources', labels)).toBe(
      'Report and AP · Wire disagree; talks-9f86d081-copy, report-2 and xreport are no sources',
    );
  });

  it('names an unknown source without its id', () => {
    expect(labelOf(new Map(), 'x-1a2b3c4d')).toBe('an unknown source');
  });
});
