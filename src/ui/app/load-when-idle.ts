/** How long a part waits for an idle moment before it loads anyway. */
const IDLE_TIMEOUT_MS = 5_000;

const waiting: Array<() => void> = [];
let started = false;

function loadNext() {
  const load = waiting.shift();
  if (!load) return;
  load();
  window.requestIdleCallback(loadNext, { timeout: IDLE_TIMEOUT_MS });
}

function start() {
  if (started) return;
  started = true;
  window.requestIdleCallback(loadNext, { timeout: IDLE_TIMEOUT_MS });
}

/**
 * Writes on the promise when it has settled, as React's `use` reads it (`status`, `value`): a part
 * already loaded is then read in the same render instead of suspending it.
 */
function recordSettlement<T>(promise: Promise<T>): Promise<T> {
  // The handlers return nothing: returning the rejected promise itself would reject the promise
  // `then` makes, which no one handles (an unhandled rejection for every part that fails to load).
  promise.then(
    (value) => {
      Object.assign(promise, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(promise, { status: 'rejected', reason });
    },
  );
  return promise;
}

/**
 * A part of the UI kept out of the first page load (a dialog, a panel shown on demand) that is
 * loaded once the page is idle after its load, one part per idle moment, so it is not fetched
 * when first used. Returns the loader (see lazyWhenIdle): a part asked for before then loads at once.
 */
export function loadWhenIdle<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  const loadOnce = () => (loading ??= recordSettlement(load()));
  // Outside a browser (unit tests render on Node) and in browsers without idle callbacks, parts
  // load on first use, as with React.lazy alone.
  if (typeof window === 'undefined' || typeof window.requestIdleCallback !== 'function') return loadOnce;
  waiting.push(() => {
    // A part that fails to load here fails again, with its message, where it is used.
    loadOnce().catch(() => undefined);
  });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return loadOnce;
}
