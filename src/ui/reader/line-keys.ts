import { extendFocus, moveCaret, wordsOf } from './word-steps';
import type { LineSelection } from './line-selection';

/** What a key does on a focused reader line; keys not listed are left to the page (c, a, 1–3…). */
export type LineKeyAction =
  | { kind: 'go-to-line'; delta: 1 | -1 }
  | { kind: 'select'; change: (text: string, current: LineSelection | null, locale: string) => LineSelection };

const wholeLine = (text: string): LineSelection => ({ anchor: 0, focus: text.length });
const caretAt = (offset: number): LineSelection => ({ anchor: offset, focus: offset });

export function lineKeyAction(key: string, { shiftKey }: { shiftKey: boolean }): LineKeyAction | null {
  switch (key) {
    case 'ArrowDown':
      return { kind: 'go-to-line', delta: 1 };
    case 'ArrowUp':
      return { kind: 'go-to-line', delta: -1 };
    case 'Enter':
    case ' ':
      return { kind: 'select', change: wholeLine };
    case 'Home':
    case 'End':
      return {
        kind: 'select',
        change: (text, current) => {
          const edge = key === 'Home' ? 0 : text.length;
          // Shift keeps where the selection started and stretches it to the line's edge.
          return shiftKey && current ? { anchor: current.anchor, focus: edge } : caretAt(edge);
        },
      };
    case 'ArrowRight':
    case 'ArrowLeft': {
      const direction = key === 'ArrowRight' ? 'forward' : 'backward';
      return {
        kind: 'select',
        change: (text, current, locale) => {
          const words = wordsOf(text, locale);
          // Without a selection in this line yet, keys start from the line's beginning.
          const { anchor, focus } = current ?? caretAt(0);
          if (shiftKey) return { anchor, focus: extendFocus(words, text.length, anchor, focus, direction) };
          return caretAt(moveCaret(words, text.length, focus, direction));
        },
      };
    }
    default:
      return null;
  }
}
