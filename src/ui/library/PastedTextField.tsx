import { memo, useEffect, useRef, type ClipboardEvent } from 'react';

/**
 * Longer pasted texts are held, not shown in the field: a browser lays out a textarea's whole
 * value, which for 10 MB froze the tab for seconds at the paste and again when the dialog closed.
 */
export const SHOWN_UP_TO_CHARS = 100_000;
const BEGINNING_CHARS = 300;
/** The textarea's id: the dialog focuses it on opening. */
export const PASTE_FIELD_ID = 'add-paste-text';

interface Props {
  text: string;
  /** The id of the message about the text, when there is one. */
  problemId: string | null;
  onChange: (text: string) => void;
}

/** The text with the textarea's selection replaced by `pasted`, as the browser's paste would. */
function withPaste(field: HTMLTextAreaElement, pasted: string): string {
  return `${field.value.slice(0, field.selectionStart)}${pasted}${field.value.slice(field.selectionEnd)}`;
}

/**
 * The article text: a textarea, or, once a pasted text is too long to show, its length and
 * beginning with a way to clear it. Memoised, so that a keystroke in a detail field does not
 * make React read the field's value back from the page.
 */
export const PastedTextField = memo(function PastedTextField({ text, problemId, onChange }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const held = text.length > SHOWN_UP_TO_CHARS;
  const wasHeld = useRef(false);
  // The focused textarea leaves the page when its text becomes held, and comes back on Clear:
  // focus follows, so the keyboard is never dropped on the page's body.
  useEffect(() => {
    if (held) summary.current?.focus();
    else if (wasHeld.current) field.current?.focus();
    wasHeld.current = held;
  }, [held]);

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const next = withPaste(event.currentTarget, pasted);
    if (next.length <= SHOWN_UP_TO_CHARS) return;
    event.preventDefault();
    onChange(next);
  };

  if (held) {
    return (
      <div className="held-paste">
        <span id="add-paste-text-label">Article text</span>
        <div ref={summary} className="long-paste" role="group" aria-labelledby="add-paste-text-label" aria-describedby={problemId ?? undefined} tabIndex={-1}>
          <p className="long-paste-size">
            {text.length.toLocaleString('en-GB')} characters pasted: too long to show here, all of it is added. It begins:
          </p>
          <p className="long-paste-start">{text.slice(0, BEGINNING_CHARS)}…</p>
          <button type="button" className="button" onClick={() => onChange('')}>
            Clear the text
          </button>
        </div>
      </div>
    );
  }
  return (
    <label className="field" htmlFor={PASTE_FIELD_ID}>
      Article text
      <textarea ref={field} id={PASTE_FIELD_ID} rows={9} value={text} aria-invalid={problemId ? true : undefined} aria-describedby={problemId ?? undefined} onPaste={paste} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
});
