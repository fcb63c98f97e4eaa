import { memo, useMemo } from 'react';
import type { Apparatus, ApparatusEntry, Reading } from '../../core/apparatus';
import { wordDiff, type WordDiffOptions } from '../../core/diff';
import { formatRoute } from '../app/route';
import { useStoryParam } from '../../state/current-story';

interface Props {
  apparatus: Apparatus;
  /** How readings are diffed against the base (the compare options). */
  diff: WordDiffOptions;
  /** A source's short label. */
  label(id: string): string;
}

const sourcesWord = (count: number): string => `${count} ${count === 1 ? 'source' : 'sources'}`;

/** The apparatus: each base passage, then its readings ("12 sources: …; 3 sources: …; missing in 2"). */
export function ApparatusList({ apparatus, diff, label }: Props) {
  const story = useStoryParam();
  return (
    <ol className="apparatus" aria-label={`Passages of ${label(apparatus.base)} with every source's reading`}>
      {apparatus.entries.map((entry, index) => (
        <EntryView key={entry.base.start} entry={entry} number={index + 1} diff={diff} label={label} story={story} />
      ))}
    </ol>
  );
}

interface EntryProps {
  entry: ApparatusEntry;
  number: number;
  diff: WordDiffOptions;
  label(id: string): string;
  story: string | null;
}

const EntryView = memo(function EntryView({ entry, number, diff, label, story }: EntryProps) {
  const variants = entry.readings.filter((reading) => !reading.agreesWithBase).length;
  return (
    <li className={`apparatus-entry${variants > 0 || entry.missing.length > 0 ? ' has-variants' : ''}`} aria-labelledby={`apparatus-${number}`}>
      <p className="apparatus-base" id={`apparatus-${number}`}>
        <span className="apparatus-number">{number}</span>
        <span className="apparatus-base-text" data-doc-id={entry.base.doc}>
          {entry.base.text}
        </span>
      </p>
      <ul className="apparatus-readings">
        {entry.readings.map((reading) => (
          <ReadingView key={reading.spans[0]!.doc} base={entry.base.text} reading={reading} diff={diff} label={label} story={story} />
        ))}
        {entry.missing.length > 0 && (
          <li className="reading reading-missing">
            <span className="reading-count">missing in {sourcesWord(entry.missing.length)}:</span> <SourceLinks ids={entry.missing} label={label} story={story} />
          </li>
        )}
      </ul>
    </li>
  );
});

function ReadingView({ base, reading, diff, label, story }: { base: string; reading: Reading } & Omit<EntryProps, 'entry' | 'number'>) {
  return (
    <li className={`reading${reading.agreesWithBase ? ' reading-as-base' : ''}`}>
      <span className="reading-count">{sourcesWord(reading.sources.length)}:</span>{' '}
      {reading.agreesWithBase ? <span className="reading-same">as the base</span> : <VariantText base={base} text={reading.text} diff={diff} />}{' '}
      <SourceLinks ids={reading.sources} label={label} story={story} />
    </li>
  );
}

function SourceLinks({ ids, label, story }: { ids: readonly string[]; label(id: string): string; story: string | null }) {
  return (
    <span className="reading-sources">
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && ', '}
          <a href={formatRoute({ view: 'read', docId: id }, story)}>{label(id)}</a>
        </span>
      ))}
    </span>
  );
}

/** A reading as its sources write it, the words the base lacks underlined (the base stands above). */
function VariantText({ base, text, diff }: { base: string; text: string; diff: WordDiffOptions }) {
  const segments = useMemo(() => wordDiff(base, text, diff), [base, text, diff]);
  return (
    <q className="reading-text">
      {segments.map((segment, index) =>
        segment.op === 'equal' ? (
          <span key={index}>{segment.rightText}</span>
        ) : segment.op === 'insert' ? (
          <ins key={index} className="diff-inserted">
            {segment.text}
          </ins>
        ) : null,
      )}
    </q>
  );
}
