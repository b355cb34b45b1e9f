import { cleanText } from '../page/text';
import { agencyByExactCode, agencyByName } from '../sources/registry';
import { CJK_DESK_PREFIX_ENDINGS, CJK_ROLE_SUFFIXES } from './author-roles.data';

/**
 * Words that make a byline fragment a job title, a desk or a placeholder rather than a person.
 * Matched against whole fragments (after splitting "Jane Doe, Senior Reporter").
 */
const NOT_A_NAME =
  /^(?:see full bio|full bio|click here|view all|all posts|lesedauer|bureau|desk|view profile|view all posts|read more|more|follow|contact|bio|profile|about the author|author|authors|(?:the\s+)?(?:staff|staff writer|staff reporter|editorial staff|editors?|editorial|editorial board|editorial team|newsroom|news desk|web desk|digital desk|desk|team|admin|administrator|guest|guest author|contributor|contributors|correspondent|reporter|columnist|writer|freelance|anonymous|unknown|redaktion|rédaction|redacción|redazione|redactie|redakcja|editör|haber merkezi|agencies|agences|wire services?|wires?|news service|online|web|published|updated|posted)|(?:senior|chief|deputy|associate|assistant|contributing|special|foreign|political|business|tech|technology|science|health|sports?|sport|culture|arts|music|film|economics|economy|legal|security|defen[cs]e|diplomatic|white house|washington|london|paris|news|managing|executive|digital|data|investigative|staff|national|international|global|regional|local|social media|video|photo)(?:\s+\w+){0,3}\s+(?:editor|reporter|correspondent|writer|columnist|producer|journalist|analyst|contributor|director|critic|officer|manager|chief|photographer|intern|fellow))$/i;

const LEAD_IN = /^(?:by|written by|words by|reporting by|story by|posted by|published by|von|par|por|di|door|av|af|autor(?:es|in|ka|a)?|auteur|author|text|tekst|yazan|muhabir|penulis|oleh|от|автор(?:ы)?|текст|بقلم|كتب|كتبت)\s*[:\-–]?\s+/iu;

/** A short phrase ending in a job noun ("Marketing Manager", "Vice President") is a title, not a name. */
const JOB_TITLE = /^(?:\S+\s+){0,3}(?:manager|president|director|officer|editor|reporter|correspondent|columnist|producer|founder|ceo|cto|cfo|coo|strategist|consultant|analyst|engineer|designer|developer|scientist|professor|lecturer|researcher|evangelist|advocate)$/i;

/** Japanese and Chinese byline lead-ins: "文● 名前", "著者：名前", "記者 名前", "作者： 名前". */
const CJK_LEAD_IN = /^(?:(?:取材・文|文・写真|文)\s*[●◎○■・:：/／|]|(?:著者|筆者|執筆者?|記者|记者|作者|撰文|テキスト)\s*[●・:：/／]?)\s*(?=\S)/u;

/** Desks and outlets written in CJK scripts ("ASCII編集部", "新華社"): never a person. */
const CJK_DESK = /(?:編集部|編輯部|编辑部|編集局|编辑|編集|報道部|取材班|新聞社|新闻社|通信社|电视台|テレビ|ニュース|新聞|日報|日报)$/u;

