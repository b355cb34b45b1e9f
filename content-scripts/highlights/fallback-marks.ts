import type { Party, PartyType } from '../../src/core/types';
import type { MentionRange } from './mention-ranges';

/** Boxes drawn over mentions where `CSS.highlights` is missing. */
export interface FallbackMarks {
  remove(): void;
}

const COLOURS: Readonly<Record<PartyType, string>> = {
  person: 'rgba(37, 99, 235, 0.22)',
  organization: 'rgba(147, 51, 234, 0.22)',
  place: 'rgba(22, 163, 74, 0.22)',
};

export const FALLBACK_TAG = 'backstory-marks';

/**
 * Draws a translucent box over each mention's client rectangles, in a shadow root of our own with
 * `pointer-events: none`, redrawn when the layout changes. The page's DOM and text are untouched.
 */
export function drawFallbackMarks(ranges: readonly MentionRange[], parties: readonly Party[]): FallbackMarks {
  const host = document.createElement(FALLBACK_TAG);
  host.style.cssText = 'all: initial; position: absolute; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; z-index: 2147483646;';
  const root = host.attachShadow({ mode: 'open' });
  const draw = () => {
    const boxes: HTMLElement[] = [];
    for (const { party, range } of ranges) {
      const colour = COLOURS[parties[party]?.type ?? 'person'];
      for (const rect of range.getClientRects()) {
        const box = document.createElement('div');
        const style: Record<string, string> = {
          position: 'absolute',
          'pointer-events': 'none',
          left: `${rect.left + scrollX}px`,
          top: `${rect.top + scrollY}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
          background: colour,
          'border-radius': '2px',
        };
        for (const [k, v] of Object.entries(style)) box.style.setProperty(k, v);
        boxes.push(box);
      }
    }
    root.replaceChildren(...boxes);
  };
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(draw);
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
  observer?.observe(document.documentElement);
  window.addEventListener('resize', schedule);
  document.documentElement.append(host);
  draw();
  return {
    remove: () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.removeEventListener('resize', schedule);
      host.remove();
    },
  };
}
