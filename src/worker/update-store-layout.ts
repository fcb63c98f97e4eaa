// How a story's updates are laid out in its IndexedDB database, shared by the page's update store
// (src/state/update-stores.ts) and the compaction worker: y-indexeddb's layout (an auto-numbered
// "updates" store and a "custom" one), so what earlier versions stored is read as it was, and the
// format mark this version adds.
export const UPDATES = 'updates';
export const CUSTOM = 'custom';
/** The key of the stored format in the "custom" store; absent in what earlier versions stored. */
export const FORMAT_KEY = 'crosscheck-format';
/** 2: a whole state is stored in parts (state-parts). */
export const STORED_FORMAT = 2;
