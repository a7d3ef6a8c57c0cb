// Named events a fact-checker can verify: a killing, a sanction, an agreement signed or renewed, an approval, a
// visit, a meeting, a vote, a strike, a withdrawal, an invasion, an attack... Each gets the short lower-case label the
// newsroom uses (tests/fixtures/corpus/README.md) and, when the words around the trigger name them, who did it
// (actor) and to whom or what (target).
import { eachMatch, isLetterChar } from "./candidate";
import type { Candidate } from "./candidate";
import type { SentenceLookup } from "./quotes";
import { subjectBefore } from "./speakers";
import type { ClaimValue } from "./types";

interface Trigger {
  label: string;
  words: string;
  /** a specific, checkable happening rather than a common word such as "visit" or "attack" */
  strong: boolean;
}

// Specific phrasings come first: at one position the first alternative that matches wins.
const TRIGGERS: Trigger[] = [
  { label: "request denied", strong: true, words: String.raw`(?:denied|rejected|refused|turned\s+down|declined)\s+(?:\S+\s+){0,2}?(?:requests?|applications?|appeals?|bids?)` },
  { label: "bombing attempt", strong: true, words: String.raw`(?:failed|attempted|foiled|botched|thwarted)\s+(?:car\s+|suicide\s+|truck\s+)?bomb(?:ing)?(?:\s+(?:explosion|attack|plot|attempt))?|attempted\s+bombing|bomb\s+plot` },
  { label: "aid suspended", strong: true, words: String.raw`(?:suspend(?:ed|ing|s)?|halt(?:ed|ing|s)?|freez(?:e|es|ing)|froze|frozen|cut(?:ting)?\s+off|withh(?:eld|old(?:ing)?))\s+(?:\S+\s+){0,2}?(?:aid|assistance|funding)|suspension\s+of\s+(?:\S+\s+){0,2}?(?:aid|assistance|funding)` },
  { label: "hosting rights awarded", strong: true, words: String.raw`awarded\s+(?:the\s+)?(?:hosting\s+rights|rights?\s+to\s+host)|(?:won|secured)\s+(?:the\s+)?(?:bid|rights?)\s+to\s+host` },
  { label: "charges unsealed", strong: true, words: String.raw`unseal(?:ed|ing)(?:\s+of)?(?:\s+(?:the\s+)?(?:charges|indictments?))?|(?:charges|indictments?)\s+(?:were\s+)?unsealed` },
  { label: "terrorist designation", strong: true, words: String.raw`designat(?:ed|es|ing|ion)(?=[^.;]{0,80}\b(?:terrorists?|terrorism|FTO|SDGT)\b)` },
  { label: "agreement renewed", strong: true, words: String.raw`renewed|renewal` },
  { label: "agreement signed", strong: true, words: String.raw`signed|signing` },
  { label: "killing", strong: true, words: String.raw`killed|killing|assassinated|assassination|murdered|slain|executed|execution` },
  { label: "death", strong: true, words: String.raw`died|death|dies` },
  { label: "sanction", strong: true, words: String.raw`sanctioned|sanctions|sanctioning` },
  { label: "approval", strong: true, words: String.raw`approved|approval|ratified|ratification|authori[sz]ed` },
  { label: "meeting", strong: true, words: String.raw`(?:met|meets|meeting|speaks|spoke|talks)\s+with|held\s+talks` },
  { label: "withdrawal", strong: true, words: String.raw`withdrawal|withdrew|pulled\s+out|pullout|pull-out` },
  { label: "invasion", strong: true, words: String.raw`invasion|invaded` },
  { label: "deployment", strong: true, words: String.raw`deployed|deployment|deploying|deploys` },
  { label: "arrest", strong: true, words: String.raw`arrested|arrest|detained` },
  { label: "resignation", strong: true, words: String.raw`resigned|resignation` },
  { label: "appointment", strong: true, words: String.raw`appointed` },
  { label: "guilty plea", strong: true, words: String.raw`pleaded\s+guilty|pled\s+guilty` },
  { label: "conviction", strong: true, words: String.raw`convicted|found\s+guilty|conviction` },
  { label: "sentencing", strong: true, words: String.raw`sentenced` },
  { label: "charges filed", strong: true, words: String.raw`charged\s+with|indicted|indictment` },
  { label: "ruling", strong: true, words: String.raw`ruled|struck\s+down|upheld|overturned` },
  { label: "lawsuit", strong: true, words: String.raw`sued|filed\s+(?:a\s+)?(?:lawsuit|suit|complaint)` },
  { label: "acquisition", strong: true, words: String.raw`acquired` },
  { label: "merger", strong: true, words: String.raw`merged|merger` },
  { label: "ceasefire", strong: true, words: String.raw`ceasefire|cease-fire|truce|armistice` },
  { label: "nomination", strong: true, words: String.raw`nominated|nomination` },
  { label: "dismissal", strong: true, words: String.raw`sacked|ousted|dismissed` },
  { label: "extradition", strong: true, words: String.raw`extradited|extradition` },
  { label: "visit", strong: false, words: String.raw`visited|visit|visits|visiting|on\s+travel\s+to|travell?ed\s+to|trip\s+to|toured` },
  { label: "vote", strong: false, words: String.raw`voted|vote|votes|referendum` },
  { label: "strike", strong: false, words: String.raw`(?:drone|air|missile|military|rocket|artillery|retaliatory|cross-border|naval)\s+strikes?|airstrikes?|went\s+on\s+strike|general\s+strike` },
  { label: "attack", strong: false, words: String.raw`attacked|attacks?|bombings?|bombed|explosions?|blasts?|raids?|raided` },
  { label: "election", strong: false, words: String.raw`elected|re-elected|elections?` },
  { label: "takeover", strong: false, words: String.raw`takeover|seized|captured|overthrew|coup` },
  { label: "designation", strong: false, words: String.raw`designated|designation` },
  { label: "suspension", strong: false, words: String.raw`suspended|suspension|suspend` },
  { label: "ban", strong: false, words: String.raw`banned|ban` },
  { label: "launch", strong: false, words: String.raw`launched` },
  { label: "protest", strong: false, words: String.raw`protested|protests` },
];

