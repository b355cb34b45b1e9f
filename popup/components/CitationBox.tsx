import { useState } from 'preact/hooks';
import type { Annotation } from '../../src/core/types';
import { CITATION_STYLES, formatCitation, type CitationStyle } from '../../src/ui/citation';

/** "Copy citation": pick a style, see the citation, copy it. */
export function CitationBox({ annotation }: { annotation: Annotation }) {
  const [open, setOpen] = useState(false);
  const [style, setStyle] = useState<CitationStyle>('apa');
  const [status, setStatus] = useState<string | null>(null);
  const text = formatCitation(annotation, style);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Could not copy; select the text and copy it.');
    }
  };
  return (
    <section class="citation" aria-labelledby="citation-title">
      <button type="button" class="link-button" id="citation-title" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide citation' : 'Copy citation'}
      </button>
      {open && (
        <div class="citation-body">
          <div class="citation-styles" role="radiogroup" aria-label="Citation style">
            {CITATION_STYLES.map((s) => (
              <button key={s.style} type="button" role="radio" aria-checked={style === s.style} onClick={() => { setStyle(s.style); setStatus(null); }}>
                {s.label}
              </button>
            ))}
          </div>
          <textarea readOnly rows={style === 'bibtex' ? 8 : 4} aria-label={`Citation (${style.toUpperCase()})`} value={text} />
          <div class="citation-actions">
            <button type="button" class="primary" onClick={copy}>
              Copy
            </button>
            <span role="status">{status}</span>
          </div>
        </div>
      )}
    </section>
  );
}
