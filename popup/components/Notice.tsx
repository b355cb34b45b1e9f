import type { ComponentChildren } from 'preact';

/** A titled message in place of the summary (no data, an error, a non-article). */
export function Notice({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="notice" aria-labelledby="notice-title">
      <h1 id="notice-title">{title}</h1>
      {children}
    </section>
  );
}
