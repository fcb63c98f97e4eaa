/**
 * The ticked ids after ticking or unticking `id`. With `range` (Shift held) every row between the
 * anchor (the row ticked last) and `id`, in list order, takes the clicked row's new state — as in
 * a mail client. Without an anchor in the list, a range is just the one row.
 */
export function rangeToggle(ticked: readonly string[], order: readonly string[], anchor: string | null, id: string, range: boolean): string[] {
  const tick = !ticked.includes(id);
  const from = anchor === null ? -1 : order.indexOf(anchor);
  const to = order.indexOf(id);
  const rows = range && from !== -1 && to !== -1 ? order.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
  const rowSet = new Set(rows);
  const kept = ticked.filter((item) => !rowSet.has(item));
  return tick ? [...kept, ...rows] : kept;
}
