import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisDays, FIT_WINDOW, MIN_WINDOW_DAYS, onScreen, panWindow, windowDates, zoomWindow } from './timeline-window';

const AXIS = { from: '2023-01-01', to: '2023-12-31' };
const DAYS = axisDays(AXIS);

describe('timeline window', () => {
  it('starts fitted to the whole axis and zooms in around the centre', () => {
    expect(windowDates(AXIS, FIT_WINDOW)).toEqual(AXIS);
    const zoomed = zoomWindow(FIT_WINDOW, 2, DAYS);
    expect(zoomed).toEqual({ start: 0.25, width: 0.5 });
    expect(windowDates(AXIS, zoomed)).toEqual({ from: '2023-04-02', to: '2023-10-01' });
  });

  it('keeps the point under the pointer where it was', () => {
    const zoomed = zoomWindow(FIT_WINDOW, 4, DAYS, 0.2);
    expect(onScreen(0.2, zoomed)).toBeCloseTo(0.2);
  });

  it('never zooms closer than a week, out past the fitted axis, or pans beyond either end', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(2), fc.constant(0.5), fc.integer({ min: -3, max: 3 })), { maxLength: 30 }), (steps) => {
        let view = FIT_WINDOW;
        for (const step of steps) view = Number.isInteger(step) ? panWindow(view, step, DAYS) : zoomWindow(view, step, DAYS);
        expect(view.width).toBeLessThanOrEqual(1);
        expect(view.width * DAYS).toBeGreaterThanOrEqual(MIN_WINDOW_DAYS - 1e-9);
        expect(view.start).toBeGreaterThanOrEqual(0);
        expect(view.start + view.width).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });

  it('moves by a quarter of what is on screen per pan step', () => {
    const zoomed = zoomWindow(FIT_WINDOW, 2, DAYS);
    expect(panWindow(zoomed, 1, DAYS).start).toBeCloseTo(0.375);
    expect(panWindow(zoomed, -1, DAYS).start).toBeCloseTo(0.125);
  });
});
