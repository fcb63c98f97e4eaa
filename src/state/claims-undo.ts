// Undo and redo per tab: one Y.UndoManager per story doc in this tab, tracking only this tab's
// own edits (LOCAL_ORIGIN). Undo is Yjs' inverse operation, so it never removes what another tab
// did meanwhile. Each step carries the label of the edit ("Undo set status").
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from './story-docs';
import { storyMaps } from './story-layout';

export interface UndoLabels {
  past: Array<{ label: string }>;
  future: Array<{ label: string }>;
}

const DEFAULT_LABEL = 'edit claim';
const managers = new WeakMap<Y.Doc, Y.UndoManager>();
let pendingLabel = DEFAULT_LABEL;

/** Runs an edit whose undo step is named `label`. */
export function labelled<T>(label: string, run: () => T): T {
  pendingLabel = label;
  try {
    return run();
  } finally {
    pendingLabel = DEFAULT_LABEL;
  }
}

type StackEvent = { stackItem: { meta: Map<string, unknown> } };

/** The tab's undo manager for this story doc; `onChange` hears every change of its stacks. */
export function undoManagerFor(doc: Y.Doc, onChange: (doc: Y.Doc) => void = () => undefined): Y.UndoManager {
  const existing = managers.get(doc);
  if (existing) return existing;
  const manager = new Y.UndoManager([storyMaps(doc).claims], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
  manager.on('stack-item-popped', () => onChange(doc));
  manager.on('stack-item-added', (event: StackEvent) => {
    if (!event.stackItem.meta.has('label')) event.stackItem.meta.set('label', manager.undoing || manager.redoing ? stepping : pendingLabel);
    onChange(doc);
  });
  manager.on('stack-cleared', () => onChange(doc));
  managers.set(doc, manager);
  return manager;
}

/** The label of the step being undone or redone, handed to the step it turns into. */
let stepping = DEFAULT_LABEL;

function step(stack: Array<{ meta: Map<string, unknown> }>, run: () => unknown): void {
  stepping = String(stack.at(-1)?.meta.get('label') ?? DEFAULT_LABEL);
  run();
}

export function undo(manager: Y.UndoManager): void {
  step(manager.undoStack, () => manager.undo());
}

export function redo(manager: Y.UndoManager): void {
  step(manager.redoStack, () => manager.redo());
}

export function undoLabels(manager: Y.UndoManager): UndoLabels {
  const labels = (stack: Array<{ meta: Map<string, unknown> }>) => stack.map((item) => ({ label: String(item.meta.get('label') ?? DEFAULT_LABEL) }));
  return { past: labels(manager.undoStack), future: labels(manager.redoStack) };
}
