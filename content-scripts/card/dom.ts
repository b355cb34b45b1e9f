/** A child for {@link el}: a node, text (always inserted as text, never parsed as HTML), or nothing. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Strings become text nodes, so page-derived
 * values (headlines, names) can never turn into markup; `undefined` attributes are skipped.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * Page-derived text (a name, a headline, a quote) inside our English UI: a `<bdi>` takes its direction
 * from its own content, so an Arabic or Hebrew name reads right to left without reordering the label
 * and punctuation around it ("By سارة الحسيني, Jo Doe").
 */
export function pageText(text: string): HTMLElement {
  return el('bdi', {}, text);
}
