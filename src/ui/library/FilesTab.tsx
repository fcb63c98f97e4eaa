import { useMemo, useState, type DragEvent } from 'react';
import { SUPPORTED_EXTENSIONS, type MetaDraft } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { readDocumentFile } from '../../data/ingest/document-draft';
import { useActiveDocuments } from '../../state/documents-store';
import { useUiStore } from '../../state/ui-store';
import { FileRowItem, type FileRow } from './FileRowItem';
import { checkDrafts, useAddDrafts } from './use-add-drafts';

let rowCounter = 0;

async function readRows(files: readonly File[]): Promise<FileRow[]> {
  return Promise.all(
    files.map(async (file): Promise<FileRow> => {
      const key = `file-${++rowCounter}`;
      const reading = await readDocumentFile(file);
      if (reading.status === 'rejected') return { key, fileName: reading.fileName, status: 'rejected', problem: reading.problem };
      return { key, fileName: reading.fileName, status: 'ready', draft: reading.draft };
    }),
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Choose or drop several files, confirm each one's details, add the valid ones. */
export function FilesTab({ onAdded, onCancel }: { onAdded: (documents: SourceDocument[]) => void; onCancel: () => void }) {
  const addDrafts = useAddDrafts();
  const announce = useUiStore((state) => state.announce);
  const library = useActiveDocuments();
  const [rows, setRows] = useState<FileRow[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);

  const readyRows = useMemo(() => rows.filter((row) => row.status === 'ready'), [rows]);
  const checks = useMemo(() => {
    const results = checkDrafts(readyRows.map((row) => row.draft), library);
    return new Map(readyRows.map((row, index) => [row.key, results[index]!]));
  }, [readyRows, library]);
  const addable = readyRows.filter((row) => checks.get(row.key)?.state === 'ok').length;

  const receive = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setReading(true);
    setSummary(null);
    const next = await readRows(files);
    setRows((current) => [...current, ...next]);
    setReading(false);
  };

  const add = async () => {
    const added = await addDrafts(readyRows.map((row) => row.draft));
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
    setSummary(message);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void receive(Array.from(event.dataTransfer.files));
  };

  return (
    <div className="add-files">
      <div className="modal-body">
        <div
          className={`drop-zone ${dragging ? 'is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>Drop files here, or</p>
          <label className="button" htmlFor="add-files-input">
            Choose files…
          </label>
          <input
            id="add-files-input"
            className="visually-hidden"
            type="file"
            multiple
            accept={[...SUPPORTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html'].join(',')}
            onChange={(event) => {
              void receive(Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
          />
          <p className="muted">Plain text (.txt), Markdown (.md) or web pages (.html, .htm), up to 10 MB each.</p>
        </div>
        {reading && <p role="status">Reading files…</p>}
        {summary && (
          <p className="panel-message" role="status">
            {summary}
          </p>
        )}
        {rows.length > 0 && (
          <ul className="file-rows" aria-label="Chosen files">
            {rows.map((row, index) => (
              <FileRowItem
                key={row.key}
                row={row}
                index={index}
                check={checks.get(row.key) ?? null}
                onChange={(key, patch: Partial<MetaDraft>) =>
                  setRows((current) => current.map((r) => (r.key === key && r.status === 'ready' ? { ...r, draft: { ...r.draft, ...patch } } : r)))
                }
                onDiscard={(key) => setRows((current) => current.filter((r) => r.key !== key))}
              />
            ))}
          </ul>
        )}
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={onCancel}>
          {rows.length > 0 ? 'Cancel' : 'Close'}
        </button>
        <button type="button" className="button primary" disabled={addable === 0 || reading} onClick={() => void add()}>
          {addable > 0 ? `Add ${plural(addable, 'document', 'documents')}` : 'Add documents'}
        </button>
      </div>
    </div>
  );
}
