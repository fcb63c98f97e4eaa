import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLICE_MS, writeInSlices } from './write-in-slices';

/** Hears every time the slicer hands the thread back, before the task it waits for. */
const handedBack = vi.hoisted(() => ({ hear: (): void => undefined }));
vi.mock('./next-task', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./next-task')>();
  return { nextTask: () => (handedBack.hear(), actual.nextTask()) };
});

/** Makes every write "take" `msPerUnit` per unit of weight on performance.now, so sizes adapt without real time. */
function clockTaking(msPerUnit: number, weigh: (slice: number[]) => number) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return (slices: number[][]) => (slice: number[]) => {
    slices.push(slice);
    now += weigh(slice) * msPerUnit;
  };
}

const count = (slice: number[]) => slice.length;
const numbers = (n: number) => Array.from({ length: n }, (_, index) => index);

afterEach(() => {
  vi.restoreAllMocks();
  handedBack.hear = () => undefined;
});

describe('writing in slices', () => {
  it('writes the first slice at once and hands the thread back before each later one, every item once and in order', async () => {
    const slices: number[][] = [];
    const writtenWhenHandedBack: number[] = [];
    handedBack.hear = () => writtenWhenHandedBack.push(slices.length);
    const writing = writeInSlices(numbers(100), (slice) => slices.push(slice), { first: 10 });
    expect(slices).toEqual([numbers(10)]);
    await writing;
    expect(slices.length).toBeGreaterThan(1);
    expect(writtenWhenHandedBack).toEqual(slices.slice(1).map((_, index) => index + 1));
    expect(slices.flat()).toEqual(numbers(100));
  });

  it('shrinks slices that take longer than SLICE_MS and grows quick ones, at most doubling', async () => {
    const slow: number[][] = [];
    await writeInSlices(numbers(200), clockTaking(SLICE_MS / 5, count)(slow), { first: 50 });
    expect(slow[0]).toHaveLength(50);
    expect(slow.slice(1, -1).every((slice) => slice.length === 5)).toBe(true);
    vi.restoreAllMocks();
    const quick: number[][] = [];
    await writeInSlices(numbers(1_000), clockTaking(SLICE_MS / 1_000, count)(quick), { first: 10 });
    expect(quick.map((slice) => slice.length).slice(0, 4)).toEqual([10, 20, 40, 80]);
  });

  it('weighs items: a slice holds about its budget, never over `most`, and an item heavier than a slice goes alone', async () => {
    const items = [5, 5, 5, 40, 5, 5, 5, 5, 5, 5];
    const slices: number[][] = [];
    const weight = (item: number) => item;
    await writeInSlices(items, clockTaking(SLICE_MS / 1_000, (slice) => slice.reduce((sum, item) => sum + item, 0))(slices), { first: 10, most: 20, weight });
    expect(slices).toEqual([[5, 5], [5], [40], [5, 5, 5, 5], [5, 5]]);
    expect(slices.flat()).toEqual(items);
  });

  it('tells how many are written after each slice', async () => {
    const written: number[] = [];
    await writeInSlices(numbers(25), () => undefined, { first: 10, most: 10, onWritten: (n) => written.push(n) });
    expect(written).toEqual([10, 20, 25]);
  });
});
