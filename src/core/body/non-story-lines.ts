/**
 * Paragraphs inside an article body that are not the story: staff credits, standards notes, embed
 * codes, caption toggles and teasers. Their names (reporters, editors, photographers) are not
 * parties of the story. Each pattern is data with the kind of line it is for; test/unit/body checks
 * one example of each.
 */
export const NON_STORY_LINES: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research|graphics|produced|production|contributing|fact-checking)(?:\s+\w+){0,2}\s+by\b/i, what: 'staff credits ("Reporting by …; Editing by …")' },
  { pattern: /^\(?\s*(?:[\p{Lu}][\p{L}.'’-]+\s+){1,3}(?:contributed|reported)(?:\s+(?:reporting|to this (?:report|story)))\b/iu, what: 'contributor notes ("Jane Doe contributed reporting.")' },
  { pattern: /^our standards:|trust principles\.?$/i, what: "an agency's standards footnote" },
  { pattern: /^(?:embed|advertisement|sponsored|share this|share on|read more|see also|related:|more:|also read|recommended)\b/i, what: 'embeds, ads and teasers' },
  { pattern: /<\s*(?:iframe|script|div|img)\b/i, what: 'markup shown as text (embed codes)' },
  { pattern: /\b(?:hide|toggle) caption\b/i, what: 'caption toggles' },
  { pattern: /^(?:[\p{Lu}][\p{L}.'’-]+\s+){1,3}[\p{Lu}][\p{L}.'’-]+\s*\/\s*(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Shutterstock|Alamy)\b/u, what: 'photo credits ("Chuck Burton/AP")' },
  { pattern: /^[Bb]y\s+(?:[\p{Lu}][\p{L}.'’-]+\s*){1,4}(?:$|[|·•])/u, what: 'a byline repeated in the body' },
  { pattern: /^\d+\s+min(?:ute)?s?\s+read$/i, what: 'reading-time labels' },
];

/** Whether a body paragraph is one of the lines above rather than part of the story. */
export function isNonStoryLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 400) return false;
  return NON_STORY_LINES.some(({ pattern }) => pattern.test(t));
}
