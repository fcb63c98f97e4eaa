// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../core/model/document';
import { testDocument } from '../../core/model/test-records';
import { useClaimsStore } from '../../state/claims-store';
import { useDocumentsStore } from '../../state/documents-store';
import { startFreshStory } from '../../state/story-test-support';
import { useUiStore } from '../../state/ui-store';
import { HighlightedText } from '../text/HighlightedText';
import { useClaimNotice } from './claim-notice';
import { useClaimShortcuts } from './use-claim-shortcuts';
import { useSelectionTracker } from './use-selection-tracker';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'Beijing has faced criticism for not condemning the invasion of Ukraine in February 2021.';
const DOC: SourceDocument = testDocument('002', {
  title: 'China’s FM hails strategic cooperation',
  outlet: 'Al Jazeera',
  published: '2023-09-18',
  text: TEXT,
  contentHash: '0'.repeat(64),
  updatedAt: '2024-01-01T00:00:00.000Z',
});

function Harness() {
  useSelectionTracker();
  useClaimShortcuts();
  return (
    <>
      <p>
        <HighlightedText docId={DOC.id} text={TEXT} start={0} end={TEXT.length} />
      </p>
      <input aria-label="Some field" />
    </>
  );
}

let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  await startFreshStory();
  useDocumentsStore.getState().addDocuments([DOC]);
  useUiStore.setState({ selectedClaimId: null, activeClaimId: null, lastSelection: null });
  useClaimNotice.setState({ notice: null });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<Harness />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  window.getSelection()?.removeAllRanges();
});

function select(phrase: string): void {
  const node = container.querySelector('[data-doc-id]')!.firstChild as Text;
  const start = TEXT.indexOf(phrase);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + phrase.length);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}

function press(key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

const claims = () => [...useClaimsStore.getState().claims.values()];

describe('claim shortcuts', () => {
  it('c makes a claim of the selected words, anchored at their offsets, and opens it', () => {
    select('invasion of Ukraine in February 2021');
    press('c');
    expect(claims()).toHaveLength(1);
    const [claim] = claims();
    expect(claim!.statement).toBe('invasion of Ukraine in February 2021');
    expect(claim!.evidence[0]!.position).toEqual({ type: 'TextPositionSelector', start: 51, end: 87 });
    expect(useUiStore.getState().selectedClaimId).toBe(claim!.id);
  });

  it('1, 2 and 3 set the open claim’s status, and Ctrl+Z / Ctrl+Y undo and redo it', () => {
    select('February 2021');
    press('c');
    press('3');
    expect(claims()[0]!.status).toBe('discrepant');
    press('z', document.body, { ctrlKey: true });
    expect(claims()[0]!.status).toBe('unverified');
    press('y', document.body, { ctrlKey: true });
    expect(claims()[0]!.status).toBe('discrepant');
  });

  it('leaves keys typed into a field alone', () => {
    select('February 2021');
    const field = container.querySelector('input')!;
    press('c', field);
    expect(claims()).toHaveLength(0);
  });

  it('does not take Ctrl+C (copy) for a new claim', () => {
    select('February 2021');
    press('c', document.body, { ctrlKey: true });
    expect(claims()).toHaveLength(0);
  });

  it('explains, and creates nothing, when nothing is selected', () => {
    press('c');
    expect(claims()).toHaveLength(0);
    expect(useClaimNotice.getState().notice).toEqual({ text: expect.stringMatching(/Select some text in a source first/), tone: 'error' });
  });

  it('a adds the selection to the open claim as evidence', () => {
    select('criticism');
    press('c');
    select('February 2021');
    press('a');
    expect(claims()[0]!.evidence.map((e) => [e.quote.exact, e.stance])).toEqual([
      ['criticism', 'supports'],
      ['February 2021', 'mentions'],
    ]);
  });

  it('a and 1–3 still act on the last claim opened after it is collapsed, and after a reload', () => {
    select('criticism');
    press('c');
    const id = claims()[0]!.id;
    act(() => useUiStore.getState().selectClaim(null));
    select('February 2021');
    press('a');
    press('3');
    expect(claims()[0]!.evidence).toHaveLength(2);
    expect(claims()[0]!.status).toBe('discrepant');
    expect(JSON.parse(localStorage.getItem('crosscheck-ui')!).state).toEqual({ activeClaimId: id });
  });

  it('says so when there is no claim to act on, and changes nothing', () => {
    select('criticism');
    press('2');
    press('a');
    expect(claims()).toHaveLength(0);
    expect(useClaimNotice.getState().notice?.tone).toBe('error');
  });
});
