// Named events a fact-checker can verify: a killing, a sanction, an agreement signed or renewed, an approval, a
// visit, a vote, a strike, a withdrawal, an invasion, an attack... Each carries a short label and, when the words
// around the trigger name them, who did it (actor) and to whom or where (target).
import { eachMatch } from "./candidate";
import { subjectBefore } from "./speakers";
import type { ClaimValue } from "./types";

const TRIGGERS: [string, string][] = [
  ["killing", "killed|killing|assassinated|assassination|murdered|slain|executed|execution"],
  ["sanction", "sanctioned|sanctions|sanctioning"],
  ["signing", "signed|signing"],
  ["renewal", "renewed|renewal"],
  ["approval", "approved|approval|ratified|ratification|authori[sz]ed"],
  ["visit", "visited|visit|visits"],
  ["vote", "voted|vote|votes|referendum"],
  ["strike", "(?:drone|air|missile|military|rocket|artillery|retaliatory|cross-border|naval)\\s+strikes?|airstrikes?|went\\s+on\\s+strike|general\\s+strike"],
  ["withdrawal", "withdrawal|withdrew|pulled\\s+out|pullout|pull-out"],
  ["invasion", "invasion|invaded"],
  ["attack", "attacked|attacks?|bombings?|bombed|explosions?|blasts?|raids?|raided"],
  ["suspension", "suspended|suspension|suspend"],
  ["arrest", "arrested|arrest|detained"],
  ["election", "elected|re-elected|elections?"],
  ["resignation", "resigned|resignation"],
  ["appointment", "appointed"],
  ["takeover", "takeover|seized|captured|overthrew|coup"],
  ["ban", "banned|ban"],
];

const TRIGGER = new RegExp(
  String.raw`(?<![\p{L}\-])(${TRIGGERS.map(([label, words]) => `(?<${label}>${words})`).join("|")})(?![\p{L}\-])`,
  "giu",
);

const CAP_NP = /^(?:the\s+)?((?:(?:[A-Z\p{Lu}][\p{L}'’\-.]*|al-[A-Z][\p{L}]*|of|and|the|bin|al|de)\s*){1,7})/u;
const NP_AFTER = /^\s+(?:the\s+)?([^,;:.()\u201c\u201d"]{2,70}?)(?=\s*(?:[,;:.()\u201c\u201d"]|\s(?:in|on|at|for|after|before|during|by|with|over|since|as|to|from|and|while|which|who|that)\s|$))/u;

const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const NOT_A_PARTY = /^(?:The|A|An|This|That|These|Those|It|Its|In|On|At|During|Following|After|Since|Before|Last|Earlier|Later|Almost|Nearly|Over|Both)$/;

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

function labelOf(m: RegExpExecArray): string {
  const groups = m.groups ?? {};
  for (const key of Object.keys(groups)) if (groups[key] !== undefined) return key;
  return "event";
}

const NOUN_FORMS = /^(?:killing|assassination|execution|sanctions|signing|renewal|approval|ratification|visit|visits|vote|votes|referendum|withdrawal|pullout|pull-out|invasion|attacks?|bombings?|explosions?|blasts?|raids?|suspension|arrest|elections?|resignation|takeover|coup|ban|strikes?|airstrikes?)$/i;

/** Events in `text` (one sentence or a passage); offsets are relative to `text` plus `offset`. */
export function scanEvents(text: string, offset = 0): ClaimValue[] {
  const out: ClaimValue[] = [];
  eachMatch(TRIGGER, text, (m) => {
    const label = labelOf(m);
    const trigger = m[0];
    const start = m.index;
    const end = start + trigger.length;
    const before = text.slice(Math.max(0, start - 200), start);
    const after = text.slice(end, Math.min(text.length, end + 200));
    const last = trigger.split(/\s+/).pop() ?? trigger;
    const v: ClaimValue = { kind: "event", value: label, text: trigger, start: start + offset, end: end + offset };
    if (NOUN_FORMS.test(last)) {
      const of = /^\s+(?:of|on|against|from|to|in|into|targeting)\s+(?:the\s+)?/.exec(after);
      if (of) {
        const np = capitalizedAfter(after.slice(of[0].length));
        const prep = of[0].trim().split(/\s+/)[0];
        if (np) {
          if (label === "visit" && prep === "of") v.actor = np;
          else v.target = np;
        }
      }
      const who = possessorBefore(before);
      if (who && !v.actor) v.actor = who;
      const by = /^\s+(?:\S+\s+){0,6}?by\s+(?:an?\s+|the\s+)?([^,;.]{2,60}?)(?=[,;.]|\s+(?:in|on|at)\s|$)/.exec(after);
      if (by && !v.actor) v.actor = by[1].trim();
    } else {
      const passive = /\b(?:was|were|been|being|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$/.test(before);
      const clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf("\n"));
      const clause = before.slice(clauseStart + 1).replace(/\b(?:was|were|been|being|is|are|had|has|have)\s+(?:\w+ly\s+)?$/, "");
      // The words right before the verb, back to the last comma, hold its subject; when they are only adverbs
      // ("..., originally signed") the verb is a participle with no subject of its own.
      const lastSeg = clause.slice(Math.max(clause.lastIndexOf(","), clause.lastIndexOf("(")) + 1);
      const subject = lastSeg.trim() ? subjectBefore(lastSeg) : subjectBefore(clause);
      const obj = NP_AFTER.exec(after);
      if (passive) {
        if (subject) v.target = subject;
        const by = /^\s+by\s+(?:an?\s+|the\s+)?([^,;.]{2,60}?)(?=[,;.]|\s+(?:in|on|at)\s|$)/.exec(after);
        if (by) v.actor = by[1].trim();
      } else {
        if (subject) v.actor = subject.replace(/^the\s+/i, "");
        if (obj && !/^(?:that|to|in|on|at|by|for|with|a|an)$/i.test(obj[1].split(/\s+/)[0])) v.target = obj[1].trim();
      }
    }
    out.push(v);
  });
  return out;
}
