// Reads the dates the timeline places, off the main thread: the date pipeline reads about 1 MB of
// text a second, so the dates of 5,000 articles would freeze the page for half a minute.
// The main thread reaches it through comlink (src/data/dated-mentions.ts).
import { expose } from 'comlink';
import type { AnalysisDocument } from '../core/model/document';
import { datedMentions, type DatedMention } from '../core/timeline';

const datedMentionsWorkerApi = {
  read(documents: AnalysisDocument[]): DatedMention[][] {
    return documents.map((document) => datedMentions(document));
  },
};

export type DatedMentionsWorkerApi = typeof datedMentionsWorkerApi;

expose(datedMentionsWorkerApi);
