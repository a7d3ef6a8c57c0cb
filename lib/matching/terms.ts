// The words that say what a claim is about: names (people, places, organisations, acronyms) and key words,
// normalized so that two phrasings of one subject give the same terms ("sanctioned"/"sanctions" → "sanction",
// "Pakistani"/"Pakistan's" → "pakistan", "U.S."/"United States" → "us"). Figures, dates, hedges and function words
// are left out: the values are compared separately, and the subject must not depend on how a figure was written.
import { QUALIFIERS, SCALES, SMALL_NUMBERS } from "@/lib/claims/lexicon";
import { MONTH_WORDS } from "@/lib/claims/dates";

const STOP = new Set(
  (
    "a an the and or but nor of in on at to for from by with without within into onto over under about above below " +
    "between among through during before after since until than then as so if that which who whom whose what when " +
    "where why how this these those there here it its it's is are was were be been being am has have had having do " +
    "does did done will would shall should can could may might must not no yes also only just even still yet more " +
    "most less least much many few some any all each every both either neither other another such same own very too " +
    "again further once now today tonight yesterday tomorrow currently recently previously later earlier ago per via " +
    "he she they we i you him her them us our ours their theirs his hers my mine your yours me one ones " +
    "said says say saying told tell according reported report reports announced announces announcing " +
    "year years month months week weeks day days time times date dates period first last next new total " +
    "percent per cent percentage dollars dollar usd cents number numbers figure figures amount amounts level levels " +
    "a.m p.m et including include includes included part set made make makes while because although though however " +
    "across along toward towards upon prior monthly yearly annual like around roughly approximately nearly almost exactly precisely estimated estimate up down"
  ).split(" "),
);

// Words that carry little of the subject on their own: kept, but worth a fraction of a key word.
const WEAK = new Set(
  (
    "rise rose risen fall fell fallen drop dropped grow grew increase decrease decline declined gain gained " +
    "add added lose lost reach reached stand stood remain remained change changed continue continued provide " +
    "provided providing give given get got take took taken show showed shown see saw seen come came become became " +
    "help helped support supported plan plans planned intend intends expect expected effort efforts work working " +
    "government official officials people country countries state states national international united"
  ).split(" "),
);

// One name for places and bodies that news copy names several ways.
const ALIASES: Record<string, string> = {
  "u.s": "us", "u.s.": "us", usa: "us", "u.s.a": "us", america: "us", american: "us", americans: "us",
  "united states": "us", "u.k": "uk", "united kingdom": "uk", britain: "uk", british: "uk",
  pakistani: "pakistan", afghan: "afghanistan", afghans: "afghanistan", indian: "india", chinese: "china",
  philippine: "philippines", filipino: "philippines", argentine: "argentina", argentinian: "argentina",
  french: "france", qatari: "qatar", ugandan: "uganda", congolese: "congo", mexican: "mexico", russian: "russia",
  ukrainian: "ukraine", iranian: "iran", israeli: "israel", japanese: "japan", korean: "korea", german: "germany",
  soviet: "ussr",
};

