// Compacts a story's stored updates off the main thread (compact-stored-updates). The page reaches
// it through comlink (src/state/compaction-runner.ts), one worker per compaction.
import { expose } from 'comlink';
import { compactStoredUpdates } from './compact-stored-updates';

const api = { compactStoredUpdates };

export type CompactionWorkerApi = typeof api;

expose(api);
