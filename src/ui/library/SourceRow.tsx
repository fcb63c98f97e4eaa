import type { SourceDocument } from '../../core/model/document';
import { useStoryParam } from '../../state/current-story';
import { formatRoute } from '../app/route';
import { describePublished, formatWordCount, wordCountOf } from './document-facts';

interface Props {
  document: SourceDocument;
  selected: boolean;
  current: boolean;
  /** `range`: the tick was made with Shift, to tick or untick every row from the last one ticked. */
  onToggle: (id: string, range: boolean) => void;
}

/** One document in the sources list: a checkbox for comparison and a link that opens it to read. */
export function SourceRow({ document, selected, current, onToggle }: Props) {
  const published = describePublished(document);
  const story = useStoryParam();
  const checkboxId = `source-select-${document.id}`;
  return (
    <div className={`source-row ${current ? 'is-current' : ''}`} data-doc-id={document.id}>
      <input
        id={checkboxId}
        type="checkbox"
        className="source-check"
        checked={selected}
        // React reports a checkbox's change from its click event, which carries the Shift key.
        onChange={(event) => onToggle(document.id, (event.nativeEvent as MouseEvent).shiftKey === true)}
        aria-label={`Select ${document.title} for comparison`}
      />
      <div className="source-body">
        <a className="source-title" href={formatRoute({ view: 'read', docId: document.id }, story)} aria-current={current ? 'page' : undefined}>
          {document.title}
        </a>
        <div className="source-outlet">{document.outlet || 'Unknown outlet'}</div>
        <div className="source-facts">
          <span className="source-date">{published.date}</span>
          {published.basis && <span className={`date-basis basis-${document.publishedBasis}`}>{published.basis}</span>}
          <span className="source-words">{formatWordCount(wordCountOf(document))}</span>
        </div>
      </div>
    </div>
  );
}
