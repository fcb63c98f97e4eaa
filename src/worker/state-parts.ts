// A Y.Doc's whole state as several updates of bounded size, for storing a compacted story: one
// whole-state update of a 5,000-document story (25 MB) could only be read back in one task of
// 0.6 s, while updates of about a megabyte are read a slice per task (update-stores' load).
//
// 1. Walk the doc's structs client by client in clock order, taking a struct only once what it
//    hangs on (its left and right origins, its parent) is taken: every part then applies whole on
//    top of the parts before it, none waits in Yjs's pending structs (which are merged again with
//    every later update).
// 2. Encode the structs taken into the current part (per client, a run from one clock on, as Yjs
//    writes them), and start a new part once it holds about `partBytes`.
// 3. The last part is Yjs's own update from the parts' state vector: what the walk could not take
//    (nothing, in a doc built by Yjs) and the whole delete set.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** The size of each part of a compacted state: what an import stores per update. */
export const STATE_PART_BYTES = 1_000_000;

type Struct = Y.Item | Y.GC;

interface Run {
  clock: number;
  count: number;
  encoder: Y.UpdateEncoderV1;
  /** Bytes in the encoder's finished buffers (they only grow), and how many buffers that counts. */
  sealed: number;
  buffers: number;
}

function encodedLength(run: Run): number {
  const { bufs, cpos } = run.encoder.restEncoder;
  for (; run.buffers < bufs.length; run.buffers += 1) run.sealed += bufs[run.buffers]!.length;
  return run.sealed + cpos;
}

/** What `struct` needs applied before it: ids of other clients' structs. */
function dependencies(struct: Struct): Array<Y.ID | null> {
  if (!(struct instanceof Y.Item)) return [];
  const parent = struct.parent instanceof Y.AbstractType ? struct.parent._item?.id ?? null : null;
  return [struct.origin, struct.rightOrigin, parent];
}

/** One update holding `runs` and no deletions, in Yjs's update format (version 1). */
function encodeRuns(runs: Map<number, Run>): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, runs.size);
  // Higher clients first, as Yjs writes them.
  for (const [client, run] of [...runs].sort(([a], [b]) => b - a)) {
    encoding.writeVarUint(update, run.count);
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, run.clock);
    encoding.writeUint8Array(update, run.encoder.toUint8Array());
  }
  // An empty delete set: the last part carries the doc's whole delete set.
  encoding.writeVarUint(update, 0);
  return encoding.toUint8Array(update);
}

/**
 * The doc's whole state as updates of about `partBytes` each (a single struct larger than that, such
 * as a long text inserted at once, makes its part larger), to be applied in order: together they
 * are `Y.encodeStateAsUpdate(doc)`.
 */
export function encodeStateInParts(doc: Y.Doc, partBytes = STATE_PART_BYTES): Uint8Array[] {
  const clients = [...doc.store.clients.keys()].sort((a, b) => b - a);
  /** Per client, the clock up to which its structs are taken. */
  const taken = new Map<number, number>();
  const next = new Map<number, number>();
  const parts: Uint8Array[] = [];
  let runs = new Map<number, Run>();
  let bytes = 0;
  const ready = (struct: Struct) =>
    dependencies(struct).every((id) => id === null || id.client === struct.id.client || (taken.get(id.client) ?? 0) > id.clock);
  const take = (client: number, struct: Struct) => {
    let run = runs.get(client);
    if (run === undefined) {
      run = { clock: struct.id.clock, count: 0, encoder: new Y.UpdateEncoderV1(), sealed: 0, buffers: 0 };
      runs.set(client, run);
    }
    const before = encodedLength(run);
    struct.write(run.encoder, 0);
    run.count += 1;
    bytes += encodedLength(run) - before;
    taken.set(client, struct.id.clock + struct.length);
    if (bytes >= partBytes) {
      parts.push(encodeRuns(runs));
      runs = new Map();
      bytes = 0;
    }
  };
  for (let progressed = true; progressed; ) {
    progressed = false;
    for (const client of clients) {
      const structs = doc.store.clients.get(client)!;
      let index = next.get(client) ?? 0;
      for (; index < structs.length && ready(structs[index]!); index += 1) take(client, structs[index]!);
      if (index !== (next.get(client) ?? 0)) progressed = true;
      next.set(client, index);
    }
  }
  if (runs.size > 0) parts.push(encodeRuns(runs));
  parts.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(taken)));
  return parts;
}