const VALUE_WORDS = new Set<string>([
  ...Object.keys(SMALL_NUMBERS),
  ...Object.keys(SCALES),
  ...Object.keys(QUALIFIERS).flatMap((q) => q.split(" ")),
  ...MONTH_WORDS.map((m) => m.toLowerCase()),
  "hundred", "dozen", "half", "third", "thirds", "quarter", "quarters", "twice", "decade", "decades", "century",
  "centuries", "hour", "hours", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** A few suffixes off, so "sanctioned", "sanctions" and "sanction" meet; not linguistics, only consistency. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  for (const suffix of ["ations", "ation", "ions", "ion", "ings", "ing", "edly", "ed", "ment", "ly", "al"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "approve" and "approv(ed)" meet once a final e goes.
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

export interface Terms {
  /** names, stemmed like words: capitalized words not opening a sentence, acronyms, "F-16" */
  names: string[];
  /** capitalized words opening a sentence: a name ("Memphis murders …") or a word ("Homicides are …") */
  openers: string[];
  /** stemmed key words, names excluded */
  words: string[];
  /** words that count for little ("rose", "provide") */
  weak: string[];
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu;

function cleanToken(raw: string): string {
  return raw.replace(/['’]s$/u, "").replace(/[.'’-]+$/u, "");
}

/** Acronyms of capitalized runs, so "Democratic Republic of the Congo" also gives "drc" and meets "DRC". */
function acronymsOf(text: string): string[] {
  const found: string[] = [];
  const run = /(?:\p{Lu}[\p{L}-]+(?:\s+(?:of|the|and|for)\s+|\s+)){2,6}\p{Lu}[\p{L}-]+/gu;
  for (const m of text.matchAll(run)) {
    const capitals = m[0].split(/\s+/).filter((w) => !/^(?:of|the|and|for)$/.test(w));
    // "In September", "The United States": a run that opens with a function word or holds a month is no name.
    const real = capitals.filter((w) => !STOP.has(w.toLowerCase()) && !VALUE_WORDS.has(w.toLowerCase()));
    if (real.length === capitals.length && real.length >= 3 && real.length <= 6) found.push(real.map((w) => w[0]).join("").toLowerCase());
  }
  return found;
}

/**
 * The terms of a text. `mask` spans (the values' own words) are blanked first, so that "$450 million" or
 * "September 2022" never count as subject.
 */
export function termsOf(text: string, mask: string[] = []): Terms {
  let t = ` ${text} `;
  for (const m of mask) if (m) t = t.split(m).join(" ".padEnd(m.length));
  // Multi-word aliases first, while the words are still together.
  t = t.replace(/\bUnited States\b/g, "U.S.").replace(/\bUnited Kingdom\b/g, "U.K.");
  const names = new Set<string>();
  const openers = new Set<string>();
  const words = new Set<string>();
  const weak = new Set<string>();
  let sentenceStart = true;
  for (const m of t.matchAll(TOKEN)) {
    const raw = cleanToken(m[0]);
    const before = t.slice(Math.max(0, m.index! - 3), m.index!);
    const opens = sentenceStart || /[.!?:;“"(]\s*$/.test(before) || /^\s*[-–—•]\s*$/.test(before);
    sentenceStart = /[.!?]$/.test(m[0]) && !/^(?:U\.S|U\.K|D\.C|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Gen|Dr|Mr|Mrs|Ms|St|No)\.$/.test(m[0]);
    if (!raw || /^\d[\d.,]*$/.test(raw)) continue;
    const lower = raw.toLowerCase();
    const alias = ALIASES[lower];
    if (alias) {
      names.add(alias);
      continue;
    }
    if (STOP.has(lower) || VALUE_WORDS.has(lower)) continue;
    const acronym = /^\p{Lu}{2,}$/u.test(raw.replace(/[.&-]/g, ""));
    const coded = /\p{L}/u.test(raw) && /\d/.test(raw); // F-16, G7, CIS-MOA2
    const capitalized = /^\p{Lu}/u.test(raw);
    // Names are stemmed too: a name opening a sentence is read as a word, and the two must still meet.
    const s = stem(lower.replace(/[.’']/g, ""));
    if (STOP.has(s)) continue;
    if (acronym || coded || (capitalized && !opens)) names.add(s);
    else if (capitalized && lower.length >= 3) openers.add(s);
    else if (lower.length >= 3) (WEAK.has(lower) || WEAK.has(s) ? weak : words).add(s);
  }
  for (const a of acronymsOf(text)) names.add(a);
  const named = (w: string) => names.has(w);
  return {
    names: [...names],
    openers: [...openers].filter((w) => !named(w)),
    words: [...words].filter((w) => !named(w) && !openers.has(w)),
    weak: [...weak].filter((w) => !named(w)),
  };
}
