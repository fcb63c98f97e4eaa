import { describe, expect, it } from 'vitest';
import type { AnalysisProgress } from '../core/model/analysis';
import { throttleProgress } from './throttle-progress';

function run(steps: Array<[number, AnalysisProgress]>): AnalysisProgress[] {
  const sent: AnalysisProgress[] = [];
  let clock = 0;
  const report = throttleProgress((p) => sent.push(p), 50, () => clock);
  for (const [time, progress] of steps) {
    clock = time;
    report(progress);
  }
  return sent;
}

describe('throttleProgress', () => {
  it('drops reports that come faster than the interval within one stage', () => {
    const sent = run([
      [0, { stage: 'segmenting', done: 1, total: 10 }],
      [10, { stage: 'segmenting', done: 2, total: 10 }],
      [60, { stage: 'segmenting', done: 3, total: 10 }],
    ]);
    expect(sent.map((p) => p.done)).toEqual([1, 3]);
  });

  it('always reports a new stage and the end of a stage', () => {
    const sent = run([
      [0, { stage: 'segmenting', done: 9, total: 10 }],
      [1, { stage: 'segmenting', done: 10, total: 10 }],
      [2, { stage: 'aligning', done: 0, total: 10 }],
    ]);
    expect(sent).toEqual([
      { stage: 'segmenting', done: 9, total: 10 },
      { stage: 'segmenting', done: 10, total: 10 },
      { stage: 'aligning', done: 0, total: 10 },
    ]);
  });
});
