// Where the status line goes so that it never covers the field the user is typing in: its corner
// (bottom right, over the claims panel), else the same corner on the left, else the top right;
// hidden (still read out) when it would cover the field everywhere, as on a small screen.

export type AnnouncerPlacement = 'corner' | 'left' | 'top' | 'hidden';
export type ShownPlacement = Exclude<AnnouncerPlacement, 'hidden'>;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** The placements in the order they are tried. */
export const SHOWN_PLACEMENTS: readonly ShownPlacement[] = ['corner', 'left', 'top'];

/** The box mirrored from the corner to `placement`; each placement keeps the corner's margins. */
function mirrored(box: Box, placement: AnnouncerPlacement, viewport: Viewport): Box {
  if (placement === 'left') return { ...box, left: viewport.width - box.right, right: viewport.width - box.left };
  if (placement === 'top') return { ...box, top: viewport.height - box.bottom, bottom: viewport.height - box.top };
  return box;
}

/**
 * The box the status line takes in each placement. `shown` is its box where it is now
 * (`shownAt`); mirroring is its own inverse, so the corner's box is found from any one.
 */
export function placementBoxes(shown: Box, shownAt: AnnouncerPlacement, viewport: Viewport): Record<ShownPlacement, Box> {
  const corner = mirrored(shown, shownAt, viewport);
  return { corner, left: mirrored(corner, 'left', viewport), top: mirrored(corner, 'top', viewport) };
}

/** The first placement whose box the field does not cover; 'hidden' when it covers them all. */
export function firstClear(covered: ReadonlySet<ShownPlacement>): AnnouncerPlacement {
  return SHOWN_PLACEMENTS.find((placement) => !covered.has(placement)) ?? 'hidden';
}

/**
 * An IntersectionObserver rootMargin that shrinks the viewport to `box`: the observer then tells,
 * without a layout read on our side, whenever a field starts or stops overlapping the box.
 */
export function marginTo(box: Box, viewport: Viewport): string {
  return [box.top, viewport.width - box.right, viewport.height - box.bottom, box.left].map((inset) => `${-Math.round(inset)}px`).join(' ');
}