const roleWords = (words: readonly string[]) => new RegExp(`(?<=\\S)\\s+(?:${[...words].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** A role word after a name ("Eric Freeman　著", "홍길동 기자"): see author-roles.data.ts. */
const CJK_TEXT_ROLE = roleWords(CJK_ROLE_SUFFIXES.text);
const CJK_PICTURE_ROLE = roleWords(CJK_ROLE_SUFFIXES.pictures);
/** A role word standing alone ("记者", "기자") is nobody's name. */
const CJK_ROLE_ONLY: ReadonlySet<string> = new Set([...CJK_ROLE_SUFFIXES.text, ...CJK_ROLE_SUFFIXES.pictures, ...CJK_ROLE_SUFFIXES.glued]);
const CJK_GLUED_ROLE = new RegExp(`(?<=[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}]{2})\\s*(?:${CJK_ROLE_SUFFIXES.glued.join('|')})$`, 'u');
const CJK_DESK_PREFIX = new RegExp(`^[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}]{0,10}(?:${CJK_DESK_PREFIX_ENDINGS.join('|')})\\s+(?=\\S)`, 'u');

/**
 * An editor's credit and the name after it: "Editor: B", "Penyunting: B", "Redaktor: B", "Edição: B",
 * "责任编辑：B", "編集：B". The label needs its colon: "Editor Jane Doe" may be a job title before a name.
 */
const EDITOR_CREDIT = /(?:^|[|,;]\s*|\s)(?:editor|editors|editor in charge|penyunting|redaktur|redaktor|redaktorka|edición|edição|责任编辑|責任編輯|编辑|編輯|編集|편집)\s*[:：]\s*[^|;]*/giu;

const TRAILING_AGENCY = /(?<!\s)\s+((?:The\s+)?Associated Press|Reuters|Agence France-Presse|Bloomberg(?: News)?|Anadolu Agency|Xinhua|AP|AFP|dpa|PTI|IANS|ANI|UPI)$/;

const SPLIT = /(?<!\s)(?:\s*[，、／]\s*|\s+[-–—]\s+|\s*(?:,|;|\||\/|·|•|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bve\b|\bи\b|\boch\b|\bog\b|\ben\b|\bwith\b|\bmit\b|\bavec\b|\bcon\b|\bcom\b|\bmet\b|\bin\b|\bon\b|\bfor\b|\bat\b)\s+|\s*(?:,|;|\||·|•|&)\s*)/iu;

/**
 * Splits a raw author value (meta content, byline text, JSON-LD name) into clean person names:
 * drops "By", e-mails, URLs, handles, dates, job titles, desks and placeholders; splits
 * "A and B" / "A, B & C"; title-cases ALL-CAPS names. Agency names are returned separately so the
 * caller can credit them as agencies (and keep one as the author only when it is the whole byline).
 */
export function splitAuthorNames(raw: string, strict = false): { people: string[]; agencies: string[] } {
  const people: string[] = [];
  const agencies: string[] = [];
  let text = cleanText(raw).slice(0, 300);
  if (!text || /^https?:\/\//i.test(text) || /^www\./i.test(text)) return { people, agencies };
  text = text.replace(/^(?:by|von|par|por)(?=\p{Lu})/iu, (m) => m + ' ');
  text = text.replace(/(?<!\S)[^\s@]+@[^\s@]+\.\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/@\w{2,}.*$/g, ' ');
  text = text.replace(/(?<!\s)\s*\([^)]*(?:\)|$)/g, ' ');
  text = text.replace(/^(?:more|all|other|latest)\s+(?:stories|articles|posts|news|from|by)\s+(?:by|from)?\s*/i, '');
  text = text.replace(/^about the author\s*:?\s*/i, '');
  text = text.replace(LEAD_IN, '').replace(CJK_LEAD_IN, '');
  text = text.replace(/(?<=\S)\s*\b(?:updated|published|posted|modified|last updated)\b.*$/i, '');
  text = text.replace(/\b(?:follow|email|e-mail|twitter|facebook|instagram|linkedin)\b.*$/i, '');
  text = text.replace(/\s\d+\s*(?:min(?:ute)?s?|minuten|minutos)\b[^|]*/gi, ' ');
  // Credits for other work in the same line are not authors of the text.
  text = text.replace(/(?:^|[|,;]\s*|\s)(?:illustrations?|photos?|photographs?|photography|images?|video|graphics?|edited|editing|additional reporting|fotos?|bilder?|ilustraci[oó]n|source|sources|fuente|quelle|fonte)(?:\s+by|:)\s+[^|;]*/gi, ' ');
  // Editors are credited beside the writer ("Penulis: A | Editor: B", "责任编辑：王小明"): not authors.
  text = text.replace(EDITOR_CREDIT, ' ');
  for (let part of text.split(SPLIT)) {
    part = cleanText(part.replace(LEAD_IN, '').replace(CJK_LEAD_IN, '').replace(/^[\s:–—-]+|[\s:–—-]+$/g, ''));
    if (!part || CJK_PICTURE_ROLE.test(part)) continue;
    part = part.replace(CJK_TEXT_ROLE, '').replace(CJK_GLUED_ROLE, '').replace(CJK_DESK_PREFIX, '');
    if (agencyByName(part) || agencyByExactCode(part)) {
      agencies.push(part);
      continue;
    }
    // "MARIA LOPEZ Associated Press": an agency credit glued after the name.
    const tail = TRAILING_AGENCY.exec(part);
    if (tail && tail.index > 0 && (agencyByName(tail[1]) || agencyByExactCode(tail[1]))) {
      agencies.push(tail[1]);
      part = part.slice(0, tail.index).trim();
    }
    const name = asPersonName(part);
    if (name && (!strict || looksLikePersonName(name)) && !people.includes(name)) people.push(name);
  }
  return { people, agencies };
}

/**
 * A fragment that looks like a person's (or a named byline organisation's) name, normalised; null for
 * job titles, dates and other fragments. Kept permissive about scripts: CJK and Cyrillic names have no case.
 */
export function asPersonName(fragment: string): string | null {
  let s = cleanText(fragment).replace(/^[\[(“"']+|(?<![\])”"'.,:])[\])”"'.,:]+$/g, '').trim();
  if (s.length < 2 || s.length > 60) return null;
  if (/\p{Nd}/u.test(s)) return null;
  if (NOT_A_NAME.test(s) || CJK_DESK.test(s) || JOB_TITLE.test(s) || CJK_ROLE_ONLY.has(s)) return null;
  if (/[<>{}=\\]/.test(s)) return null;
  const words = s.split(/\s+/);
  if (words.length > 6) return null;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  // Latin-script names are longer than "Fr"; a lone lower-case word is a tag or a section ("technology").
  if (/^[\p{Script=Latin}]+$/u.test(letters) && letters.length < 4) return null;
  if (/^\p{Ll}/u.test(s) && /^[\p{Ll}\s.'-]+$/u.test(s) && words.length > 1 && !/^(?:de|van|von|da|di|du|le|la|al|el|bin|ibn)\b/.test(s)) {
    // all-lower-case multi-word phrases are sentences, not names
    return null;
  }
  if (letters === letters.toUpperCase() && /\p{Lu}/u.test(letters) && letters.length > 3) s = titleCase(s);
  return s;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Words that make a capitalised phrase an outlet, a desk or a job rather than a person. */
const ORG_OR_JOB_WORD = /(?:^|\s)(?:news|times|post|press|daily|journal|tribune|herald|gazette|magazine|media|network|online|staff|desk|bureau|team|editor|editors|reporter|correspondent|writer|fellow|columnist|producer|contributor|intern|director|chief|analyst|manager|president|officer|founder|ceo|share|copied|link|comments?|subscribe|newsletter|energy|politics|business|opinion|sports|world|technology)(?:$|\s)/i;

/**
 * Stricter test for names read from visible byline text, where the element often also holds
 * buttons, titles and section labels: 2–5 words, each capitalised (particles like "de", "van" aside),
 * no outlet or job words; or 2–4 characters of a script without case (CJK names).
 */
export function looksLikePersonName(name: string): boolean {
  if (/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}・·\s]{2,8}$/u.test(name)) return true;
  if (ORG_OR_JOB_WORD.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // Scripts without letter case (Arabic, Hebrew, Devanagari…) cannot show a capital: any word of them counts.
  return words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || /^(?:de|da|di|del|della|der|den|van|von|du|le|la|al|el|bin|ibn|y|e|dos|das|zu|ter|ten)$/.test(w) || /^(?:al|el)-\p{Lu}/u.test(w));
}
