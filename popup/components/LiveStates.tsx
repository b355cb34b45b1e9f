import type { LiveOutcome } from '../../src/live/live-types';

/** The words for a live lookup that did not bring results. */
export function LiveProblem({ outcome, what }: { outcome: LiveOutcome<unknown>; what: string }) {
  switch (outcome.state) {
    case 'nothing-found':
      return <p class="missing">Nothing found in {what}.</p>;
    case 'rate-limited':
      return <p class="missing">{what} asks to wait a moment{outcome.retryAfterSeconds ? ` (${outcome.retryAfterSeconds} s)` : ''}; try again shortly.</p>;
    case 'offline':
      return <p class="missing">Could not reach {what}: {outcome.detail}.</p>;
    case 'error':
      return <p class="missing">{outcome.detail}</p>;
    default:
      return null;
  }
}
