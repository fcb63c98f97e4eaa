// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let idleCallbacks: IdleRequestCallback[] = [];
const runIdleMoment = () => idleCallbacks.shift()?.({ didTimeout: false, timeRemaining: () => 50 });

async function freshModule() {
  vi.resetModules();
  return import('./load-when-idle');
}

describe('loadWhenIdle', () => {
  beforeEach(() => {
    idleCallbacks = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idleCallbacks.push(callback));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads each part in an idle moment of its own once the page has loaded', async () => {
    const { loadWhenIdle } = await freshModule();
    const dialog = vi.fn(() => Promise.resolve('dialog'));
    const panel = vi.fn(() => Promise.resolve('panel'));
    loadWhenIdle(dialog);
    loadWhenIdle(panel);
    expect(dialog).not.toHaveBeenCalled();
    runIdleMoment();
    expect(dialog).toHaveBeenCalledTimes(1);
    expect(panel).not.toHaveBeenCalled();
    runIdleMoment();
    expect(panel).toHaveBeenCalledTimes(1);
  });

  it('loads a part asked for before then at once, and only once', async () => {
    const { loadWhenIdle } = await freshModule();
    const dialog = vi.fn(() => Promise.resolve('dialog'));
    const load = loadWhenIdle(dialog);
    await expect(load()).resolves.toBe('dialog');
    runIdleMoment();
    await expect(load()).resolves.toBe('dialog');
    expect(dialog).toHaveBeenCalledTimes(1);
  });

  it('leaves a part that failed in an idle moment to fail where it is used', async () => {
    const { loadWhenIdle } = await freshModule();
    const load = loadWhenIdle(() => Promise.reject(new Error('Failed to fetch the dialog')));
    runIdleMoment();
    await expect(load()).rejects.toThrow('Failed to fetch the dialog');
  });

  it('leaves no unhandled rejection behind when a part fails to load', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { loadWhenIdle } = await freshModule();
      const load = loadWhenIdle(() => Promise.reject(new Error('Failed to fetch the dialog')));
      runIdleMoment();
      await expect(load()).rejects.toThrow('Failed to fetch the dialog');
      // Node reports unhandled rejections once the microtasks after a task have run.
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });

  it('loads parts on first use only where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const { loadWhenIdle } = await freshModule();
    const dialog = vi.fn(() => Promise.resolve('dialog'));
    const load = loadWhenIdle(dialog);
    expect(dialog).not.toHaveBeenCalled();
    await expect(load()).resolves.toBe('dialog');
  });
});
