// Where the status line goes so that it never covers the field the user is typing in: its corner
// (bottom right, over the claims panel), else the same corner on the left, else the top right;
// hidden (still read out) when it would cover the field everywhere, as on a small screen.

export type AnnouncerPlacement = 'corner' | 'left' | 'top' | 'hidden';

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

const ORDER: readonly AnnouncerPlacement[] = ['corner', 'left', 'top'];

/** The box mirrored from the corner to `placement`; each placement keeps the corner's margins. */
function mirrored(box: Box, placement: AnnouncerPlacement, viewport: Viewport): Box {
  if (placement === 'left') return { ...box, left: viewport.width - box.right, right: viewport.width - box.left };
  if (placement === 'top') return { ...box, top: viewport.height - box.bottom, bottom: viewport.height - box.top };
  return box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The first placement whose box leaves `field` uncovered. `shown` is the status line's box where
 * it is now (`shownAt`); mirroring is its own inverse, so the corner's box is found from any one.
 */
export function placeAnnouncer(shown: Box, shownAt: AnnouncerPlacement, field: Box | null, viewport: Viewport): AnnouncerPlacement {
  if (field === null) return 'corner';
  const corner = mirrored(shown, shownAt, viewport);
  return ORDER.find((placement) => !overlaps(mirrored(corner, placement, viewport), field)) ?? 'hidden';
}
