// Page furniture: text that came with the page but states nothing (section labels, "Recent Features", credit lines,
// bylines, repeated titles, share buttons). Such lines are never claims, whatever numbers they hold.
import type { SentenceSpan } from "./types";

const FURNITURE_START =
  /^(?:(?:credit|credits|photo|photograph|image|picture|source|caption|illustration|file photo|getty|reuters\/|ap photo|by|written by|reporting by|editing by|additional reporting|related|recent features|recent|read more|read also|also read|see also|share|share this|subscribe|sign up|follow us|advertisement|sponsored|copyright|all rights reserved|tags?|filed under|topics?|more from|listen|watch|updated|published|posted|last updated|newsletter)\b|\u00a9)/i;

// Calls to action anywhere in the text: "For more information on X, visit: …", "Learn more at …", "Read the full
// report", "Click here". They point at another page and assert nothing, whatever figures they hold.
const CALL_TO_ACTION =
  /^(?:(?:for|to\s+(?:get|obtain|request))\s+(?:more|further|additional|full)\s+(?:information|info|details)\b|to\s+(?:learn|find\s+out|read|see)\s+more\b|(?:learn|find\s+out|read|see)\s+more\b|read\s+(?:the|our)\s+(?:full|complete|entire|latest)\b|click\s+(?:here|on|the|this)\b|(?:please\s+)?visit\s+(?:our|the|us|www\.|https?:)|please\s+(?:visit|see|contact|click|call|email|e-mail|refer)\b|(?:more|further|additional)\s+information\s+(?:about|on|is|can|may|regarding)\b|(?:sign\s+up|subscribe)\s+(?:for|to|here)\b|download\s+(?:the|our)\b)/i;

/** A sentence that only sends the reader elsewhere. */
export function isCallToAction(sentence: string): boolean {
  return CALL_TO_ACTION.test(sentence);
}

function startsLine(text: string, s: SentenceSpan): boolean {
  let i = s.start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i--;
  return i < 0 || text[i] === "\n" || text[i] === "\r";
}

/** True when the sentence is alone on its line (a heading, a caption, a credit). */
function isWholeLine(text: string, s: SentenceSpan): boolean {
  let i = s.start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i--;
  let j = s.end;
  while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\u00a0")) j++;
  return (i < 0 || text[i] === "\n" || text[i] === "\r") && (j >= text.length || text[j] === "\n" || text[j] === "\r");
}

const ENDED = /[.!?]["”’]?$/;

/** Indexes of sentences that are page furniture. Only lines standing alone are examined, so this stays cheap. */
export function furnitureOf(text: string, sentences: SentenceSpan[]): Set<number> {
  const out = new Set<number>();
  const whole: number[] = [];
  const keys: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // A caption label mid-line is web copy run together; at a line's start "Label: text" is a list item's title.
    if (isCallToAction(s.text) || isStamp(s.text) || (!startsLine(text, s) && isCaption(s.text))) {
      out.add(i);
      continue;
    }
    if (!isWholeLine(text, s)) {
      // The first sentence of a line may still be furniture: "Copyright © 2023 Example Media. All rights reserved."
      if (startsLine(text, s) && FURNITURE_START.test(s.text) && s.text.split(/\s+/).length <= 8) out.add(i);
      else if (/^(?:credit|photo|image|source|caption)\s*:/i.test(s.text)) out.add(i);
      continue;
    }
    whole.push(i);
    // Repeated titles have no full stop; only such lines are counted. The key is kept for the second pass.
    let key = "";
    if (s.text.length < 200 && !ENDED.test(s.text)) {
      key = s.text.replace(/\s+/g, " ").toLowerCase();
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    keys.push(key);
  }
  for (let w = 0; w < whole.length; w++) {
    const i = whole[w];
    const t = sentences[i].text;
    const ended = ENDED.test(t);
    // The first line of an article without a full stop is its headline; the body restates what it says.
    if (i === 0 && !ended && sentences.length > 1 && t.split(/\s+/).length <= 20) out.add(i);
    // "By Maria Lopez", "Updated March 3, 2024" — but not a one-sentence paragraph such as "By 2030, output will...".
    else if (FURNITURE_START.test(t) && (!ended || t.split(/\s+/).length <= 8)) out.add(i);
    else if (/\s[|\u2022\u00b7]\s/.test(t) && !ended && !bulletedFigures(t)) out.add(i);
    else if (!ended && t.length < 200 && (seen.get(keys[w]) ?? 0) > 1) out.add(i);
    else if (isHeading(t)) out.add(i);
  }
  return out;
}

/**
 * "Features | Security | South Asia" is navigation; "Served 3,000 families • Trained 250 teachers" is a list of
 * claims run together on one line: some item has a figure and several words.
 */
function bulletedFigures(t: string): boolean {
  return t.split(/\s[|\u2022\u00b7]\s/).some((item) => /\d/.test(item) && item.trim().split(/\s+/).length >= 3);
}

/** A heading: one short line without a full stop, most of its words capitalized or too few words for a sentence. */
export function isHeading(t: string): boolean {
  if (t.length > 160 || /[.!?:;]["”’)]?$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  if (words.length > 16) return false;
  const small = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|is|vs\.?|amid|after|over|into)$/i;
  const content = words.filter((w) => !small.test(w));
  const caps = content.filter((w) => /^[\p{Lu}\d"“‘'$€£]/u.test(w)).length;
  if (caps >= content.length * 0.7) return true;
  // A short line in lower case with a figure is an unpunctuated list item ("Delivered 184,000 test kits"), not a heading.
  return words.length <= 4 && !(/\d/.test(t) && caps < content.length * 0.5);
}

// Web copy run into one line (the CNN/Daily Mail dataset): "PUBLISHED: . 12:00 EST, 27 December 2012 .", "Last
// updated at 1:25 AM on 3rd August 2011 .", and captions led by a capitalized label ("Scam: Patricia Glancy conned
// …", "Feat: David Cameron took part …") that restate the body.
const STAMP =
  /^(?:(?:published|updated|last\s+updated)\b.{0,60}$|\d{1,2}[:.]\d{2}\s*(?:[AP]M\s*)?(?:[A-Z]{2,4}\s*)?,?\s*(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\s*\.?$)/i;
const CAPTION_LABEL = /^(?:[A-Z][\p{L}'’-]*\s?){1,3}[:!]\s+["'‘“]?[A-Z]/u;

function isStamp(sentence: string): boolean {
  // cheap first: a stamp opens with a digit or with "published"/"updated"/"last"
  const c = sentence.charCodeAt(0) | 32;
  return (c === 112 || c === 117 || c === 108 || (c >= 48 && c <= 57)) && STAMP.test(sentence);
}

function isCaption(sentence: string): boolean {
  const colon = sentence.indexOf(":");
  const bang = sentence.indexOf("!");
  if ((colon < 0 || colon > 40) && (bang < 0 || bang > 40)) return false;
  // A caption with a figure of its own ("Reward: … his 372,000 followers") may say what the body does not.
  // "Said Mr Bysshe: …" is an attribution, not a label
  return CAPTION_LABEL.test(sentence) && !/^(?:Mr|Mrs|Ms|Dr|Sir|Said|Says|Added|Asked)\b/.test(sentence) && !/\d/.test(sentence);
}
