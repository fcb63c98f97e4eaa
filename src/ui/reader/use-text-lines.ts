import { useEffect, useMemo, useState } from 'react';
import { nextTask } from '../../state/next-task';
import { splitMore, startSplitting, type TextLine } from './text-lines';

/** Characters split before the reader first renders: more than a screen of any text. */
const FIRST_CHARS = 50_000;
/** Characters split per task after that: a few milliseconds each (all of a 10 MB text in one took 45–110 ms). */
const SLICE_CHARS = 500_000;

export interface TextLines {
  lines: readonly TextLine[];
  /** False while the end of the text is still being split (a long text, a few tasks after it opened). */
  complete: boolean;
}

/**
 * The reader's lines of `text`: those of its beginning at once, the rest a slice per task, so that
 * opening a 10 MB document renders its first lines without splitting all 34,000 in the same task.
 */
export function useTextLines(text: string): TextLines {
  const first = useMemo(() => {
    const split = startSplitting();
    splitMore(text, split, FIRST_CHARS);
    return split;
  }, [text]);
  const [whole, setWhole] = useState<{ text: string; lines: readonly TextLine[] } | null>(null);

  useEffect(() => {
    if (first.done) return;
    let stopped = false;
    // A copy goes on: the first lines stay as rendered until all are split.
    const rest = { ...first, lines: [...first.lines] };
    void (async () => {
      while (!rest.done) {
        await nextTask();
        if (stopped) return;
        splitMore(text, rest, SLICE_CHARS);
      }
      setWhole({ text, lines: rest.lines });
    })();
    return () => {
      stopped = true;
    };
  }, [first, text]);

  if (first.done) return { lines: first.lines, complete: true };
  if (whole?.text === text) return { lines: whole.lines, complete: true };
  return { lines: first.lines, complete: false };
}
