// Analysis workers kept idle after their run, each holding the state its engine kept (core/analyze.ts
// analyzeFrom): the next analysis of the same story with the same options runs in that worker and
// reads only the documents it has not seen. Held per lineage (story and options); a few at most,
// since each holds its documents' passages and features (tens of megabytes at thousands of documents).

/** Idle workers kept; the least recently kept beyond this are terminated. */
export const MAX_KEPT_WORKERS = 2;

export interface Retirable {
  /** Ends the worker once its pending work (storing its last result) is done. */
  retire(): void;
}

export class KeptWorkers<T extends Retirable> {
  private readonly idle = new Map<string, T>();

  constructor(private readonly limit = MAX_KEPT_WORKERS) {}

  /** The worker kept for `lineage`, now the caller's; null when none is kept. */
  take(lineage: string): T | null {
    const worker = this.idle.get(lineage) ?? null;
    this.idle.delete(lineage);
    return worker;
  }

  /** The worker kept for `lineage`, left kept (for a short call that a run taking it may cut short); null when none is kept. */
  peek(lineage: string): T | null {
    return this.idle.get(lineage) ?? null;
  }

  /** Keeps a worker whose run finished; it replaces the lineage's older one and may push out the oldest. */
  keep(lineage: string, worker: T): void {
    const older = this.idle.get(lineage);
    this.idle.delete(lineage);
    if (older && older !== worker) older.retire();
    this.idle.set(lineage, worker);
    for (const [other, kept] of this.idle) {
      if (this.idle.size <= this.limit) break;
      this.idle.delete(other);
      kept.retire();
    }
  }

  get size(): number {
    return this.idle.size;
  }
}
