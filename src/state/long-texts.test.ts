// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { testDocument } from '../core/model/test-records';
import { isWellFormedUnicode } from '../core/util/well-formed';
import { getActiveDocuments, useDocumentsStore } from './documents-store';
import { getStoryDoc } from './story-docs';
import { documentEdits } from './story-edits';
import { readDocuments, readText, storyMaps, TEXT_PART_CHARS, textEntries, writeDocument } from './story-layout';
import { startFreshStory } from './story-test-support';

// A text over TEXT_PART_CHARS is stored in parts, so that adding a 10 MB document never encodes
// all of it in one transaction on the main thread.

/** About 3.5 parts of text, with a surrogate pair (an emoji) straddling every part boundary. */
function longText(): string {
  let text = '';
  while (text.length < TEXT_PART_CHARS * 3.5) {
    const filler = 'The harbour council met again and voted on the levy. '.repeat(Math.ceil(TEXT_PART_CHARS / 54));
    text += `${filler.slice(0, TEXT_PART_CHARS - 1 - (text.length % TEXT_PART_CHARS))}😀`;
  }
  return text;
}

const LONG = longText();
const longDocument = (id = 'long') => testDocument(id, { text: LONG, contentHash: 'c'.repeat(64) });

/** The byte length of the UTF-8 encoding of `text`, as Yjs writes it into an update. */
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

describe('long texts in a story', () => {
  it('are cut into parts no longer than TEXT_PART_CHARS, never inside a surrogate pair, the count written last', () => {
    const entries = textEntries('h', LONG);
    const parts = entries.slice(0, -1).map(([, value]) => value as string);
    expect(entries.at(-1)).toEqual(['h', { parts: parts.length }]);
    expect(entries.slice(0, -1).map(([key]) => key)).toEqual(parts.map((_, index) => `h#${index}`));
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(TEXT_PART_CHARS);
      expect(isWellFormedUnicode(part)).toBe(true);
    }
    expect(parts.join('')).toBe(LONG);
    expect(textEntries('h', 'A short text.')).toEqual([['h', 'A short text.']]);
  });

  it('read back whole, in this doc and in another that received its updates', () => {
    const doc = new Y.Doc();
    const maps = storyMaps(doc);
    writeDocument(maps, { ...longDocument(), updatedAt: '2024-01-01T00:00:00.000Z', addedAt: '2024-01-01T00:00:00.000Z', removedAt: null });
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
    expect(readDocuments(maps).documents.long?.text).toBe(LONG);
    expect(readDocuments(storyMaps(elsewhere)).documents.long?.text).toBe(LONG);
  });

  it('read as missing while a part is missing: the document is kept aside as damaged, not shown cut short', () => {
    const maps = storyMaps(new Y.Doc());
    const entries = textEntries('d'.repeat(64), LONG);
    for (const entry of entries.filter(([key]) => key !== `${'d'.repeat(64)}#1`)) documentEdits.writeTextEntries(maps, null, [entry]);
    expect(readText(maps, 'd'.repeat(64))).toBeUndefined();
    writeDocument(maps, { ...testDocument('cut', { text: LONG, contentHash: 'd'.repeat(64) }), updatedAt: '2024-01-01T00:00:00.000Z', addedAt: '2024-01-01T00:00:00.000Z', removedAt: null });
    const reading = readDocuments(maps);
    expect(reading.documents.cut).toBeUndefined();
    expect(reading.damaged.map((record) => record.key)).toEqual(['cut']);
  });

  it('are added a part per transaction, none holding the whole text, the tab free between them; the document shows once, whole', async () => {
    const storyId = await startFreshStory();
    const doc = getStoryDoc(storyId);
    const replayed = new Y.Doc();
    Y.applyUpdate(replayed, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    let listedBetween: number | null = null;
    const adding = useDocumentsStore.getState().addDocuments([longDocument()]);
    setTimeout(() => (listedBetween = getActiveDocuments().length), 0);
    await adding;
    expect(listedBetween).toBe(0);
    expect(updates.length).toBeGreaterThan(3);
    expect(Math.max(...updates.map((update) => update.length))).toBeLessThan(utf8Bytes(LONG) / 3);
    expect(getActiveDocuments().map((item) => [item.id, item.text === LONG])).toEqual([['long', true]]);
    for (const update of updates) Y.applyUpdate(replayed, update);
    expect(readDocuments(storyMaps(replayed)).documents.long?.text).toBe(LONG);
  });

  it('are stored ahead of an import in parts too, and a text stored once is not written again', async () => {
    const storyId = await startFreshStory();
    const doc = getStoryDoc(storyId);
    const updates: Uint8Array[] = [];
    const record = (update: Uint8Array) => updates.push(update);
    doc.on('update', record);
    await useDocumentsStore.getState().storeTextsAhead([longDocument()]);
    expect(updates.length).toBeGreaterThan(3);
    expect(Math.max(...updates.map((update) => update.length))).toBeLessThan(utf8Bytes(LONG) / 3);
    updates.length = 0;
    await useDocumentsStore.getState().storeTextsAhead([longDocument('again')]);
    await useDocumentsStore.getState().addDocuments([longDocument('again')]);
    doc.off('update', record);
    expect(Math.max(...updates.map((update) => update.length))).toBeLessThan(10_000);
    expect(getActiveDocuments().find((item) => item.id === 'again')?.text).toBe(LONG);
  });
});
