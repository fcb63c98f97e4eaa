import { useEffect } from 'react';
import { undoClaimEdit } from '../claims/claim-actions';
import { UNDO_WINDOW_MS } from '../reader/recent-removal';
import { useRoute } from '../app/use-route';
import { useNoticeStep, useSourcesNotice } from './sources-notice';

/** "Removed 5 sources. Undo (Ctrl+Z)" under the list, for ten seconds or until Esc or ×. */
export function SourcesNoticeBar() {
  const notice = useSourcesNotice((state) => state.notice);
  const dismiss = useSourcesNotice((state) => state.dismiss);
  const step = useNoticeStep(notice);
  const [, navigate] = useRoute();

  // Undone by Ctrl+Z or the Claims panel's Undo: the message has nothing left to say.
  useEffect(() => {
    if (step === 'undone') dismiss();
  }, [step, dismiss]);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(dismiss, UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);

  if (!notice) return null;
  return (
    <div className="sources-notice" role="status">
      <p>
        {notice.text}
        {notice.detail && <span className="sources-notice-detail"> {notice.detail}</span>}
      </p>
      <div className="sources-notice-actions">
        {step === 'undoable' && (
          <button
            type="button"
            className="button small"
            aria-keyshortcuts="Control+Z"
            title="Undo (Ctrl+Z)"
            onClick={() => {
              undoClaimEdit();
              dismiss();
            }}
          >
            Undo
          </button>
        )}
        {notice.openStory && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              const story = notice.openStory;
              dismiss();
              if (story) navigate({ view: 'read', docId: null }, { story: story.id });
            }}
          >
            Open “{notice.openStory.name}”
          </button>
        )}
        <button type="button" className="button small" onClick={dismiss} aria-label="Dismiss">
          ×
        </button>
      </div>
    </div>
  );
}
