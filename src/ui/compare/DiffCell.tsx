import { HighlightedText } from '../text/HighlightedText';
import type { Highlight } from '../text/text-spans';
import { runsOfPieces, type DiffPiece } from './row-diff';

interface Props {
  pieces: readonly DiffPiece[];
  texts: ReadonlyMap<string, string>;
  highlights: ReadonlyMap<string, readonly Highlight[]>;
}

const NONE: readonly Highlight[] = [];

/**
 * One cell's text with its changes: <del>/<ins> carry strike-through/underline and a hidden
 * "deleted:"/"inserted:" label, so the change does not rest on colour alone. A moved phrase is
 * shown as written, outlined, with a numbered link to its place in the other column.
 */
export function DiffCell({ pieces, texts, highlights }: Props) {
  return (
    <>
      {runsOfPieces(pieces).map((run) => {
        const first = run[0]!;
        const key = `${first.docId}:${first.start}:${first.mark}`;
        const content = run.map((piece) => <PieceText key={piece.start} piece={piece} texts={texts} highlights={highlights} />);
        if (first.mark === 'same') return <span key={key}>{content}</span>;
        if (first.mark === 'moved') return <MovedPhrase key={key} moveId={first.moveId!}>{content}</MovedPhrase>;
        const Tag = first.mark === 'deleted' ? 'del' : 'ins';
        return (
          <Tag key={key} className={`diff-${first.mark}`}>
            <span className="visually-hidden" data-offset-ignore="">
              {first.mark}:{' '}
            </span>
            {content}
          </Tag>
        );
      })}
    </>
  );
}

function PieceText({ piece, texts, highlights }: { piece: DiffPiece } & Omit<Props, 'pieces'>) {
  const text = texts.get(piece.docId) ?? '';
  const rendered = <HighlightedText docId={piece.docId} text={text} start={piece.start} end={piece.end} highlights={highlights.get(piece.docId) ?? NONE} />;
  return piece.strong ? <strong className="diff-strong">{rendered}</strong> : rendered;
}

function MovedPhrase({ moveId, children }: { moveId: number; children: React.ReactNode }) {
  const showOtherPlace = (event: React.MouseEvent<HTMLButtonElement>) => {
    const own = event.currentTarget.closest('.compare-cell');
    const row = own?.closest('.compare-row');
    const other = [...(row?.querySelectorAll<HTMLElement>(`.diff-moved[data-move="${moveId}"]`) ?? [])].find((element) => element.closest('.compare-cell') !== own);
    if (!other) return;
    other.focus();
    other.classList.remove('is-flashing');
    // Restart the flash animation when the same link is used twice.
    void other.offsetWidth;
    other.classList.add('is-flashing');
  };
  return (
    <span className="diff-moved" data-move={moveId} tabIndex={-1}>
      <span className="visually-hidden" data-offset-ignore="">
        moved phrase {moveId}:{' '}
      </span>
      {children}
      <button type="button" className="move-link" data-offset-ignore="" aria-label={`Moved phrase ${moveId}: show its place in the other column`} onClick={showOtherPlace}>
        ⇄{moveId}
      </button>
    </span>
  );
}
