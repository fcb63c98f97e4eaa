import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_RETRY_MS, retryDelay } from './claims-save-retry';
import { memoryStorage, savedState, testStore } from './claims-test-support';

afterEach(() => {
  vi.useRealTimers();
});

describe('retryDelay', () => {
  it('doubles from the first retry and stops growing at the cap', () => {
    expect(retryDelay(1)).toBe(500);
    expect(retryDelay(2)).toBe(1000);
    expect(retryDelay(3)).toBe(2000);
    expect(retryDelay(30)).toBe(MAX_RETRY_MS);
  });
});

describe('claims store when writes fail', () => {
  it('keeps every edit in memory, reports the reason, and saves everything once a retry succeeds', async () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = await testStore(storage);
    await vi.runAllTimersAsync();
    storage.failNext = 3;
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

    const id = store.getState().createClaim({ statement: 'first', evidence: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().saveError).toMatch(/storage is full/);
    store.getState().updateClaim(id, { status: 'discrepant' });
    expect(store.getState().claims[id]!.status).toBe('discrepant');
    expect(savedState(storage)?.state.claims).toEqual({});

    await vi.advanceTimersByTimeAsync(retryDelay(1));
    expect(store.getState().saveError).not.toBeNull();
    await vi.advanceTimersByTimeAsync(retryDelay(2) + retryDelay(3));

    expect(store.getState().saveError).toBeNull();
    expect(storage.failNext).toBe(0);
    const reloaded = await testStore(storage);
    expect(reloaded.getState().claims[id]).toMatchObject({ statement: 'first', status: 'discrepant' });
  });

  it('when the saved claims cannot be read, writes nothing over them and reads again until it works', async () => {
    vi.useFakeTimers();
    const saved = JSON.stringify({ state: { claims: {}, order: [] }, version: 1 });
    const storage = memoryStorage({ 'claims-test': saved });
    const read = storage.getItem;
    let unreadable = 2;
    storage.getItem = async (name) => {
      if (unreadable > 0) {
        unreadable -= 1;
        throw new Error('database is blocked');
      }
      return read(name);
    };
    const store = await testStore(storage);
    expect(store.getState().saveError).toMatch(/could not be read \(database is blocked\)/);
    store.getState().createClaim({ statement: 'made meanwhile', evidence: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.writes).toBe(0);

    await vi.advanceTimersByTimeAsync(retryDelay(1) + retryDelay(2));
    expect(store.getState().saveError).toBeNull();
    expect(Object.keys(savedState(storage)!.state.claims as object)).toHaveLength(1);
  });

  it('holds writes until the saved claims were read, so loading never overwrites them', async () => {
    const storage = memoryStorage();
    const first = await testStore(storage);
    const kept = first.getState().createClaim({ statement: 'saved earlier', evidence: [] });
    await Promise.resolve();

    let counter = 100;
    const { createClaimsStore } = await import('./claims-store-factory');
    const second = createClaimsStore({ name: 'claims-test', storage, documentText: () => undefined, newId: () => `new-${++counter}` });
    const early = second.getState().createClaim({ statement: 'made while loading', evidence: [] });
    await second.persist.rehydrate();
    await Promise.resolve();

    const saved = savedState(storage)!.state.claims as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual([early, kept].sort());
  });
});
