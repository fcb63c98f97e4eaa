import { describe, expect, it } from 'vitest';
import { KeptWorkers } from './kept-analysis-workers';

class FakeWorker {
  retired = false;
  constructor(readonly name: string) {}
  retire(): void {
    this.retired = true;
  }
}

describe('KeptWorkers', () => {
  it('hands a kept worker to the next run of its lineage once, and to no other lineage', () => {
    const kept = new KeptWorkers<FakeWorker>();
    const worker = new FakeWorker('story a, content');
    kept.keep('a|content', worker);
    expect(kept.take('b|content')).toBeNull();
    expect(kept.take('a|with-boilerplate')).toBeNull();
    expect(kept.take('a|content')).toBe(worker);
    expect(kept.take('a|content')).toBeNull();
    expect(worker.retired).toBe(false);
  });

  it('lets a worker be looked at without taking it: the next run still gets it', () => {
    const kept = new KeptWorkers<FakeWorker>();
    const worker = new FakeWorker('story a, content');
    kept.keep('a|content', worker);
    expect(kept.peek('a|content')).toBe(worker);
    expect(kept.peek('b|content')).toBeNull();
    expect(kept.take('a|content')).toBe(worker);
    expect(kept.peek('a|content')).toBeNull();
  });

  it('retires the worker a newer run of the same lineage replaces', () => {
    const kept = new KeptWorkers<FakeWorker>();
    const older = new FakeWorker('older');
    const newer = new FakeWorker('newer');
    kept.keep('a|content', older);
    kept.keep('a|content', newer);
    expect(older.retired).toBe(true);
    expect(kept.take('a|content')).toBe(newer);
  });

  it('keeps at most its limit, retiring the least recently kept', () => {
    const kept = new KeptWorkers<FakeWorker>(2);
    const workers = ['a', 'b', 'c'].map((name) => new FakeWorker(name));
    workers.forEach((worker) => kept.keep(`${worker.name}|content`, worker));
    expect(workers.map((worker) => worker.retired)).toEqual([true, false, false]);
    expect(kept.size).toBe(2);
    expect(kept.take('a|content')).toBeNull();
  });
});
