import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { createPortal } from 'react-dom';
import { planItemKey, type Resolution } from '../../core/import-plan';
import { useUiStore } from '../../state/ui-store';
import { ImportPreview } from './ImportPreview';
import { useRoute } from '../app/use-route';
import { ImportTargetChoice } from './ImportTargetChoice';
import { commitAsNewStories, commitImport, prepareImport, retarget, type ImportStep } from './import-session';

interface Props {
  onClose: () => void;
}

export function ImportDialog({ onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
  const [dragOver, setDragOver] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const announce = useUiStore((s) => s.announce);
  const [, navigate] = useRoute();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const readFile = async (file: File | undefined) => {
    if (file === undefined) return;
    setError(null);
    setState({ step: 'reading', fileName: file.name });
    const next = await prepareImport(file);
    setResolutions({});
    setState(next);
    if (next.step === 'problems') announce(`${file.name} cannot be imported`, 'error');
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(false);
    void readFile(event.dataTransfer.files[0]);
  };

  const confirm = async () => {
    if (state.step !== 'preview' || committing) return;
    setCommitting(true);
    try {
      if (state.target.kind === 'new') {
        const ids = await commitAsNewStories(state);
        const count = state.stories.length;
        announce(`Imported ${count === 1 ? 'a new story' : `${count} new stories`} from ${state.fileName}`);
        onClose();
        if (ids[0]) navigate({ view: 'read', docId: null }, { story: ids[0] });
        return;
      }
      const outcome = await commitImport(state.plan, state.local, resolutions, state.placements);
      announce(`Imported ${outcome.documents} document${outcome.documents === 1 ? '' : 's'} and ${outcome.claims} claim${outcome.claims === 1 ? '' : 's'} from ${state.fileName}`);
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setCommitting(false);
    }
  };

  const preview = state.step === 'preview' ? state : null;
  // Portalled to <body>: inside the header it would inherit the header's light-on-dark styles.
  return createPortal(
    <dialog ref={dialogRef} className="modal import-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="modal-header">
        <h2 id={titleId}>Import</h2>
      </div>
      <div className="modal-body">
        <div
          className={`import-drop${dragOver ? ' is-over' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragOver(true);
          }}
          onDragLeave={() => setDragOver(false)}
          onDrop={onDrop}
        >
          <label className="field">
            Crosscheck project (.json) or W3C Web Annotation file (.jsonld, .json)
            <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(event) => void readFile(event.target.files?.[0])} />
          </label>
          <p className="muted">…or drop the file here. Nothing changes until you confirm.</p>
        </div>
        {state.step === 'reading' && <p role="status">Reading {state.fileName}…</p>}
        {state.step === 'problems' && (
          <div className="panel-message error" role="alert">
            <strong>{state.fileName} was not imported; nothing was changed.</strong>
            <ul className="import-problems">
              {state.problems.map((problem, index) => (
                <li key={index}>
                  {problem.path !== '' && <code>{problem.path}</code>} {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {preview && preview.stories.length > 0 && (
          <ImportTargetChoice stories={preview.stories} target={preview.target} onChange={(target) => setState(retarget(preview, target))} />
        )}
        {preview && preview.target.kind === 'current' && (
          <ImportPreview
            fileName={preview.fileName}
            source={preview.source}
            plan={preview.plan}
            notices={preview.notices}
            placements={preview.placements}
            resolutions={resolutions}
            onResolve={(item, resolution) => setResolutions((r) => ({ ...r, [planItemKey(item)]: resolution }))}
          />
        )}
        {error && (
          <p className="panel-message error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button primary" disabled={preview === null || committing} onClick={() => void confirm()}>
          Import
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
