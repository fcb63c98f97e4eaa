interface Props {
  optionsId: string;
  optionsOpen: boolean;
  onOptions(open: boolean): void;
  differencesId: string;
  differencesOpen: boolean;
  differencesCount: number;
  onDifferences(open: boolean): void;
}

/**
 * When the comparison has little width (a laptop with Sources shown, a tablet, a phone), the
 * options and the list of differences fold behind these two buttons so the columns keep the room;
 * compare.css shows the buttons only then.
 */
export function CompareFoldButtons({ optionsId, optionsOpen, onOptions, differencesId, differencesOpen, differencesCount, onDifferences }: Props) {
  return (
    <div className="compare-fold-buttons">
      <button type="button" className="button small" aria-expanded={optionsOpen} aria-controls={optionsId} onClick={() => onOptions(!optionsOpen)}>
        Options
      </button>
      <button type="button" className="button small" aria-expanded={differencesOpen} aria-controls={differencesId} onClick={() => onDifferences(!differencesOpen)}>
        Differences ({differencesCount})
      </button>
    </div>
  );
}
