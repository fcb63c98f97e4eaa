import { memo, useEffect, useMemo, useRef } from 'react';
import type { Apparatus, ApparatusEntry, Reading } from '../../core/apparatus';
import { wordDiff, type WordDiffOptions, type WordDiffSegment } from '../../core/diff';
import { formatRoute } from '../app/route';
import { usePanelVirtualizer } from '../app/use-panel-virtualizer';
import { useStoryParam } from '../../state/current-story';
import type { SearchMatch } from './compare-search';

interface Props {
  apparatus: Apparatus;
  /** How readings are diffed against the base (the compare options). */
  diff: WordDiffOptions;
  /** A source's short label. */
  label(id: string): string;
  /** Search matches to mark (`row` is the entry's index) and the current one. */
  matches: readonly SearchMatch[];
  current: number;
  /** An entry to bring into view (the current search match); a new nonce moves again. */
  jump: { row: number; nonce: number } | null;
}

/** A search match inside one entry, marked where its document's text is shown. */
interface Mark {
  docId: string;
  start: number;
  end: number;
  current: boolean;
}

type DiffOf = (base: string, text: string) => WordDiffSegment[];

/** Word diffs computed when an entry is first shown and kept: an entry scrolled away and back is not diffed again. */
function cachedWordDiffs(options: WordDiffOptions): DiffOf {
  const diffs = new Map<string, WordDiffSegment[]>();
  return (base, text) => {
    const key = `${base}\u0000${text}`;
    let segments = diffs.get(key);
    if (!segments) diffs.set(key, (segments = wordDiff(base, text, options)));
    return segments;
  };
}

const NO_MARKS: readonly Mark[] = [];
/** A passage with a few readings; entries measure themselves, this only seeds the scroll height. */
const ESTIMATED_ENTRY_HEIGHT = 160;
const OVERSCAN_ENTRIES = 4;
/** The gap the entries had in a flex column. */
const ENTRY_GAP = 10;

const sourcesWord = (count: number): string => `${count} ${count === 1 ? 'source' : 'sources'}`;

/**
 * The apparatus: each base passage, then its readings ("12 sources: …; 3 sources: …; missing in 2").
 * Virtualised, with measured heights: thirty sources of long articles would otherwise put every
 * reading of every passage in the page.
 */
export function ApparatusList({ apparatus, diff, label, matches, current, jump }: Props) {
  const story = useStoryParam();
  const list = useRef<HTMLOListElement>(null);
  const { entries } = apparatus;
  const virtualizer = usePanelVirtualizer(list, {
    count: entries.length,
    estimateSize: () => ESTIMATED_ENTRY_HEIGHT,
    getItemKey: (index) => entries[index]!.base.start,
    overscan: OVERSCAN_ENTRIES,
    gap: ENTRY_GAP,
  });
  const marks = useMemo(() => {
    const byEntry = new Map<number, Mark[]>();
    matches.forEach((match, index) => {
      const own = byEntry.get(match.row) ?? [];
      own.push({ docId: match.docId, start: match.start, end: match.end, current: index === current });
      byEntry.set(match.row, own);
    });
    return byEntry;
  }, [matches, current]);

  const diffOf = useMemo(() => cachedWordDiffs(diff), [diff]);

  const jumpNonce = jump?.nonce;
  useEffect(() => {
    if (jump) virtualizer.scrollToIndex(jump.row, { align: 'center' });
    // Only a new request moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jumpNonce]);

  return (
    <ol ref={list} className="apparatus" aria-label={`Passages of ${label(apparatus.base)} with every source's reading`} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <EntryView
          key={item.key}
          entry={entries[item.index]!}
          number={item.index + 1}
          count={entries.length}
          diffOf={diffOf}
          label={label}
          story={story}
          marks={marks.get(item.index) ?? NO_MARKS}
          measureRef={virtualizer.measureElement}
          offset={item.start - virtualizer.options.scrollMargin}
        />
      ))}
    </ol>
  );
}

interface EntryProps {
  entry: ApparatusEntry;
  number: number;
  /** Entries in the whole apparatus, for assistive technology (only some are in the page). */
  count: number;
  diffOf: DiffOf;
  label(id: string): string;
  story: string | null;
  marks: readonly Mark[];
  measureRef(element: HTMLElement | null): void;
  offset: number;
}

const EntryView = memo(function EntryView({ entry, number, count, diffOf, label, story, marks, measureRef, offset }: EntryProps) {
  const variants = entry.readings.filter((reading) => !reading.agreesWithBase).length;
  return (
    <li
      ref={measureRef}
      data-index={number - 1}
      style={{ transform: `translateY(${offset}px)` }}
      aria-setsize={count}
      aria-posinset={number}
      className={`apparatus-entry${variants > 0 || entry.missing.length > 0 ? ' has-variants' : ''}`}
      aria-labelledby={`apparatus-${number}`}
    >
      <p className="apparatus-base" id={`apparatus-${number}`}>
        <span className="apparatus-number">{number}</span>
        <span className="apparatus-base-text" data-doc-id={entry.base.doc}>
          <MarkedText text={entry.base.text} docId={entry.base.doc} start={entry.base.start} marks={marks} />
        </span>
      </p>
      <ul className="apparatus-readings">
        {entry.readings.map((reading) => (
          <ReadingView key={reading.spans[0]!.doc} base={entry.base.text} reading={reading} diffOf={diffOf} label={label} story={story} marks={marks} />
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

function ReadingView({ base, reading, diffOf, label, story, marks }: { base: string; reading: Reading } & Pick<EntryProps, 'diffOf' | 'label' | 'story' | 'marks'>) {
  return (
    <li className={`reading${reading.agreesWithBase ? ' reading-as-base' : ''}`}>
      <span className="reading-count">{sourcesWord(reading.sources.length)}:</span>{' '}
      {reading.agreesWithBase ? <span className="reading-same">as the base</span> : <VariantText base={base} reading={reading} diffOf={diffOf} marks={marks} />}{' '}
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
function VariantText({ base, reading, diffOf, marks }: { base: string; reading: Reading; diffOf: DiffOf; marks: readonly Mark[] }) {
  const segments = diffOf(base, reading.text);
  const { doc, start } = reading.spans[0]!;
  return (
    <q className="reading-text">
      {segments.map((segment, index) =>
        segment.op === 'equal' ? (
          <span key={index}>
            <MarkedText text={segment.rightText} docId={doc} start={start + segment.rightStart} marks={marks} />
          </span>
        ) : segment.op === 'insert' ? (
          <ins key={index} className="diff-inserted">
            <MarkedText text={segment.text} docId={doc} start={start + segment.rightStart} marks={marks} />
          </ins>
        ) : null,
      )}
    </q>
  );
}

/** `text` (which stands at `start` in document `docId`) with the search matches in it marked. */
function MarkedText({ text, docId, start, marks }: { text: string; docId: string; start: number; marks: readonly Mark[] }) {
  const end = start + text.length;
  const inside = marks.filter((mark) => mark.docId === docId && mark.end > start && mark.start < end);
  if (inside.length === 0) return text;
  const parts: React.ReactNode[] = [];
  let at = start;
  for (const mark of inside) {
    const from = Math.max(at, mark.start);
    const to = Math.min(end, mark.end);
    if (from > at) parts.push(text.slice(at - start, from - start));
    parts.push(
      <mark key={from} className={mark.current ? 'hl-search hl-search-current' : 'hl-search'}>
        {text.slice(from - start, to - start)}
      </mark>,
    );
    at = to;
  }
  if (at < end) parts.push(text.slice(at - start));
  return parts;
}
