import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffPassages, EXACT, wordDiff, type DiffReading, type WordDiffSegment } from './word-diff';
import { isWordChar } from './word-tokens';

const changed = (segments: WordDiffSegment[], op: 'delete' | 'insert') => segments.filter((s) => s.op === op).map((s) => s.text.trim()).filter(Boolean);

function rebuildLeft(segments: WordDiffSegment[]): string {
  return segments.map((s) => (s.op === 'insert' ? '' : s.text)).join('');
}

function rebuildRight(segments: WordDiffSegment[]): string {
  return segments.map((s) => (s.op === 'delete' ? '' : s.op === 'equal' ? s.rightText : s.text)).join('');
}

function cutsInsideWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isWordChar(text[offset - 1]!) && isWordChar(text[offset]!);
}

describe('wordDiff', () => {
  it('replaces a whole word, never letters of it', () => {
    const segments = wordDiff('the red car', 'the green car');
    expect(changed(segments, 'delete')).toEqual(['red']);
    expect(changed(segments, 'insert')).toEqual(['green']);
  });

  it('marks a name spelt differently as a strong change', () => {
    const segments = wordDiff('met Sergey Lavrov in Jakarta', 'met Sergei Lavrov in Jakarta');
    expect(segments.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: 'Sergey', leftStart: 4, significance: 'strong' },
      { op: 'insert', text: 'Sergei', rightStart: 4, significance: 'strong' },
    ]);
  });

  it('marks numbers and date words as strong, other wording as normal', () => {
    const segments = wordDiff('Russia invaded Ukraine in February 2021, he said', 'Russia invaded Ukraine last year, he stated');
    const strong = segments.filter((s) => s.op !== 'equal' && s.significance === 'strong').map((s) => s.text);
    expect(strong).toEqual(expect.arrayContaining(['February', '2021', 'year']));
    expect(segments.find((s) => s.text.includes('stated'))?.significance).toBe('normal');
  });

  it('does not mark a name or date as strong when the other passage has it too, only elsewhere', () => {
    const segments = wordDiff('Beijing said Thursday it would act', 'On Thursday, Beijing said it would act');
    expect(segments.some((s) => s.op !== 'equal' && s.significance === 'strong')).toBe(false);
  });

  it('does not treat a capitalised first word of a sentence as a name', () => {
    const segments = wordDiff('The talks ended.', 'Both talks ended.');
    expect(segments.filter((s) => s.op !== 'equal').every((s) => s.significance === 'normal')).toBe(true);
  });

  it('gives offsets that point at the segment in each passage', () => {
    const left = 'Wang said Thursday that ties would grow';
    const right = 'Wang said on Friday that ties would deepen';
    for (const segment of wordDiff(left, right)) {
      if (segment.op !== 'insert') expect(left.slice(segment.leftStart, segment.leftStart + segment.text.length)).toBe(segment.text);
      if (segment.op === 'equal') expect(right.slice(segment.rightStart, segment.rightStart + segment.rightText.length)).toBe(segment.rightText);
      if (segment.op === 'insert') expect(right.slice(segment.rightStart, segment.rightStart + segment.text.length)).toBe(segment.text);
    }
  });

  it('can ignore case, punctuation and quote style while reporting the text as written', () => {
    const options = { ignoreCase: true, ignorePunctuation: true, ignoreQuoteStyle: true };
    const segments = wordDiff('“Both sides should, strengthen” Ties', '"both sides should strengthen" ties', options);
    expect(segments.every((s) => s.op === 'equal')).toBe(true);
    expect(rebuildLeft(segments)).toBe('“Both sides should, strengthen” Ties');
    expect(rebuildRight(segments)).toBe('"both sides should strengthen" ties');
    expect(wordDiff('Ties', 'ties', EXACT).some((s) => s.op !== 'equal')).toBe(true);
    expect(wordDiff('don’t', "don't", { ...EXACT, ignoreQuoteStyle: true }).every((s) => s.op === 'equal')).toBe(true);
  });

  it('handles empty and punctuation-only passages', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(rebuildRight(wordDiff('', 'new text'))).toBe('new text');
    const options = { ...EXACT, ignorePunctuation: true };
    expect(rebuildLeft(wordDiff('…', 'word', options))).toBe('…');
    expect(rebuildRight(wordDiff('…', 'word', options))).toBe('word');
    expect(wordDiff('…', '.', options).every((s) => s.op === 'equal')).toBe(true);
  });

  describe('for a reader', () => {
    const READER: DiffReading = { strategy: 'reader' };
    const marked = (segments: WordDiffSegment[]) => segments.filter((s) => s.op !== 'equal' && s.moveId === undefined).map((s) => s.text).join('|');
    const strong = (segments: WordDiffSegment[]) => segments.filter((s) => s.op !== 'equal' && s.significance === 'strong').map((s) => s.text);

    it('leaves shared phrases of a paraphrase unmarked, however short, and marks only the renamed name strong', () => {
      const left = 'Kowalski, the party’s longest-serving treasurer – a post above the mayor’s – talked with the envoy Dmitry Petrenko on the margins of a session of the Union of Baltic Ports in Gdansk, ahead of talks on Monday.';
      const right = 'Kowalski talked with envoy Dmitri Petrenko on the margins of the Union of Baltic Ports forum in Gdansk, where both attend talks Monday.';
      const { strategy, segments } = diffPassages(left, right, EXACT, READER);
      expect(strategy).toBe('phrases');
      const same = segments.filter((s) => s.op === 'equal').map((s) => s.text).join('|');
      expect(same).toContain('Petrenko on the margins');
      expect(same).toContain('of the Union of Baltic Ports');
      expect(same).toContain('in Gdansk, ');
      expect(marked(segments)).not.toMatch(/margins|Union|Baltic|Gdansk/);
      expect(strong(segments)).toEqual(['Dmitry', 'Dmitri']);
    });

    it('shows a clause that moved as moved, linked in both places, not struck and inserted', () => {
      const left = 'After two days of talks in Vilnius, the ministers agreed to reopen the border crossing.';
      const right = 'The ministers agreed to reopen the border crossing after two days of talks in Vilnius.';
      const segments = wordDiff(left, right, EXACT, READER);
      const from = segments.find((s) => s.op === 'delete' && s.moveId !== undefined);
      const to = segments.find((s) => s.op === 'insert' && from?.op === 'delete' && s.moveId === from.moveId);
      expect(from?.text.toLowerCase()).toContain('two days of talks in vilnius');
      expect(to?.text.toLowerCase()).toContain('two days of talks in vilnius');
      expect(marked(segments)).not.toContain('talks');
    });

    it('keeps the edit script of a near-duplicate, without swallowing a two-word run between changes', () => {
      const left = 'The council met on Tuesday and it voted for the plan by a wide margin after a long debate.';
      const right = 'The council met on Wednesday and it backed the plan by a narrow margin after a long debate.';
      const { strategy, segments } = diffPassages(left, right, EXACT, READER);
      expect(strategy).toBe('edits');
      expect(segments.filter((s) => s.op === 'equal').map((s) => s.text)).toEqual(expect.arrayContaining([' and it ', ' the plan by a ']));
      expect(strong(segments)).toEqual(['Tuesday', 'Wednesday']);
    });

    it('never marks a capitalised common word, a title-case headline word or an unmatched name as strong', () => {
      const headline = wordDiff('Mayor Set To Block Rule Allowing Suits Against Landlords', 'Mayor Vows Veto Of Rule Letting Tenants Sue Landlords', EXACT, READER);
      expect(strong(headline)).toEqual([]);
      const common = wordDiff('The ruling Green Party of Estonia said it would act.', 'Estonia said it would act, the ruling party said.', EXACT, { strategy: 'reader', lowerCaseWords: [new Set(['green'])] });
      expect(strong(common)).toEqual([]);
      const reworded = wordDiff('Officials in Tallinn said on Friday that 40 people had died.', 'The Estonian government said on Friday that 40 people had died.', EXACT, READER);
      expect(strong(reworded)).toEqual([]);
    });

    it('never marks a place against its adjective or people as a name spelt two ways', () => {
      const adjective = wordDiff('The envoy flew to Ukraine on Monday for talks.', 'The envoy flew to the Ukrainian capital on Monday for talks.', EXACT, READER);
      expect(strong(adjective)).toEqual([]);
      const people = wordDiff('Aid from America arrived by sea.', 'Aid from Americans arrived by sea.', EXACT, READER);
      expect(strong(people)).toEqual([]);
    });

    it('marks a changed figure against its counterpart', () => {
      const segments = wordDiff('The storm killed 14 people in the north of the country on Sunday.', 'The storm killed 41 people in the country’s north on Sunday.', EXACT, READER);
      expect(strong(segments)).toEqual(['14', '41']);
    });
  });

  const passage = fc
    .array(fc.constantFrom('Wang', 'Yi', 'met', 'Sergey', 'Sergei', 'Lavrov', '2021', 'in', 'Jakarta', ',', '.', '“', '”', '’s', ' ', '\n', 'ties', 'don’t', 'é', '日本'), { maxLength: 30 })
    .map((parts) => parts.join(''));
  const options = fc.record({ ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean(), ignoreQuoteStyle: fc.boolean() });

  const reading = fc.constantFrom<DiffReading>({ strategy: 'semantic' }, { strategy: 'reader' }, { strategy: 'reader', lowerCaseWords: [new Set(['ties', 'wang'])] });

  it('rebuilds both passages exactly and never cuts inside a word (property)', () => {
    fc.assert(
      fc.property(passage, passage, options, reading, (left, right, opts, how) => {
        const segments = wordDiff(left, right, opts, how);
        expect(rebuildLeft(segments)).toBe(left);
        expect(rebuildRight(segments)).toBe(right);
        for (const segment of segments) {
          if (segment.op === 'equal') continue;
          const [text, start] = segment.op === 'delete' ? [left, segment.leftStart] : [right, segment.rightStart];
          expect(text.slice(start, start + segment.text.length)).toBe(segment.text);
          expect(cutsInsideWord(text, start)).toBe(false);
          expect(cutsInsideWord(text, start + segment.text.length)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('links every moved phrase once on each side, with the same words (property)', () => {
    const words = fc.array(fc.constantFrom('talks', 'in', 'Vilnius', 'the', 'ministers', 'agreed', 'two', 'days', 'of', 'border', ',', '.'), { minLength: 3, maxLength: 14 });
    fc.assert(
      fc.property(words, words, words, (a, b, c) => {
        const left = [...a, ...b, ...c].join(' ');
        const right = [...c, ...b, ...a].join(' ');
        const segments = wordDiff(left, right, EXACT, { strategy: 'reader' });
        const from = new Map(segments.flatMap((s) => (s.op === 'delete' && s.moveId !== undefined ? [[s.moveId, s.text]] : [])));
        const to = new Map(segments.flatMap((s) => (s.op === 'insert' && s.moveId !== undefined ? [[s.moveId, s.text]] : [])));
        expect([...to.keys()].sort()).toEqual([...from.keys()].sort());
        for (const [id, text] of from) expect(to.get(id)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
