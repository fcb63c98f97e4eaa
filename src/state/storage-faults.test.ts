// Fault injection: random sequences of edits in two simulated tabs of one story, with refused
// reads, writes and compactions and reloads in between; the story is compacted every few stored
// updates, so compactions overlap edits, other tabs' writes and reloads (a tab closed while its
// compaction runs). Property: once storage works again, both tabs and the stored copy hold every
// edit any tab made. (`npm run test:faults` runs this file alone.)
import * as Y from 'yjs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { persistDoc, type PersistedDoc } from './persisted-doc';
import { claimEdits, documentEdits } from './story-edits';
import { readClaims, readDocuments, storyMaps } from './story-layout';
import { testDocument } from '../core/model/test-records';
import { memoryDatabases, settle, storedDoc, type MemoryDatabases } from './story-test-support';
import { relayAcrossTabs } from './tab-relay';

const HASH = 'c'.repeat(64);
/** Stored updates from which on a tab compacts them: often, so that compactions meet every other step. */
const COMPACT_AFTER = 4;
const fast = (run: () => void) => {
  const timer = setTimeout(run, 1);
  return () => clearTimeout(timer);
};

interface Tab {
  doc: Y.Doc;
  persistence: PersistedDoc;
  close: () => void;
}

let channels = 0;
const open: Tab[] = [];

function openTab(databases: MemoryDatabases, name: string, channel: string): Tab {
  const doc = new Y.Doc();
  const persistence = persistDoc(doc, databases.factory(name, doc), { onProblem: () => undefined, schedule: fast, compactAfter: COMPACT_AFTER });
  const relay = relayAcrossTabs(doc, channel);
  void persistence.whenReady.then((status) => status === 'loaded' && relay.greet());
  const tab = {
    doc,
    persistence,
    close: () => {
      relay.stop();
      persistence.destroy();
    },
  };
  open.push(tab);
  return tab;
}

afterEach(() => {
  for (const tab of open.splice(0)) tab.close();
});

type Command =
  | { kind: 'claim'; tab: 0 | 1 }
  | { kind: 'note'; tab: 0 | 1; pick: number }
  | { kind: 'dismiss'; tab: 0 | 1 }
  | { kind: 'document'; tab: 0 | 1 }
  | { kind: 'faults'; failWrites: boolean; failReads: number; failCompactions: number }
  | { kind: 'reload'; tab: 0 | 1 };

const tabIndex = fc.constantFrom<0 | 1>(0, 1);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('claim' as const), tab: tabIndex }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('note' as const), tab: tabIndex, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dismiss' as const), tab: tabIndex }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('document' as const), tab: tabIndex }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('faults' as const), failWrites: fc.boolean(), failReads: fc.nat({ max: 2 }), failCompactions: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reload' as const), tab: tabIndex }) },
);

async function untilSaved(tabs: Tab[]): Promise<void> {
  for (let round = 0; round < 200; round += 1) {
    await settle(2);
    if (tabs.every((tab) => tab.persistence.status === 'loaded' && tab.persistence.saveState === 'saved')) return;
    for (const tab of tabs) tab.persistence.retryNow();
  }
  throw new Error('storage did not settle');
}

async function runScenario(commands: Command[]): Promise<void> {
  const databases = memoryDatabases();
  const name = 'story';
  const channel = `faults-${++channels}`;
  const tabs: Tab[] = [openTab(databases, name, channel), openTab(databases, name, channel)];
  const claims: string[] = [];
  const notes = new Map<string, string[]>();
  const dismissed: string[] = [];
  const documents: string[] = [];
  let counter = 0;
  const context = { documentText: () => undefined, newId: () => `claim-${++counter}` };

  for (const step of commands) {
    const tab = 'tab' in step ? tabs[step.tab]! : tabs[0]!;
    const maps = storyMaps(tab.doc);
    switch (step.kind) {
      case 'claim':
        claims.push(claimEdits.createClaim(maps, 'local', context, { statement: `statement ${counter + 1}`, evidence: [] }));
        break;
      case 'note': {
        const known = claims.filter((id) => maps.claims.has(id));
        if (known.length === 0) break;
        const id = known[step.pick % known.length]!;
        const token = `[note ${++counter}]`;
        const current = readClaims(maps).claims[id]?.note ?? '';
        claimEdits.updateClaim(maps, 'local', id, { note: `${current}${token}` });
        notes.set(id, [...(notes.get(id) ?? []), token]);
        break;
      }
      case 'dismiss': {
        const id = `finding-${++counter}`;
        claimEdits.setDismissedFindings(maps, 'local', [...maps.dismissed.keys(), id]);
        dismissed.push(id);
        break;
      }
      case 'document': {
        const id = `doc-${++counter}`;
        documentEdits.addDocuments(maps, 'local', [
          testDocument(id, { title: id, outlet: 'O', published: null, publishedBasis: null, text: 'text', contentHash: HASH, updatedAt: new Date().toISOString() }),
        ]);
        documents.push(id);
        break;
      }
      case 'faults':
        Object.assign(databases.faults, { failWrites: step.failWrites, failReads: step.failReads, failCompactions: step.failCompactions });
        break;
      case 'reload': {
        // The other tab stays open while this one reloads, as when an analyst reloads one tab.
        await settle(3);
        tab.close();
        tabs[step.tab] = openTab(databases, name, channel);
        break;
      }
    }
    await settle(1);
  }

  Object.assign(databases.faults, { failWrites: false, failReads: 0, failCompactions: 0 });
  await untilSaved(tabs);
  const holders = [...tabs.map((tab) => tab.doc), storedDoc(databases, name)];
  for (const holder of holders) {
    const maps = storyMaps(holder);
    const read = readClaims(maps);
    expect(Object.keys(read.claims).sort()).toEqual([...claims].sort());
    for (const [id, tokens] of notes) for (const token of tokens) expect(read.claims[id]!.note).toContain(token);
    expect([...maps.dismissed.keys()].sort()).toEqual([...dismissed].sort());
    expect(Object.keys(readDocuments(maps).documents).sort()).toEqual([...documents].sort());
  }
}

describe('storage faults', () => {
  it('after storage recovers, both tabs and the stored copy hold every edit any tab made', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        for (const tab of open.splice(0)) tab.close();
        await runScenario(commands);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
