import { labelOf } from '../../core/model/source-label';
import { useSourceLabels } from '../../state/source-labels';
import { useRoute } from '../app/use-route';
import { MAX_COMPARED } from '../library/CompareBar';

interface Props {
  docId: string;
  otherDocs: string[];
}

/** A mark beside a line told by other sources too; it opens the comparison with them. */
export function CounterpartMark({ docId, otherDocs }: Props) {
  const [, navigate] = useRoute();
  const labels = useSourceLabels();
  const names = otherDocs.map((id) => labelOf(labels, id));
  const compared = [docId, ...otherDocs.slice(0, MAX_COMPARED - 1)];
  return (
    <button
      type="button"
      className="counterpart-mark"
      title={`Also told in: ${names.join('; ')}`}
      aria-label={`Also told in ${otherDocs.length} other ${otherDocs.length === 1 ? 'source' : 'sources'}: ${names.join('; ')}. Compare`}
      onClick={() => navigate({ view: 'compare', docs: compared, params: {} })}
    >
      ⇄ {otherDocs.length}
    </button>
  );
}
