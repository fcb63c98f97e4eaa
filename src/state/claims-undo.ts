// Undo and redo per tab: one Y.UndoManager per story doc in this tab, tracking only this tab's
// own edits (LOCAL_ORIGIN) of claims and of which documents the story holds (removing sources,
// moving them to another story). Undo is Yjs' inverse operation, so it never removes what another
// tab did meanwhile. Each step carries the label of the edit ("Undo set status"), and may carry
// what to do elsewhere when it is undone or redone (a move puts the copy in the other story away).
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from './story-docs';
import { storyMaps } from './story-layout';

export interface UndoLabels {
  past: Array<{ label: string }>;
  future: Array<{ label: string }>;
}

const DEFAULT_LABEL = 'edit claim';
const managers = new WeakMap<Y.Doc, Y.UndoManager>();

/** What a step does outside its own doc when it is undone or redone. */
export interface StepEffects {
  onUndo?: () => void;
  onRedo?: () => void;
}

type StepMeta = { label: string } & StepEffects;

const DEFAULT_META: StepMeta = { label: DEFAULT_LABEL };
let pending: StepMeta = DEFAULT_META;

/** Runs an edit whose undo step is named `label` (and does `effects` when undone or redone). */
export function labelled<T>(label: string, run: () => T, effects: StepEffects = {}): T {
  pending = { label, ...effects };
  try {
    return run();
  } finally {
    pending = DEFAULT_META;
  }
}

type StackMeta = Map<string, unknown>;
type StackEvent = { stackItem: { meta: StackMeta }; type: 'undo' | 'redo' };

function writeMeta(meta: StackMeta, step: StepMeta): void {
  for (const [key, value] of Object.entries(step)) meta.set(key, value);
}

function readMeta(meta: StackMeta | undefined): StepMeta {
  const label = String(meta?.get('label') ?? DEFAULT_LABEL);
  const onUndo = meta?.get('onUndo');
  const onRedo = meta?.get('onRedo');
  return { label, ...(typeof onUndo === 'function' ? { onUndo: onUndo as () => void } : {}), ...(typeof onRedo === 'function' ? { onRedo: onRedo as () => void } : {}) };
}

const listeners = new Set<(doc: Y.Doc) => void>();

function changed(doc: Y.Doc): void {
  for (const listener of listeners) listener(doc);
}

/** The tab's undo manager for this story doc; `onChange` hears every change of any doc's stacks. */
export function undoManagerFor(doc: Y.Doc, onChange?: (doc: Y.Doc) => void): Y.UndoManager {
  if (onChange) listeners.add(onChange);
  const existing = managers.get(doc);
  if (existing) return existing;
  const maps = storyMaps(doc);
  const manager = new Y.UndoManager([maps.claims, maps.documents], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
  manager.on('stack-item-popped', (event: StackEvent) => {
    const effects = readMeta(event.stackItem.meta);
    if (event.type === 'undo') effects.onUndo?.();
    else effects.onRedo?.();
    changed(doc);
  });
  manager.on('stack-item-added', (event: StackEvent) => {
    if (!event.stackItem.meta.has('label')) writeMeta(event.stackItem.meta, manager.undoing || manager.redoing ? stepping : pending);
    changed(doc);
  });
  manager.on('stack-cleared', () => changed(doc));
  managers.set(doc, manager);
  return manager;
}

/** The label and effects of the step being undone or redone, handed to the step it turns into. */
let stepping: StepMeta = DEFAULT_META;

function step(stack: Array<{ meta: StackMeta }>, run: () => unknown): void {
  stepping = readMeta(stack.at(-1)?.meta);
  run();
}

export function undo(manager: Y.UndoManager): void {
  step(manager.undoStack, () => manager.undo());
}

export function redo(manager: Y.UndoManager): void {
  step(manager.redoStack, () => manager.redo());
}

export function undoLabels(manager: Y.UndoManager): UndoLabels {
  const labels = (stack: Array<{ meta: StackMeta }>) => stack.map((item) => ({ label: readMeta(item.meta).label }));
  return { past: labels(manager.undoStack), future: labels(manager.redoStack) };
}
