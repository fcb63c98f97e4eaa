// Distinct strings met as slices of larger texts, numbered in order of first meeting. A slice is
// found by its code units (an open-addressing table keyed by their hash, compared against the
// units stored for each number), so a slice met before never becomes a string again: alignment
// reads some 640,000 words of a 1,000-document corpus, of which a few thousand are distinct, and
// making each a string only to hash it for a Map was most of what tokenising cost.

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const INITIAL_SLOTS = 1 << 10;

/** FNV-1a over the code units of text[start, end). */
function hashOfSlice(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  // FNV's low bits, which pick the slot, mix poorly on their own.
  return hash ^ (hash >>> 15);
}

export class SliceInterner {
  /** The distinct slices, by number. */
  readonly strings: string[] = [];
  /** Per slot, a number + 1, or 0 when empty; at most half the slots are used. */
  private slots = new Int32Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS / 2);
  /** The code units of every slice in turn; slice n's are units[starts[n], starts[n + 1]). */
  private units = new Uint16Array(INITIAL_SLOTS * 4);
  private starts = new Int32Array(INITIAL_SLOTS / 2 + 1);

  get size(): number {
    return this.strings.length;
  }

  /** The number of text[start, end), numbering it next when it is new. */
  idOf(text: string, start: number, end: number): number {
    const hash = hashOfSlice(text, start, end);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const id = entry - 1;
      if (this.hashes[id] === hash && this.holds(id, text, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    return this.add(text, start, end, hash, slot);
  }

  private holds(id: number, text: string, start: number, end: number): boolean {
    const { units, starts } = this;
    const from = starts[id] as number;
    if ((starts[id + 1] as number) - from !== end - start) return false;
    for (let index = start, at = from; index < end; index += 1, at += 1) if (text.charCodeAt(index) !== units[at]) return false;
    return true;
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const id = this.strings.length;
    this.strings.push(text.slice(start, end));
    if (id + 1 >= this.hashes.length) this.hashes = grown(this.hashes, id + 1);
    if (id + 2 >= this.starts.length) this.starts = grown(this.starts, id + 2);
    const from = this.starts[id] as number;
    if (from + end - start > this.units.length) this.units = grown(this.units, from + end - start);
    for (let index = start, at = from; index < end; index += 1, at += 1) this.units[at] = text.charCodeAt(index);
    this.hashes[id] = hash;
    this.starts[id + 1] = from + end - start;
    this.slots[slot] = id + 1;
    if (2 * (id + 1) > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.strings.length; id += 1) {
      let slot = (this.hashes[id] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** A copy of `array` with room for at least `needed` values. */
function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
