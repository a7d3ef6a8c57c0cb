// Just enough of English verbs to tell a clause from a phrase: a clause with a figure of its own is a claim of its
// own ("…, while warehousing lost 12,000 jobs"), a phrase is not ("…, up from 3.4 percent"). No tagger: a word list
// and the -ed/-ing endings, consulted only at the few places where a sentence might split (spans.ts, trim.ts).

const AUXILIARIES =
  "is are was were be been being has have had will would shall should can could may might must do does did " +
  "remains remained remain became becomes become";
const IRREGULAR_PAST =
  "rose fell grew lost won paid made took gave held met sent spent cut hit led left brought bought built caught drew " +
  "drove fought found got kept knew laid meant put ran said saw sold set shot sought stood struck taught told thought " +
  "threw went wrote began broke chose came flew froze hid rode sank spoke stole swore tore woke beat bore slid split " +
  "spread sped shut dealt dug fed fled forgave heard hung lent lit overtook oversaw quit rang rid sat slept sprang " +
  "stuck stung swept swung understood undertook withdrew wound";
// Present-tense verbs common in reports ("These efforts include …", "The NRP celebrates …").
const PRESENT =
  "include includes remain represent represents total totals reach reaches show shows account accounts " +
  "continue continues provide provides support supports celebrate celebrates say says estimate estimates expect " +
  "expects plan plans need needs hold holds lead leads give gives take takes rank ranks stand stands serve serves " +
  "employ employs operate operates own owns contain contains cover covers exceed exceeds top tops mark marks " +
  "comprise comprises face faces require requires receive receives allocate allocates invest invests fund funds " +
  "announce announces pledge pledges commit commits affect affects kill kills claim claims host hosts";
const PAST_WORDS = new Set(`was were had did ${IRREGULAR_PAST}`.split(" "));
const VERBS = new Set(`${AUXILIARIES} ${IRREGULAR_PAST} ${PRESENT}`.split(" "));

// -ed and -ing words that are usually adjectives or nouns, not predicates.
const NOT_VERBS = new Set(
  (
    "united limited related based advanced detailed skilled armed unified interested concerned required red bed " +
    "need hundred kindred sacred naked wicked rugged ragged beloved aged dedicated designated so-called " +
    "during including according following regarding concerning pending morning evening funding spending training " +
    "housing building meeting nothing something anything everything thing king ring spring string bring sibling " +
    "shooting bombing killing ceiling offering wedding warning earnings holdings savings findings proceedings " +
    "outstanding remaining existing leading ongoing upcoming incoming outgoing neighbouring neighboring surrounding " +
    "emerging growing rising falling declining increasing decreasing long-standing lifesaving groundbreaking " +
    "outstanding underlying overwhelming promising amazing interesting encouraging alarming staggering"
  ).split(" "),
);

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A word that can carry a clause: an auxiliary, a common verb, or a regular -ed past form. */
export function isVerb(word: string): boolean {
  const c = word.charCodeAt(0);
  const w = c >= 65 && c <= 90 ? word.toLowerCase() : word;
  if (VERBS.has(w)) return true;
  // "community-based", "U.S.-led" are adjectives. (One set lookup for most words: this runs on every word read.)
  return w.length >= 5 && w.endsWith("ed") && !w.includes("-") && !NOT_VERBS.has(w);
}

/** A gerund or participle that can open a list item or a trailing clause ("supporting 235 facilities"). */
export function isGerund(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 6 && w.endsWith("ing") && !w.includes("-") && !NOT_VERBS.has(w);
}

/** The words of text[start, end), lower-case letters and hyphens only, without cutting strings per character. */
export function wordsIn(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i) | 32;
    if (!isLowerAscii(c)) {
      i++;
      continue;
    }
    const s = i;
    while (i < end && (isLowerAscii(text.charCodeAt(i) | 32) || text[i] === "-")) i++;
    out.push(text.slice(s, i));
  }
  return out;
}

/**
 * True when text[start, end) has a verb of its own, or opens with a gerund (a list item: "supplying 292 tons");
 * `opening` false when the text continues a clause read before, so its first word opens nothing.
 */
