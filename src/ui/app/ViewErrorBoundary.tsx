import { Component, useEffect, useId, useRef, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, as the analyst knows it: "The reader", "The claims list", "The import dialog". */
  what: string;
  /** Leaving the failed view: back to the library, or closing the dialog. */
  onBack: () => void;
  backLabel: string;
  /** A failed dialog is shown as a modal of its own, so the page is not left inert behind nothing. */
  modal?: boolean;
  /** When this changes (another route, another document) the view is tried again. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  seenKey: string | undefined;
}

/**
 * One failing view must not blank the whole app: what failed is named, the rest of the page keeps
 * working, and there is a way back. Nothing stored is touched here.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, seenKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === null) return state.seenKey === props.resetKey ? null : { seenKey: props.resetKey };
    return state.seenKey === props.resetKey ? null : { error: null, seenKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { what, onBack, backLabel, modal = false } = this.props;
    return (
      <ViewErrorMessage what={what} error={error} modal={modal} backLabel={backLabel} onBack={onBack} onRetry={() => this.setState({ error: null })} />
    );
  }
}

interface MessageProps {
  what: string;
  error: Error;
  modal: boolean;
  backLabel: string;
  onBack: () => void;
  onRetry: () => void;
}

function ViewErrorMessage({ what, error, modal, backLabel, onBack, onRetry }: MessageProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (modal && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [modal]);
  const body = (
    <div className="view-error panel-message error" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{what} could not be shown</h2>
      <p>
        {error.message || error.name}. Your documents and claims are unchanged.
      </p>
      <div className="view-error-actions">
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" className="button primary" onClick={onBack}>
          {backLabel}
        </button>
      </div>
    </div>
  );
  if (!modal) return body;
  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={onBack}>
      <div className="modal-body">{body}</div>
    </dialog>
  );
}
