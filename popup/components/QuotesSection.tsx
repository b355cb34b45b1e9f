import { useState } from 'preact/hooks';
import type { Quote } from '../../src/core/types';

const SHOWN = 3;
const MAX_CHARS = 220;

/** Who is quoted saying what; long quotes are shortened, the rest behind a "more" toggle. */
export function QuotesSection({ quotes }: { quotes: Quote[] }) {
  const [all, setAll] = useState(false);
  if (quotes.length === 0) return null;
  const shown = all ? quotes : quotes.slice(0, SHOWN);
  return (
    <section class="quotes" aria-labelledby="quotes-title">
      <h2 id="quotes-title">Who said what</h2>
      <ul class="quote-list">
        {shown.map((q, i) => (
          <li key={i} class="quote">
            <span class="speaker" dir="auto">{q.speaker ?? <span class="missing">Speaker not named</span>}</span>
            <q dir="auto">{q.text.length > MAX_CHARS ? `${q.text.slice(0, MAX_CHARS - 1).trimEnd()}…` : q.text}</q>
          </li>
        ))}
      </ul>
      {quotes.length > SHOWN && (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `${quotes.length - SHOWN} more quotes`}
        </button>
      )}
    </section>
  );
}
