// Every key the app answers to, by view: the one list the `?` overlay shows. A feature that adds a
// key adds its line here, in the section of the view where the key works ('everywhere' for keys
// that work in every view), next to the handler's own code.
import type { Route } from './route';

export type KeyView = Route['view'];

export interface KeyLine {
  /** Keys as shown, each one a key or chord ("Shift+→", "Alt+1–4"). */
  keys: readonly string[];
  does: string;
}

export interface KeySection {
  title: string;
  /** Where the keys work: in every view, or only in the views listed. */
  views: 'everywhere' | readonly KeyView[];
  lines: readonly KeyLine[];
}

export const KEY_SECTIONS: readonly KeySection[] = [
  {
    title: 'Claims (wherever the focus is, except while typing in a field)',
    views: 'everywhere',
    lines: [
      { keys: ['c'], does: 'New claim from the selected text' },
      { keys: ['a'], does: 'Add the selected text to the active claim (named in the toolbar by the selection)' },
      { keys: ['1', '2', '3'], does: 'Set the active claim’s status: Unverified, Consistent, Discrepant' },
      { keys: ['g'], does: 'Go to the active claim: open it in the Claims panel and focus it' },
      { keys: ['Ctrl+Z'], does: 'Undo the last claim edit or removal of sources' },
      { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], does: 'Redo' },
    ],
  },
  {
    title: 'Claims list (focus on a claim in the Claims panel)',
    views: 'everywhere',
    lines: [
      { keys: ['↑', '↓'], does: 'Previous / next claim' },
      { keys: ['PageUp', 'PageDown'], does: 'Ten claims up / down' },
      { keys: ['Home', 'End'], does: 'First (newest) / last (oldest) claim' },
      { keys: ['Enter'], does: 'Open or close the claim' },
    ],
  },
  {
    title: 'Sources list (focus on a source’s tick or title)',
    views: 'everywhere',
    lines: [
      { keys: ['Space'], does: 'Tick or untick the source (ticked sources can be compared, removed, moved or copied)' },
      { keys: ['Shift+click'], does: 'Tick or untick every source from the last one ticked' },
      { keys: ['Delete'], does: 'Remove the ticked sources, or the focused one when none is ticked; Ctrl+Z brings them back' },
    ],
  },
  {
    title: 'Anywhere',
    views: 'everywhere',
    lines: [
      { keys: ['?'], does: 'Show this list of keys' },
      { keys: ['Esc'], does: 'Close a dialog, this list or a message' },
      { keys: ['Tab', 'Shift+Tab'], does: 'Move between controls; the text of a document is one stop' },
    ],
  },
  {
    title: 'Reading: selecting text by keyboard (focus on the text)',
    views: ['read'],
    lines: [
      { keys: ['↑', '↓'], does: 'Previous / next line' },
      { keys: ['Enter', 'Space'], does: 'Select the whole line' },
      { keys: ['Home', 'End'], does: 'Caret to the line’s start / end' },
      { keys: ['←', '→'], does: 'Caret to the previous / next word (“$5,687.75” and “12%” are one word)' },
      { keys: ['Shift+←', 'Shift+→', 'Ctrl+Shift+←', 'Ctrl+Shift+→'], does: 'Extend or shrink the selection by a word' },
      { keys: ['Shift+Home', 'Shift+End'], does: 'Extend the selection to the line’s start / end' },
      { keys: ['/'], does: 'Find words in the document; Enter selects the match, Enter again the next one' },
    ],
  },
  {
    title: 'Comparing',
    views: ['compare'],
    lines: [
      { keys: ['j', 'k'], does: 'Next / previous row' },
      { keys: ['n', 'N'], does: 'Next / previous row with a difference; while a search is active, next / previous match' },
      { keys: ['/'], does: 'Search all rows of the comparison (rendered or not)' },
      { keys: ['Enter', 'Shift+Enter'], does: 'In the search box: next / previous match' },
      { keys: ['Esc'], does: 'In the search box: clear the search and go back to the rows' },
      { keys: ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4'], does: 'Focus that source’s column in the current row' },
    ],
  },
];

/** The sections whose keys work in `view`, view-specific first. */
export function keySectionsFor(view: KeyView): KeySection[] {
  const here = KEY_SECTIONS.filter((section) => section.views !== 'everywhere' && section.views.includes(view));
  return [...here, ...KEY_SECTIONS.filter((section) => section.views === 'everywhere')];
}
