/** English function words and newsroom filler that make poor search terms. */
const STOP_WORDS = new Set(
  ('a an and are as at be been but by for from had has have he her his in into is it its of on or over says said say ' +
    'she that the their them they this to under up was were will with after before about against amid new news ' +
    'more most than then there these those who what when where why how not no yes over out all can could would should ' +
    'may might must just also very live update updates latest video watch photos breaking report reports').split(' '),
);

/**
 * The headline's most telling words for a search: longest first, no function words, none already
 * inside the party names used in the same query, in headline order.
 */
export function headlineKeywords(headline: string, exclude: readonly string[], max = 3): string[] {
  const excluded = new Set(exclude.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
  const words = headline.split(/[^\p{L}\p{N}'’-]+/u).map((w) => w.replace(/^['’-]+|['’-]+$/g, '').replace(/['’]s$/i, '')).filter(Boolean);
  const candidates = words.filter((w) => w.length >= 4 && !STOP_WORDS.has(w.toLowerCase()) && !excluded.has(w.toLowerCase()) && !/^\d+$/.test(w));
  const unique = [...new Map(candidates.map((w) => [w.toLowerCase(), w])).values()];
  const chosen = new Set([...unique].sort((a, b) => b.length - a.length).slice(0, max).map((w) => w.toLowerCase()));
  return unique.filter((w) => chosen.has(w.toLowerCase()));
}
