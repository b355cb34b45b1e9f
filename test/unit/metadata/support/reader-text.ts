/**
 * The text the page index keeps for a node: its `textContent` without the text of script, style,
 * noscript and template elements (SVG's lower-case `script`/`style` included). Written as a plain
 * recursion, independently of the index's walk, to check it.
 */
export function readerText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType === 1 && /^(script|style|noscript|template)$/i.test((node as Element).tagName)) return '';
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) out += readerText(c);
  return out;
}
