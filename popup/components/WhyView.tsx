import type { Annotation, Evidence, EvidenceField } from '../../src/core/types';
import { FIELD_LABELS, SOURCE_LABELS } from '../labels';

/** Each field's evidence: where the value was found, by which rule, and the text it was read from. */
export function WhyView({ annotation }: { annotation: Annotation }) {
  // On an article the reader asks about its facts first; on other pages, about the detector's verdict.
  const facts = (Object.keys(FIELD_LABELS) as EvidenceField[]).filter((f) => f !== 'isArticle');
  const fields: EvidenceField[] = annotation.isArticle ? [...facts, 'isArticle'] : ['isArticle', ...facts];
  return (
    <section class="why" aria-labelledby="why-title">
      <h1 id="why-title">Why Backstory says this</h1>
      {fields.map((field) => (
        <FieldEvidence key={field} label={FIELD_LABELS[field]} items={annotation.evidence[field] ?? []} />
      ))}
    </section>
  );
}

function FieldEvidence({ label, items }: { label: string; items: Evidence[] }) {
  return (
    <section class="why-field">
      <h2>{label}</h2>
      {items.length === 0 ? (
        <p class="missing">No evidence found.</p>
      ) : (
        <ul>
          {items.map((e, i) => (
            <li key={i}>
              <span class="source">{SOURCE_LABELS[e.source] ?? e.source}</span>
              {e.detail && <span class="detail">{e.detail}</span>}
              {e.raw && <q class="raw">{e.raw}</q>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
