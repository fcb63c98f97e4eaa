import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../core/ingest';
import { checkDrafts, checkMoreDrafts, type ConfirmedDraft, type DraftChecks } from './use-add-drafts';

const TEXTS = ['The council met on Tuesday.', 'The levy passed 5 to 2.', 'The harbour closes in May.', 'The mayor resigned.'];

function draft(text: number, name: number): ConfirmedDraft {
  return draftFromText(TEXTS[text]!, `file-${name}.txt`, { kind: 'pasted' });
}

/** What the Files tab does to its drafts between two renders. */
type Step =
  | { kind: 'read'; texts: number[] }
  | { kind: 'edit'; at: number; published: string }
  | { kind: 'remove'; at: number }
  | { kind: 'render again from an older check'; back: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('read' as const), texts: fc.array(fc.nat(TEXTS.length - 1), { maxLength: 6 }) }) },
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), published: fc.constantFrom('2023-07-13', 'not a date', '') }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('render again from an older check' as const), back: fc.nat(3) }),
);

describe('checking drafts as they are read', () => {
  it('gives checkDrafts’ results whatever is read, edited or removed between two checks, and from a check already extended', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const library: never[] = [];
        let drafts: ConfirmedDraft[] = [];
        const history: DraftChecks[] = [];
        let names = 0;
        for (const change of steps) {
          let previous = history.at(-1) ?? null;
          if (change.kind === 'read') drafts = [...drafts, ...change.texts.map((text) => draft(text, (names += 1)))];
          else if (change.kind === 'edit' && drafts.length > 0) drafts = drafts.map((one, index) => (index === change.at % drafts.length ? { ...one, published: change.published } : one));
          else if (change.kind === 'remove' && drafts.length > 0) drafts = drafts.filter((_, index) => index !== change.at % drafts.length);
          else if (change.kind === 'render again from an older check') previous = history.at(-1 - change.back) ?? null;
          const checks = checkMoreDrafts(previous, drafts, library);
          history.push(checks);
          expect(checks.results).toEqual(checkDrafts(drafts, library));
        }
      }),
    );
  });

  it('checks only the drafts read since the last check', () => {
    const library: never[] = [];
    const first = [draft(0, 1), draft(1, 2)];
    const checked = checkMoreDrafts(null, first, library);
    const more = [...first, draft(0, 3), draft(2, 4)];
    const next = checkMoreDrafts(checked, more, library);
    expect(next.duplicates).toBe(checked.duplicates);
    expect(next.results.map((check) => check.state)).toEqual(['ok', 'ok', 'duplicate', 'ok']);
  });
});
