import { describe, expect, it } from 'vitest';
import { droppedFiles } from './dropped-files';

/** The browser's entries API over an in-memory tree: a folder answers at most 100 entries per read. */
type Tree = { [name: string]: string | Tree };

/** Reads of folders, and the most files asked for at once (their File objects not made yet). */
interface Reads {
  count: number;
  pendingFiles?: number;
  mostPendingFiles?: number;
}

function entryOf(name: string, node: string | Tree, path: string, reads: Reads): FileSystemEntry {
  const fullPath = `${path}/${name}`;
  if (typeof node === 'string') {
    const file = (done: (file: File) => void) => {
      reads.pendingFiles = (reads.pendingFiles ?? 0) + 1;
      reads.mostPendingFiles = Math.max(reads.mostPendingFiles ?? 0, reads.pendingFiles);
      setTimeout(() => {
        reads.pendingFiles! -= 1;
        done(new File([node], name));
      }, 0);
    };
    return { name, fullPath, isFile: true, isDirectory: false, file } as unknown as FileSystemFileEntry;
  }
  return {
    name, fullPath, isFile: false, isDirectory: true,
    createReader: () => {
      const children = Object.entries(node).map(([child, value]) => entryOf(child, value, fullPath, reads));
      return {
        readEntries: (done: (entries: FileSystemEntry[]) => void) => {
          reads.count += 1;
          setTimeout(() => done(children.splice(0, 100)), 0);
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

function drop(dropped: Array<File | [string, Tree]>, reads: Reads, withEntries = true): DataTransfer {
  const items = dropped.map((thing) => ({
    kind: 'file',
    getAsFile: () => (thing instanceof File ? thing : new File([], thing[0])),
    ...(withEntries ? { webkitGetAsEntry: () => (thing instanceof File ? entryOf(thing.name, 'x', '', reads) : entryOf(thing[0], thing[1], '', reads)) } : {}),
  }));
  return { items, files: items.map((item) => item.getAsFile()) } as unknown as DataTransfer;
}

const names = (files: readonly File[]) => files.map((file) => file.name);

describe('the files of a drop', () => {
  it('lists a dropped folder’s readable files, its subfolders’ too, in path order, reading its entries a batch at a time', async () => {
    const reports: Tree = Object.fromEntries(Array.from({ length: 250 }, (_, n) => [`report-${String(n).padStart(3, '0')}.txt`, `Council report ${n}.`]));
    const folder: Tree = { ...reports, '.DS_Store': 'binary', 'notes.pdf': 'pdf', later: { 'minutes.md': '# Minutes', 'page.html': '<p>Page</p>' } };
    const reads: Reads = { count: 0 };
    const files = await droppedFiles(drop([['harbour', folder]], reads));
    expect(files).toHaveLength(252);
    expect(names(files).slice(0, 2)).toEqual(['minutes.md', 'page.html']);
    expect(names(files).at(-1)).toBe('report-249.txt');
    expect(await files.at(-1)!.text()).toBe('Council report 249.');
    // 254 entries in the folder: three reads of up to 100 and the empty one; the subfolder: two.
    expect(reads.count).toBe(6);
    // The browser answers the files asked for together in one task: a few at a time keep it short.
    expect(reads.mostPendingFiles).toBe(20);
  });

  it('keeps files dropped beside a folder, the ones it cannot read too (they are listed with their reason)', async () => {
    const reads = { count: 0 };
    const files = await droppedFiles(drop([new File(['x'], 'scan.pdf'), ['harbour', { 'a.txt': 'A' }], new File(['y'], 'b.txt')], reads));
    expect(names(files)).toEqual(['scan.pdf', 'b.txt', 'a.txt']);
  });

  it('takes the dropped files as the browser lists them when no folder is dropped, or the entries API is missing', async () => {
    const reads = { count: 0 };
    expect(names(await droppedFiles(drop([new File(['x'], 'a.txt'), new File(['y'], 'b.pdf')], reads)))).toEqual(['a.txt', 'b.pdf']);
    expect(names(await droppedFiles(drop([new File(['x'], 'a.txt'), ['harbour', { 'c.txt': 'C' }]], reads, false)))).toEqual(['a.txt', 'harbour']);
    expect(reads.count).toBe(0);
  });
});
