import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ClaimReviewOptions, ExportKind, ExportRequest } from '../../core/formats';
import { liveStories, useStories } from '../../state/current-story';
import { useUiStore } from '../../state/ui-store';
import { lazyWhenIdle } from '../app/lazy-when-idle';
import { useReturnFocus } from '../app/use-return-focus';
import { ViewErrorBoundary } from '../app/ViewErrorBoundary';
import { allStoriesFile, currentProject } from './current-project';
import { downloadFile } from './download-file';
import { EXPORT_CHOICES } from './export-files';
import { printReport } from './print-report';
import './export.css';

const ClaimReviewDialog = lazyWhenIdle(async () => (await import('./ClaimReviewDialog')).ClaimReviewDialog);

/** Header menu (WAI-ARIA menu button): each item downloads one export; nothing in the app changes. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [includeTexts, setIncludeTexts] = useState(true);
  /** The project file holds this story or every story; the other exports always this story. */
  const [allStories, setAllStories] = useState(false);
  const storyCount = useStories((state) => liveStories(state.stories).length);
  const [askingReviewer, setAskingReviewer] = useState(false);
  /** Remembered for the session so a second ClaimReview export does not ask again from scratch. */
  const [reviewer, setReviewer] = useState<ClaimReviewOptions | null>(null);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const announce = useUiStore((s) => s.announce);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useReturnFocus(askingReviewer, buttonRef);
  const closeReviewer = () => setAskingReviewer(false);

  const exportAs = async (request: ExportRequest) => {
    // The writers of the five formats load with the first export, not with the app.
    const { renderExport, renderProjectFile } = await import('../../core/formats/render-export');
    const now = new Date();
    const file =
      request.kind === 'project' && allStories
        ? renderProjectFile(await allStoriesFile(includeTexts, now), now)
        : renderExport(currentProject(request.kind !== 'project' || includeTexts, now), request, now);
    downloadFile(file);
    announce(`Exported ${file.fileName}`);
  };
  const choose = (kind: ExportKind) => {
    if (kind === 'claimreview') {
      setOpen(false);
      setAskingReviewer(true);
      return;
    }
    void exportAs({ kind });
    close(true);
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      all[(move + all.length) % all.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" aria-label="Export" className="export-menu-list" onKeyDown={onMenuKeyDown}>
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={includeTexts}
            tabIndex={-1}
            className="export-menu-item export-menu-option"
            onClick={() => setIncludeTexts((v) => !v)}
          >
            <span aria-hidden="true" className="export-check">{includeTexts ? '☑' : '☐'}</span> Include full texts in the project file
          </button>
          <div role="group" aria-label="Project file holds">
            {[false, true].map((all) => (
              <button
                key={String(all)}
                type="button"
                role="menuitemradio"
                aria-checked={allStories === all}
                tabIndex={-1}
                className="export-menu-item export-menu-option"
                onClick={() => setAllStories(all)}
              >
                <span aria-hidden="true" className="export-check">{allStories === all ? '◉' : '○'}</span>{' '}
                {all ? `Project file: all stories (${storyCount})` : 'Project file: this story'}
              </button>
            ))}
          </div>
          <div role="separator" className="export-menu-separator" />
          {EXPORT_CHOICES.map((choice) => (
            <button key={choice.kind} type="button" role="menuitem" tabIndex={-1} className="export-menu-item" onClick={() => choose(choice.kind)}>
              <span className="export-menu-label">{choice.label}</span>
              <span className="export-menu-hint">{choice.hint}</span>
            </button>
          ))}
          <div role="separator" className="export-menu-separator" />
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="export-menu-item"
            onClick={() => {
              const opened = printReport(currentProject(true, new Date()));
              if (!opened) announce('The print view was blocked: allow pop-ups for Crosscheck and try again.', 'error');
              close(true);
            }}
          >
            <span className="export-menu-label">Print report…</span>
            <span className="export-menu-hint">The report as a formatted page for paper</span>
          </button>
        </div>
      )}
      {askingReviewer && (
        <ViewErrorBoundary what="The ClaimReview export dialog" modal backLabel="Close" onBack={closeReviewer}>
          <Suspense fallback={null}>
            <ClaimReviewDialog
              initial={reviewer}
              onExport={(options) => {
                setReviewer(options);
                void exportAs({ kind: 'claimreview', ...options });
                closeReviewer();
              }}
              onClose={closeReviewer}
            />
          </Suspense>
        </ViewErrorBoundary>
      )}
    </div>
  );
}