export function hasPredicate(text: string, start: number, end: number, opening = true): boolean {
  let first = opening;
  let i = start;
  while (i < end) {
    if (!isLowerAscii(text.charCodeAt(i) | 32)) {
      i++;
      continue;
    }
    const s = i;
    while (i < end && (isLowerAscii(text.charCodeAt(i) | 32) || text[i] === "-")) i++;
    // A one-letter word ("a", "I") is never a verb here.
    if (i - s < 2 && !first) continue;
    const w = text.slice(s, i);
    if ((first && isGerund(w)) || isVerb(w)) return true;
    first = false;
  }
  return false;
}

// Verbs that take an infinitive: "continue to expand", "plans to provide" are one predicate, not a purpose clause.
const TAKES_INFINITIVE = new Set(
  (
    "continue continues continued continuing plan plans planned planning intend intends intended aim aims aimed " +
    "seek seeks sought want wants wanted try tries tried hope hopes hoped agree agrees agreed decide decides decided " +
    "expect expects expected need needs needed begin begins began begun start starts started fail fails failed " +
    "refuse refuses refused promise promises promised vow vows vowed pledge pledges pledged threaten threatens " +
    "threatened used going able likely set due about ready willing designed intended proposed propose proposes " +
    "voted vote votes moved move moves worked work works helped help helps announced commit committed committing " +
    "has have had is are was were be been ought order effort efforts bid attempt attempts attempted way ways " +
    "set sets stands stood continue working authority right rights plans"
  ).split(" "),
);
// Verbs that open a purpose clause ("$9 million to expand a pier", "… to advance American leadership").
const PURPOSE_VERBS = new Set(
  (
    "support help fund build expand strengthen provide advance ensure improve develop enhance promote combat continue " +
    "address protect deliver drive unite establish reach create boost bolster increase reduce prevent counter fight " +
    "secure sustain maintain modernize modernise upgrade train equip assist enable empower accelerate facilitate " +
    "foster finance restore rebuild repair replace respond prepare detect treat contain eliminate end defeat deter " +
    "defend identify invest purchase buy acquire construct launch implement expand meet serve save offset cover " +
    "bring keep make put give allow let encourage attract retain recruit hire pay compensate reward honor honour " +
    "celebrate mark commemorate raise lower cut curb tackle disrupt dismantle degrade stop halt investigate " +
    "prosecute engage reaffirm deepen broaden grow spur stimulate revitalize revitalise renew expand connect link " +
    "integrate streamline simplify reform transform shape position safeguard preserve conserve manage monitor " +
    "track study research explore test evaluate assess review inform educate raise underscore demonstrate " +
    "reflect further pave unlock lay contribute cement highlight signal open position"
  ).split(" "),
);

/** "ensuring …", "advancing …": a gerund of purpose or promotion, which says what a figure is for, not what it is. */
export function isPurposeGerund(word: string): boolean {
  const w = word.toLowerCase();
  if (!w.endsWith("ing") || w.length < 6) return false;
  const stem = w.slice(0, -3);
  // "ensuring" → ensure, "cutting" → cut, "helping" → help.
  return PURPOSE_VERBS.has(stem) || PURPOSE_VERBS.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && PURPOSE_VERBS.has(stem.slice(0, -1)));
}

/** "to" + this word opens a purpose clause (a verb of purpose, or a verb ending in -ize, -ise, -ify). */
export function isPurposeVerb(word: string): boolean {
  const w = word.toLowerCase();
  return PURPOSE_VERBS.has(w) || /^[a-z]{3,}(?:ize|ise|ify)$/.test(w);
}

export function takesInfinitive(word: string): boolean {
  return TAKES_INFINITIVE.has(word.toLowerCase());
}

/** A past-tense predicate: "was", "had", an irregular past ("won", "said") or a regular -ed form that is no adjective. */
export function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (PAST_WORDS.has(w)) return true;
  return w.length > 4 && w.endsWith("ed") && !NOT_VERBS.has(w);
}

// The same list as a sticky regex, tried at a word's start without cutting the word out (salience.ts).
const PAST_AT = new RegExp(String.raw`(?:${`was were had did ${IRREGULAR_PAST}`.split(" ").join("|")})(?![A-Za-z])`, "iy");

/** A past-tense verb starts at `start` and ends at `end` of `text`. */
export function isPastVerbAt(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n > 4 && (text.charCodeAt(end - 1) | 32) === 100 && (text.charCodeAt(end - 2) | 32) === 101) {
    return !NOT_VERBS.has(text.slice(start, end).toLowerCase());
  }
  if (n > 10) return false;
  PAST_AT.lastIndex = start;
  return PAST_AT.test(text) && PAST_AT.lastIndex === end;
}
