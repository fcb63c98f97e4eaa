// Reads web pages off the main thread: parsing, Readability and the walk to text can take
// seconds on a large page, and the tab must keep answering meanwhile. The main thread reaches it
// through comlink (src/data/ingest/web-page-runner.ts) and receives only the article's text and metadata.
import { expose } from 'comlink';
import { readWebPage } from './web-page-text';

const webPageWorkerApi = { readWebPage };

export type WebPageWorkerApi = typeof webPageWorkerApi;

expose(webPageWorkerApi);
