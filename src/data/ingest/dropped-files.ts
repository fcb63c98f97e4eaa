// The files of a drop on the Add dialog, folders included. A dropped folder is one entry: its files
// are listed by the browser's entries API a batch at a time (readEntries answers up to 100 per
// call, each in a task of its own) and turned into File objects a batch per task. Choosing 5,000
// files in the file input made Chromium build their whole list in one task of 1.2 s before any of
// the app's code ran (README, browser bench); the same 5,000 files dropped as a folder are listed
// with no task over 50 ms.
import { classifyFileName } from '../../core/ingest';
import { nextTask } from '../../state/next-task';

/**
 * Files turned into File objects per task. Chromium answers the requests of a batch together, in
 * one task: 100 took about 20 ms of the thread's CPU, and 200–400 ms of the clock on a loaded machine.
 */
const FILES_PER_TASK = 20;

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

/** A folder's files of the kinds the app reads, its subfolders' too, sorted by path. */
async function folderFiles(folder: FileSystemDirectoryEntry): Promise<FileSystemFileEntry[]> {
  // Each path is read once: an entry's fullPath is a new string from the browser at every read,
  // and reading it in the sort's comparisons took a task of its own at 5,000 files.
  const found: Array<{ path: string; entry: FileSystemFileEntry }> = [];
  const folders = [folder];
  for (let next = folders.pop(); next !== undefined; next = folders.pop()) {
    const reader = next.createReader();
    for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
      for (const entry of batch) {
        if (isDirectory(entry)) folders.push(entry);
        else if (isFile(entry) && classifyFileName(entry.name).ok) found.push({ path: entry.fullPath, entry });
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map(({ entry }) => entry);
}

/**
 * What a drop brings: each dropped file as it is (one the app cannot read is listed with its
 * reason), and each dropped folder's readable files. Must be called while the drop event is
 * dispatched (the browser empties `data` after it); where the entries API is missing, the
 * dropped files as the browser lists them.
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const items = Array.from(data.items).filter((item) => item.kind === 'file');
  const entries = items.map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || !entries.some((entry) => entry !== null && isDirectory(entry))) return Array.from(data.files);
  const files: File[] = [];
  const pending: FileSystemFileEntry[] = [];
  // Files dropped beside a folder are taken from the items now: the drop's data is gone once it returns.
  items.forEach((item, index) => {
    const entry = entries[index];
    if (entry !== null && entry !== undefined && isDirectory(entry)) return;
    const file = item.getAsFile();
    if (file !== null) files.push(file);
  });
  for (const entry of entries) if (entry !== null && entry !== undefined && isDirectory(entry)) pending.push(...(await folderFiles(entry)));
  for (let start = 0; start < pending.length; start += FILES_PER_TASK) {
    files.push(...(await Promise.all(pending.slice(start, start + FILES_PER_TASK).map(fileOf))));
    await nextTask();
  }
  return files;
}
