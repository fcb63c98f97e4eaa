import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { SUPPORTED_EXTENSIONS, type FileReading, type MetaDraft } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { droppedFiles } from '../../data/ingest/dropped-files';
import { readChosenFiles } from '../../data/ingest/read-chosen-files';
import { useActiveDocuments } from '../../state/documents-store';
import { useUiStore } from '../../state/ui-store';
import { usePanelVirtualizer } from '../app/use-panel-virtualizer';
import { FileRowItem, rowProblem, type FileRow } from './FileRowItem';
import { draftChecker, useAddDrafts, type DraftCheck } from './use-add-drafts';

/** A batch this small is rendered whole (the browser's find sees every row); a larger one only around the view. */
const WHOLE_LIST_ROWS = 30;
const OVERSCAN_ROWS = 3;
const ROW_GAP = 10;
/** Heights before a row is measured: a file with its details, and a refused one with its reason. */
const ESTIMATED_DETAILS_ROW = 330;
const ESTIMATED_PROBLEM_ROW = 90;

let rowCounter = 0;

function rowOf(reading: FileReading): FileRow {
  const key = `file-${++rowCounter}`;
  if (reading.status === 'rejected') return { key, fileName: reading.fileName, status: 'rejected', problem: reading.problem };
  return { key, fileName: reading.fileName, status: 'ready', draft: reading.draft };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A file the analyst should look at before adding: refused, with a detail to fix, or with a warning. */
function needsAttention(row: FileRow, check: DraftCheck | null): boolean {
  if (rowProblem(row, check) !== null || check?.state === 'invalid') return true;
  return check !== null && check.state === 'ok' && Object.keys(check.warnings).length > 0;
}

/** Choose or drop several files, confirm each one's details, add the valid ones. */
export function FilesTab({ onAdded, onCancel }: { onAdded: (documents: SourceDocument[]) => void; onCancel: () => void }) {
  const addDrafts = useAddDrafts();
  const announce = useUiStore((state) => state.announce);
  const liveLibrary = useActiveDocuments();
  const [rows, setRows] = useState<FileRow[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [reading, setReading] = useState<{ read: number; total: number } | null>(null);
  // While the documents are written, slice by slice, rows are checked against the library as it was
  // when Add was pressed: against the growing one, each row would turn into a duplicate of itself.
  const [adding, setAdding] = useState<{ written: number; total: number; library: SourceDocument[] } | null>(null);
  const library = adding?.library ?? liveLibrary;
  const [dragging, setDragging] = useState(false);
  // The rows needing attention when the analyst asked for them: a row stays while it is being fixed.
  const [attentionKeys, setAttentionKeys] = useState<ReadonlySet<string> | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const stopReading = useRef<AbortController | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => () => stopReading.current?.abort(), []);

  const readyRows = useMemo(() => rows.filter((row) => row.status === 'ready'), [rows]);
  const [checkDrafts] = useState(draftChecker);
  const checks = useMemo(() => {
    const results = checkDrafts(
      readyRows.map((row) => row.draft),
      library,
    );
    return new Map(readyRows.map((row, index) => [row.key, results[index]!]));
  }, [readyRows, library, checkDrafts]);
  const addable = readyRows.filter((row) => checks.get(row.key)?.state === 'ok').length;
  const attention = rows.filter((row) => needsAttention(row, checks.get(row.key) ?? null));
  const notAdded = attention.filter((row) => row.status === 'rejected' || checks.get(row.key)?.state !== 'ok').length;
  const shown = attentionKeys ? rows.filter((row) => attentionKeys.has(row.key)) : rows;

  const focusedIndex = focusedKey === null ? -1 : shown.findIndex((row) => row.key === focusedKey);
  const pinned = useMemo(() => [focusedIndex], [focusedIndex]);
  const virtualizer = usePanelVirtualizer(list, {
    count: shown.length,
    estimateSize: (index) => (shown[index]!.status === 'ready' ? ESTIMATED_DETAILS_ROW : ESTIMATED_PROBLEM_ROW),
    getItemKey: (index) => shown[index]!.key,
    overscan: shown.length <= WHOLE_LIST_ROWS ? WHOLE_LIST_ROWS : OVERSCAN_ROWS,
    gap: ROW_GAP,
    pinned,
  });

  const receive = async (files: readonly File[]) => {
    if (files.length === 0 || adding !== null) return;
    stopReading.current?.abort();
    const controller = new AbortController();
    stopReading.current = controller;
    setSummary(null);
    setAttentionKeys(null);
    setReading({ read: 0, total: files.length });
    await readChosenFiles(files, {
      library,
      signal: controller.signal,
      onRead: (readings) => {
        setRows((current) => [...current, ...readings.map(rowOf)]);
        setReading((progress) => progress && { ...progress, read: progress.read + readings.length });
      },
    });
    if (!controller.signal.aborted) setReading(null);
  };

  const add = async () => {
    setAdding({ written: 0, total: addable, library });
    const added = await addDrafts(
      readyRows.map((row) => row.draft),
      (written, total) => setAdding((progress) => progress && { ...progress, written, total }),
    );
    setAdding(null);
    const remaining = rows.filter((row) => row.status === 'rejected' || checks.get(row.key)?.state !== 'ok');
    const message =
      remaining.length === 0
        ? `Added ${plural(added.length, 'document', 'documents')}.`
        : `Added ${plural(added.length, 'document', 'documents')}; ${plural(remaining.length, 'file was', 'files were')} not added (see below).`;
    announce(message);
    if (remaining.length === 0) {
      onAdded(added);
      return;
    }
    setRows(remaining);
    setAttentionKeys(null);
    setSummary(message);
  };

  const change = useCallback((key: string, patch: Partial<MetaDraft>) => {
    setRows((current) => current.map((row) => (row.key === key && row.status === 'ready' ? { ...row, draft: { ...row.draft, ...patch } } : row)));
  }, []);
  const discard = useCallback((key: string) => setRows((current) => current.filter((row) => row.key !== key)), []);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(receive);
  };

  return (
    <div className="add-files">
      <div className="modal-body">
        {/* One box around the list and all above it: the virtual list re-reads its offset when it resizes. */}
        <div>
          <div
            className={`drop-zone ${dragging ? 'is-dragging' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p>Drop files or a folder here, or</p>
            <label className="button" htmlFor="add-files-input">
              Choose files…
            </label>
            <input
              id="add-files-input"
              className="visually-hidden"
              type="file"
              multiple
              disabled={adding !== null}
              accept={[...SUPPORTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html'].join(',')}
              aria-describedby="add-files-kinds add-files-folder"
              onChange={(event) => {
                void receive(Array.from(event.target.files ?? []));
                event.target.value = '';
              }}
            />
            <p id="add-files-kinds" className="muted">
              Plain text (.txt), Markdown (.md) or web pages (.html, .htm), up to 10 MB each.
            </p>
            {/* Chromium lists files chosen in its picker in one task (over a second at 5,000); a dropped folder is read a batch at a time. */}
            <p id="add-files-folder" className="muted">
              Thousands of files? Drop their folder here: the page keeps answering while it is read, where choosing them all holds it for a second or more.
            </p>
          </div>
          {reading && (
            <p role="status">
              Reading files… {reading.read} of {plural(reading.total, 'file', 'files')} read.
            </p>
          )}
          {adding && (
            <p role="status">
              Adding documents… {adding.written.toLocaleString('en')} of {adding.total.toLocaleString('en')} added.
            </p>
          )}
          {summary && (
            <p className="panel-message" role="status">
              {summary}
            </p>
          )}
          {rows.length > 0 && (
            <div className="file-counts">
              <p>
                {plural(rows.length, 'file', 'files')}: {addable} to add
                {notAdded > 0 && `, ${notAdded} not added`}
                {attention.length > notAdded && `, ${plural(attention.length - notAdded, 'date', 'dates')} to check`}.
              </p>
              {(attention.length > 0 || attentionKeys) && (
                <button
                  type="button"
                  className="button small"
                  aria-pressed={attentionKeys !== null}
                  onClick={() => setAttentionKeys(attentionKeys ? null : new Set(attention.map((row) => row.key)))}
                >
                  {attentionKeys ? `Show all ${plural(rows.length, 'file', 'files')}` : `Show only the ${plural(attention.length, 'file', 'files')} to look at`}
                </button>
              )}
            </div>
          )}
          <ul ref={list} className="file-rows" aria-label="Chosen files" hidden={shown.length === 0} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index]!;
              return (
                <FileRowItem
                  key={item.key}
                  row={row}
                  check={checks.get(row.key) ?? null}
                  placement={{
                    ref: virtualizer.measureElement,
                    'data-index': item.index,
                    'aria-posinset': item.index + 1,
                    'aria-setsize': shown.length,
                    style: { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` },
                  }}
                  onChange={change}
                  onDiscard={discard}
                  onFocusRow={setFocusedKey}
                />
              );
            })}
          </ul>
        </div>
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={onCancel} disabled={adding !== null}>
          {rows.length > 0 ? 'Cancel' : 'Close'}
        </button>
        <button type="button" className="button primary" disabled={addable === 0 || reading !== null || adding !== null} onClick={() => void add()}>
          {addable > 0 ? `Add ${plural(addable, 'document', 'documents')}` : 'Add documents'}
        </button>
      </div>
    </div>
  );
}
