import { useCallback, useEffect, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { axisDays, FIT_WINDOW, panWindow, ZOOM_STEP, zoomWindow, type TimelineWindow } from '../../core/timeline';

export interface TimelineWindowControls {
  window: TimelineWindow;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  earlier(): void;
  later(): void;
  /** Keys on the timeline: + and − zoom, 0 fits; ← and → pan when the timeline itself has the focus. */
  onKeyDown(event: ReactKeyboardEvent<HTMLElement>): void;
}

/**
 * The part of the fitted axis on screen. A new axis (other dates, other sources) starts fitted.
 * The wheel (with Ctrl or ⌘) on `element` zooms around the pointer, measured on its descendant
 * matching `trackSelector`; the listener is native and not passive, or Ctrl+wheel would zoom the
 * whole page.
 */
export function useTimelineWindow(axis: { from: string; to: string } | null, element: HTMLElement | null, trackSelector: string): TimelineWindowControls {
  const axisKey = axis === null ? '' : `${axis.from}|${axis.to}`;
  const [state, setState] = useState<{ axisKey: string; window: TimelineWindow }>({ axisKey, window: FIT_WINDOW });
  const window = state.axisKey === axisKey ? state.window : FIT_WINDOW;
  const days = axis === null ? 1 : axisDays(axis);
  const update = useCallback((change: (current: TimelineWindow) => TimelineWindow) => {
    setState((previous) => ({ axisKey, window: change(previous.axisKey === axisKey ? previous.window : FIT_WINDOW) }));
  }, [axisKey]);

  const controls = {
    window,
    zoomIn: () => update((current) => zoomWindow(current, ZOOM_STEP, days)),
    zoomOut: () => update((current) => zoomWindow(current, 1 / ZOOM_STEP, days)),
    fit: () => update(() => FIT_WINDOW),
    earlier: () => update((current) => panWindow(current, -1, days)),
    later: () => update((current) => panWindow(current, 1, days)),
  };

  useEffect(() => {
    if (element === null) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = element.querySelector(trackSelector)?.getBoundingClientRect();
      const anchor = box === undefined || box.width === 0 ? 0.5 : Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
      update((current) => zoomWindow(current, event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, days, anchor));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [element, update, days, trackSelector]);

  return {
    ...controls,
    onKeyDown(event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const own = event.target === event.currentTarget;
      const action =
        event.key === '+' || event.key === '=' ? controls.zoomIn
        : event.key === '-' || event.key === '−' ? controls.zoomOut
        : event.key === '0' ? controls.fit
        : own && event.key === 'ArrowLeft' ? controls.earlier
        : own && event.key === 'ArrowRight' ? controls.later
        : null;
      if (action === null) return;
      event.preventDefault();
      action();
    },
  };
}