// One capturing group per trigger (unnamed: a named-group object per match costs more than scanning the array).
// Sticky: tried only where one of EVENT_WORDS starts (see words.ts).
const TRIGGER = new RegExp(String.raw`(?:${TRIGGERS.map((t) => `(${t.words})`).join("|")})\b`, "iy");
/** The first word of every trigger phrase above. */
export const EVENT_WORDS = (
  "denied rejected refused turned declined failed attempted foiled botched thwarted bomb suspend suspended " +
  "suspending suspends halt halted halting halts freeze freezes freezing froze frozen cut cutting withheld withhold " +
  "withholding suspension awarded won secured unsealed unsealing charges indictment indictments designated designates " +
  "designating designation renewed renewal signed signing killed killing assassinated assassination murdered slain " +
  "executed execution died death dies sanctioned sanctions sanctioning approved approval ratified ratification " +
  "authorized authorised met meets meeting speaks spoke talks held withdrawal withdrew pulled pullout pull invasion " +
  "invaded deployed deployment deploying deploys arrested arrest detained resigned resignation appointed pleaded pled " +
  "convicted found conviction sentenced charged indicted ruled struck upheld overturned sued filed acquired merged " +
  "merger ceasefire cease truce armistice nominated nomination sacked ousted dismissed extradited extradition visited " +
  "visit visits visiting on travelled traveled trip toured voted vote votes referendum drone air missile military " +
  "rocket artillery retaliatory cross naval airstrike airstrikes went general attacked attack attacks bombing " +
  "bombings bombed explosion explosions blast blasts raid raids raided elected re election elections takeover seized " +
  "captured overthrew coup banned ban launched protested protests"
).split(" ");
// "won the Golden Ball": a prize is a capitalized name, so this one is case-sensitive.
// "won the Nobel Prize", and a prize named by its kind: "won the short film award", "won Olympic gold", "won a medal"
const AWARD = /(?:[Ww]on|[Ww]inning|[Ww]ins|[Rr]eceived|[Rr]eceiving|[Aa]warded)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:((?:[A-Z][A-Za-z\u00c0-\u024f'’\-]*\s?){1,5})|((?:[A-Za-z-]+\s+){0,3}(?:award|prize|title|medal|gold|silver|bronze|trophy|crown|championship)s?)\b)/y;
// A prize taken, missed or lost is as checkable as one won ("had to settle for bronze", "denied Olympic gold", "losing
// the Oscar"). These verbs say many other things too, so only a prize noun after them makes an award.
const AWARD_OUTCOME =
  /(?:[Ss]ettle[sd]?\s+for|[Ss]ettling\s+for|[Dd]enied|[Ll]ost|[Ll]osing|[Ll]oses|[Tt]ook|[Tt]aking|[Cc]laimed|[Cc]laiming|[Cc]linched|[Cc]linching|[Ss]cooped|[Ss]cooping)\s+(?:(?:the|a|an|his|her|their|its)\s+)?((?:[A-Za-z-]+\s+){0,3}?(?:award|prize|title|medal|gold|silver|bronze|trophy|crown|championship|Oscar|Grammy|Bafta|BAFTA|Emmy|Golden\s+Globe)s?)\b/y;
export const AWARD_WORDS = [
  "won", "winning", "wins", "received", "receiving", "awarded",
  "settle", "settles", "settled", "settling", "denied", "lost", "losing", "loses", "took", "taking", "claimed", "claiming",
  "clinched", "clinching", "scooped", "scooping",
];

const STRONG = new Set(TRIGGERS.filter((t) => t.strong).map((t) => t.label).concat("award", "match result"));

const CAP_NP = /^(?:the\s+)?((?:(?:[A-Z\p{Lu}][\p{L}'’\-.]*|al-[A-Z][\p{L}]*|of|and|the|bin|al|de)\s*){1,7})/u;
const NP_AFTER = /^\s+(?:the\s+)?([^,;:.()\u201c\u201d"]{2,70}?)(?=\s*(?:[,;:.()\u201c\u201d"]|\s(?:in|on|at|for|after|before|during|by|with|over|since|as|to|from|and|while|which|who|that)\s|$))/u;
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const NOT_A_PARTY = /^(?:The|A|An|This|That|These|Those|It|Its|In|On|At|During|Following|After|Since|Before|Last|Earlier|Later|Almost|Nearly|Over|Both|Today|Most|Recently)$/;
const NOUN_FIRST = /^(?:merger|ceasefire|cease-fire|truce|armistice|nomination|extradition|indictment|conviction|protests|killing|assassination|execution|death|sanctions|signing|renewal|approval|ratification|visits?|vote|votes|referendum|withdrawal|pullout|pull-out|invasion|attacks?|bombings?|explosions?|blasts?|raids?|suspension|arrest|elections?|resignation|takeover|coup|ban|strikes?|airstrikes?|drone|air|missile|military|rocket|artillery|retaliatory|cross-border|naval|general|deployment|designation|unsealing|charges|indictments?|failed|attempted|foiled|botched|thwarted|bomb|trip|\d)/i;

function capitalizedAfter(s: string): string | undefined {
  const m = CAP_NP.exec(s);
  if (!m) return undefined;
  const np = m[1].trim().replace(/\s+(?:of|and|the|al|bin|de)$/i, "").trim();
  if (!np || !/^[A-Z\p{Lu}]/u.test(np) || MONTH_NAME.test(np) || NOT_A_PARTY.test(np)) return undefined;
  return np;
}

/** "Munir’s visit", "U.S. withdrawal", "Soviet invasion": the capitalized words just before a noun trigger. */
function possessorBefore(before: string): string | undefined {
  const m = /((?:[A-Z\p{Lu}][\p{L}.\-]*\s+){0,3}[A-Z\p{Lu}][\p{L}.\-]*)(?:['’]s)?\s+(?:[a-z\-]+\s+)?$/u.exec(before);
  if (!m) return undefined;
  const np = m[1].replace(/^(?:The|A|An|In|On|At|During|Following|After|Since|Before)\s+/, "").trim();
  return np && !NOT_A_PARTY.test(np) ? np : undefined;
}

function triggerOf(m: RegExpExecArray): Trigger {
  for (let i = 1; i <= TRIGGERS.length; i++) if (m[i] !== undefined) return TRIGGERS[i - 1];
  return TRIGGERS[TRIGGERS.length - 1];
}

function partiesOfNoun(v: ClaimValue, label: string, before: string, after: string): void {
  const prep = /^\s+(?:of|on|against|from|to|in|into|targeting)\s+(?:the\s+)?/.exec(after);
  if (prep) {
    const np = capitalizedAfter(after.slice(prep[0].length));
    const word = prep[0].trim().split(/\s+/)[0];
    if (np) {
      if (label === "visit" && word === "of") v.actor = np;
      else v.target = np;
    }
  }
  const who = possessorBefore(before.slice(-80));
  if (who && !v.actor) v.actor = who;
  const by = /^\s+(?:\S+\s+){0,6}?by\s+(?:an?\s+|the\s+)?([^,;.]{2,60}?)(?=[,;.]|\s+(?:in|on|at)\s|$)/.exec(after);
  if (by && !v.actor) v.actor = by[1].trim();
}

function partiesOfVerb(v: ClaimValue, before: string, after: string): void {
  const passive = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/.test(before);
  const clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf("\n"));
  const clause = before.slice(clauseStart + 1).replace(/\b(?:was|were|been|being|is|are|had|has|have)\s+(?:\w+ly\s+)?$/, "");
  // The words right before the verb, back to the last comma, hold its subject; when they are only adverbs
  // ("..., originally signed") the verb is a participle with no subject of its own.
  const lastSeg = clause.slice(Math.max(clause.lastIndexOf(","), clause.lastIndexOf("(")) + 1);
  const subject = lastSeg.trim() ? subjectBefore(lastSeg) : subjectBefore(clause);
  if (passive) {
    if (subject) v.target = subject;
    const by = /^\s+by\s+(?:an?\s+|the\s+)?([^,;.]{2,60}?)(?=[,;.]|\s+(?:in|on|at)\s|$)/.exec(after);
    if (by) v.actor = by[1].trim();
    return;
  }
  if (subject) v.actor = subject.replace(/^the\s+/i, "");
  const obj = NP_AFTER.exec(after);
  if (obj && !/^(?:that|to|in|on|at|by|for|with|a|an)$/i.test(obj[1].split(/\s+/)[0])) v.target = obj[1].trim();
}

// "visit: www.state.gov", "visit our website", "please visit the page": a call to action, not a trip.
const VISIT_TARGET_AFTER =
  /^\s*(?::|(?:https?:|www\.)|(?:our|us|the\s+(?:\S+\s+){0,3}?(?:website|web\s*site|site|page|webpage|portal|link|online))\b|\S+\.(?:gov|org|com|net|int|edu)\b)/i;

function isImperativeVisit(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (!/^visit$/i.test(text.slice(start, end))) return false;
  if (VISIT_TARGET_AFTER.test(text.slice(end, end + 60))) return true;
  const before = text.slice(Math.max(sentenceStart, start - 120), start);
  // "Please visit ...", "For more information on X, visit ...", or the sentence opening with the bare verb.
  if (/\bplease\s+$/i.test(before)) return true;
  if (/^(?:For|To|If)\b[^.;]*,\s*$/.test(before) && start - sentenceStart <= 120) return true;
  return before.trim() === "" && !/^\s+(?:to|by|of|from|with|was|is)\b/i.test(text.slice(end, end + 6));
}

/** True when the event names a party with a proper name, which makes it checkable on its own. */
export function isNamedEvent(v: ClaimValue): boolean {
  return [v.actor, v.target].some((p) => p !== undefined && /^[A-Z\p{Lu}]/u.test(p.replace(/^the\s+/i, "")));
}

export function isStrongEvent(v: ClaimValue): boolean {
  return typeof v.value === "string" && STRONG.has(v.value);
}

/**
 * Events in one text: `eventAt` is called where one of EVENT_WORDS starts, `awardAt` at one of AWARD_WORDS. With a
 * sentence lookup, the words read for actor and target stay inside the trigger's sentence.
 */
export class EventScan {
  readonly events: ClaimValue[] = [];
  private lastEnd = -1;

  constructor(
    private readonly text: string,
    private readonly sentences?: SentenceLookup,
  ) {}

  private bounds(at: number): { start: number; end: number } {
    return this.sentences?.sentenceAt(at) ?? { start: 0, end: this.text.length };
  }

  eventAt(start: number): void {
    const text = this.text;
    // Inside an earlier trigger ("re-elected" then "elected") or glued to a hyphen: not a new event.
    if (start < this.lastEnd || text[start - 1] === "-") return;
    TRIGGER.lastIndex = start;
    const m = TRIGGER.exec(text);
    if (!m) return;
    const end = start + m[0].length;
    if (text[end] === "-" || isLetterChar(text[end])) return;
    const { label } = triggerOf(m);
    const s = this.bounds(start);
    if (label === "visit" && isImperativeVisit(text, start, end, s.start)) return;
    const before = text.slice(Math.max(s.start, start - 200), start);
    // "interested in deploying", "plans for signing": a gerund after a preposition names an intention, not an event.
    if (/ing$/i.test(m[0]) && /\b(?:in|for|about|on|at|by|from|toward|towards|without)\s+$/i.test(before)) return;
    const after = text.slice(end, Math.min(Math.max(s.end, end), end + 200));
    const v: ClaimValue = { kind: "event", value: label, text: m[0], start, end };
    if (NOUN_FIRST.test(m[0])) partiesOfNoun(v, label, before, after);
    else partiesOfVerb(v, before, after);
    this.events.push(v);
    this.lastEnd = end;
  }

  awardAt(start: number): void {
    const text = this.text;
    AWARD.lastIndex = start;
    AWARD_OUTCOME.lastIndex = start;
    const m = AWARD.exec(text) ?? AWARD_OUTCOME.exec(text);
    if (!m) return;
    const prize = (m[1] ?? m[2]).trim();
    if (MONTH_NAME.test(prize)) return;
    const end = start + m[0].trimEnd().length;
    const v: ClaimValue = { kind: "event", value: "award", text: text.slice(start, end), start, end, target: prize };
    const s = this.bounds(start);
    const clause = text.slice(Math.max(s.start, start - 200), start);
    const subject = subjectBefore(clause.slice(clause.lastIndexOf(";") + 1));
    if (subject) v.actor = subject;
    this.events.push(v);
  }

  /** The events found, in text order. */
  done(): ClaimValue[] {
    return this.events.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  }
}

// A final score ("beat Chelsea 1-0", "4–2 on penalties") is one value, the match result, not two numbers: it is
// scanned with the other values so that it wins the overlap with them.
// A tennis score runs set after set ("6-1 6-4"); the sets are one result.
const SCORE = /\b(\d{1,2})\s?[\u2013-]\s?(\d{1,2})(?:\s\d{1,2}[\u2013-]\d{1,2}){0,4}\b/g;
const SCORE_VERB_BEFORE = /\b(?:beat|beats|beating|defeated|defeats|defeating|thrashed|trounced|hammered|edged|drew|lost|loses|losing|won|wins|winning|routed|crushed|overcame|victory|win|defeat|draw|make\s+it|made\s+it|led|leading|trailed|trailing)\b[^.;:\d]{0,50}$/i;
const SCORE_WORD_AFTER = /^(?:\s+on\s+penalties|(?=\s+(?:victory|win|winner|defeat|loss|draw|aggregate|lead|advantage|half-?time|after\s+extra\s+time|in\s+extra\s+time|at\s+half-?time|scoreline|triumph|thrashing)\b))/i;

export function scanScores(text: string, out: Candidate[]): void {
  eachMatch(SCORE, text, (m) => {
    const end = m.index + m[0].length;
    if (text[m.index - 1] === "-" || text[end] === "-" || /[\d.,/$]/.test(text[m.index - 1] ?? "")) return;
    const after = SCORE_WORD_AFTER.exec(text.slice(end, end + 24));
    if (!after && !SCORE_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return;
    const stop = end + (after ? after[0].length : 0);
    out.push({ kind: "event", value: "match result", text: text.slice(m.index, stop), start: m.index, end: stop, rank: 0 });
  });
}
