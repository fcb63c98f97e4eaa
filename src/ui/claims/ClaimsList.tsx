import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Claim } from '../../core/model/claims';
import type { SourceDocument } from '../../core/model/document';
import { useUiStore } from '../../state/ui-store';
import { lazyWhenIdle } from '../app/lazy-when-idle';
import { usePanelVirtualizer } from '../app/use-panel-virtualizer';
import { ClaimListItem } from './ClaimListItem';

// An open card's editor is not on the first screen (no claim is open at start).
const ClaimDetail = lazyWhenIdle(async () => (await import('./ClaimDetail')).ClaimDetail);

/** A closed card of two or three lines; cards measure themselves, this only seeds the scroll height. */
const ESTIMATED_CARD_HEIGHT = 80;
/** An open card with its editor. */
const ESTIMATED_OPEN_CARD_HEIGHT = 560;
const OVERSCAN_CARDS = 6;
/** The cards keep the gap they had in a flex column. */
const CARD_GAP = 6;
/** PageUp / PageDown move the focus by this many claims. */
const PAGE_CARDS = 10;

interface Props {
  /** The claims shown, in list order. */
  claims: readonly Claim[];
  documents: ReadonlyMap<string, SourceDocument>;
  sourceNames: ReadonlyMap<string, string>;
}

/** Where the arrow keys, Home, End, PageUp and PageDown take the focus from the claim at `index`. */
function targetIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(count - 1, index + PAGE_CARDS);
    case 'PageUp':
      return Math.max(0, index - PAGE_CARDS);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The claims' ids in list order, as one array that stays the same while no claim comes, goes or
 * moves: the virtualizer lays out all rows again whenever its item keys change, which an edit of
 * one claim's status or note must not cost.
 */
function useListKeys(claims: readonly Claim[]): readonly string[] {
  const [keys, setKeys] = useState<readonly string[]>(() => claims.map((claim) => claim.id));
  const same = keys.length === claims.length && claims.every((claim, index) => claim.id === keys[index]);
  if (!same) setKeys(claims.map((claim) => claim.id));
  return keys;
}

/**
 * The claims, newest first. Virtualised: however many claims, only the cards on screen are in the
 * page (each says its place in the list to screen readers). The open card, the card holding the
 * focus and a card about to take it stay rendered wherever the panel is scrolled, so an edit in
 * progress is never unmounted and the focus never falls to the page.
 */
export function ClaimsList({ claims, documents, sourceNames }: Props) {
  const selectedClaimId = useUiStore((s) => s.selectedClaimId);
  const activeClaimId = useUiStore((s) => s.activeClaimId);
  const selectClaim = useUiStore((s) => s.selectClaim);
  const toReveal = useUiStore((s) => s.claimToReveal);
  const list = useRef<HTMLUListElement>(null);
  /** The card holding the keyboard focus. */
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const indexOf = (id: string | null) => (id === null ? -1 : claims.findIndex((claim) => claim.id === id));
  const selectedIndex = indexOf(selectedClaimId);
  const focusedIndex = indexOf(focusedId);
  /** A card to focus as soon as it is rendered: asked for by the keys below or from elsewhere (revealClaim). */
  const nextIndex = indexOf(toReveal?.claimId ?? null);
  const pinned = useMemo(() => [selectedIndex, focusedIndex, nextIndex], [selectedIndex, focusedIndex, nextIndex]);
  const keys = useListKeys(claims);
  const getItemKey = useCallback((index: number) => keys[index] ?? index, [keys]);
  const virtualizer = usePanelVirtualizer(list, {
    count: claims.length,
    estimateSize: (index) => (claims[index]?.id === selectedClaimId ? ESTIMATED_OPEN_CARD_HEIGHT : ESTIMATED_CARD_HEIGHT),
    getItemKey,
    overscan: OVERSCAN_CARDS,
    gap: CARD_GAP,
    pinned,
  });

  // The card asked for is rendered (it is pinned) by the time this runs after the render; a panel
  // just shown finds its scrolling parent one render later. A claim the filters hide leaves the
  // focus on the Claims tab.
  const scroller = virtualizer.scrollElement;
  useEffect(() => {
    if (toReveal === null || scroller === null) return;
    const row = [...(list.current?.children ?? [])].find((element) => element instanceof HTMLElement && element.dataset.claimId === toReveal.claimId);
    if (!row && nextIndex >= 0) return;
    useUiStore.getState().claimRevealed();
    if (!row) {
      document.getElementById('side-tab-claims')?.focus();
      return;
    }
    row.querySelector<HTMLElement>('.claim-summary')?.focus({ preventScroll: true });
    // Scrolled only when the card's top or bottom is out of view; a card taller than the view shows
    // its top. Taller as rendered: a card just opened still has the estimate's height in the
    // virtualizer, and aligning that shorter end with the panel's bottom hid the focused header.
    const item = virtualizer.measurementsCache[nextIndex];
    const top = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    if (item && item.start >= top && item.end <= top + height) return;
    const size = row instanceof HTMLElement ? row.offsetHeight : (item?.size ?? 0);
    virtualizer.scrollToIndex(nextIndex, { align: size > height ? 'start' : 'auto' });
  }, [toReveal, scroller, nextIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const summary = (event.target as HTMLElement).closest('.claim-summary');
    const id = summary?.closest<HTMLElement>('[data-claim-id]')?.dataset.claimId;
    if (id === undefined) return;
    const target = targetIndex(event.key, indexOf(id), claims.length);
    if (target === null) return;
    event.preventDefault();
    useUiStore.getState().revealClaim(claims[target]!.id);
  };
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-claim-id]')?.dataset.claimId;
    if (id !== undefined) setFocusedId(id);
  };

  return (
    <ul ref={list} className="claims-list" aria-label="Claims" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown} onFocus={onFocus}>
      {virtualizer.getVirtualItems().map((item) => {
        const claim = claims[item.index]!;
        const expanded = claim.id === selectedClaimId;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-claim-id={claim.id}
            aria-setsize={claims.length}
            aria-posinset={item.index + 1}
            className={`claim-card${expanded ? ' is-selected' : ''}${claim.id === activeClaimId ? ' is-active' : ''}`}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <ClaimListItem claim={claim} documents={documents} sourceNames={sourceNames} expanded={expanded} onToggle={() => selectClaim(expanded ? null : claim.id)} />
            {expanded ? (
              <Suspense fallback={null}>
                <ClaimDetail claim={claim} documents={documents} sourceNames={sourceNames} />
              </Suspense>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
