import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitIntoRuns, type Highlight } from './text-spans';

const mark = (key: string, start: number, end: number): Highlight => ({ key, start, end, className: key, label: key });

describe('splitIntoRuns', () => {
  it('splits at every highlight boundary and keeps overlapping highlights on the shared run', () => {
    const runs = splitIntoRuns(0, 10, [mark('a', 2, 6), mark('b', 4, 8)]);
    expect(runs.map((r) => [r.start, r.end, r.highlights.map((h) => h.key).join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'a'],
      [4, 6, 'a+b'],
      [6, 8, 'b'],
      [8, 10, ''],
    ]);
  });

  it('clips highlights that reach outside the rendered stretch', () => {
    const runs = splitIntoRuns(5, 9, [mark('a', 0, 7)]);
    expect(runs.map((r) => [r.start, r.end, r.highlights.length])).toEqual([
      [5, 7, 1],
      [7, 9, 0],
    ]);
  });

  it('always tiles the stretch exactly, whatever the highlights', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(60)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(span, fc.array(span, { maxLength: 8 }), ([from, to], marks) => {
        const runs = splitIntoRuns(from, to, marks.map(([s, e], i) => mark(String(i), s, e)));
        let cursor = from;
        for (const run of runs) {
          expect(run.start).toBe(cursor);
          expect(run.end).toBeGreaterThan(run.start);
          cursor = run.end;
        }
        expect(cursor).toBe(from === to ? from : to);
      }),
    );
  });
});
