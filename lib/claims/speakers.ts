// Who said a quotation: the subject of a speech verb before it ("Thomas West ... remarked that"), a name after it
// ("...,” said Mr. Smith"; "...,” Smith said"; "in the words of Hamid Karzai"; "according to X"), or a name and colon.
// The speaker is reported by name only (see names.ts).
import { nameOf } from "./names";

export const SAY_VERBS =
  "said|says|say|saying|remarked|remarks|retorted|stated|states|told|tells|added|adds|noted|notes|warned|warns|" +
  "declared|declares|wrote|writes|argued|argues|claimed|claims|insisted|insists|conveyed|stressed|stresses|" +
  "emphasized|emphasizes|emphasised|emphasises|asserted|asserts|explained|explains|acknowledged|admitted|announced|" +
  "tweeted|posted|observed|commented|replied|responded|recalled|predicted|vowed|pledged|promised|urged|described|" +
  "maintained|contended|affirmed|reaffirmed|reiterated|underlined|underscored|highlighted|lamented|complained|" +
  "suggested|proclaimed|testified|confirmed|denied|quipped|asked|answered|mentioned|concluded|boasted|conceded|" +
  "cautioned|alleged|called|termed|dubbed|labelled|labeled|branded|characterized|characterised|stating|adding|" +
  "noting|warning|declaring|arguing|insisting|calling|describing|telling|explaining";

const SAY_RE = new RegExp(String.raw`\b(?:${SAY_VERBS})\b`, "g");
const PRONOUNS = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;
// First words that open an adverbial, not a subject: "In 2024,", "Last year,", "Keeping up with ...,".
const NOT_SUBJECT_START =
  /^(?:in|on|at|over|since|after|before|during|while|when|following|despite|amid|amidst|last|earlier|later|this|that|then|also|however|moreover|furthermore|meanwhile|still|yet|but|and|so|as|for|from|to|with|without|by|under|within|speaking|addressing|according|today|yesterday|now|recently|previously|separately|asked|once|if|although|though|because|even|indeed|instead|nevertheless|nonetheless|thus|here|there|back|about|around|like|unlike|upon|across|against|among|between|into|through|toward|towards|of|it|almost|nearly|roughly|just|only|the\s+(?:same|next|following|previous)\b)(?![\p{L}\-])/iu;
const TRAILING_AUX =
  /(?:\s+(?:had|has|have|was|were|is|are|also|once|later|then|reportedly|publicly|famously|repeatedly|recently|himself|herself|themselves|would|will|could|did|does|do|again|previously|subsequently|further|clearly|openly|bluntly|simply|only|even|first))+$/i;

const POST_SAID = new RegExp(String.raw`^[\s,]*(?:${SAY_VERBS})\s+`);
const TITLE_ABBR = /^(?:Mr|Mrs|Ms|Dr|Gen|Prof|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Rev|St|Brig|Cmdr|Hon|Pres|[A-Z])\.$/;
const NAME_STOP = /^(?:in|on|at|during|after|before|to|when|while|who|which|last|this|yesterday|today|told|adding|as|from|with)$/;

/** “...,” said Mr. Khan, the minister — the words after the verb up to a comma, a clause or the sentence end. */
function nameAfterVerb(post: string): string | undefined {
  const m = POST_SAID.exec(post);
  if (!m) return undefined;
  const tokens = post.slice(m[0].length).split(/\s+/).slice(0, 10);
  const kept: string[] = [];
  for (const tok of tokens) {
    if (!tok || /^[\u201c"(]/.test(tok)) break;
    if (kept.length > 0 && NAME_STOP.test(tok)) break;
    const bare = tok.replace(/[,;:]+$/, "");
    if (/[,;:]$/.test(tok)) {
      kept.push(bare);
      break;
    }
    if (tok.endsWith(".") && !TITLE_ABBR.test(tok)) {
      kept.push(tok.slice(0, -1));
      break;
    }
    kept.push(tok);
  }
  return kept.length ? kept.join(" ") : undefined;
}

// “...,” Khan said / the minister said / he said / National Bureau of Statistics chief Li Deshui told Reuters
const POST_NAME_SAID = new RegExp(
  String.raw`^[\s,]*((?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’.\-]+\s+){1,8}?)(?:${SAY_VERBS})\b`,
  "u",
);
// “...,” Glenn Maguire, chief economist for the region at Societe Generale, told Agence France Presse.
const POST_NAME_APPOSITION_SAID = new RegExp(
  String.raw`^[\s,]*((?:[A-Z\p{Lu}][\p{L}'’.\-]*\s+){1,3}?[A-Z\p{Lu}][\p{L}'’.\-]*),\s[^,.;\u201c"]{2,120},\s+(?:${SAY_VERBS})\b`,
  "u",
);
const POST_WORDS_OF = /^[\s,]*(?:in\s+the\s+words\s+of|according\s+to|as\s+(?:put|said)\s+by|said\s+by|wrote)\s+([^,.;:()\u201c"]{2,80})/u;
const PRE_ACCORDING = /(?:^|[,;]\s*)(?:According|according)\s+to\s+([^,;:\u201c"]{2,80}),?\s*$/u;
const PRE_COLON = /(?:^|[.;]\s+|\n)((?:[A-Z][\p{L}'’\-.]*\s*){1,5}):\s*$/u;

function cleanNp(np: string): string | undefined {
  let s = np.replace(/\s+/g, " ").trim().replace(/[,;:]+$/, "").trim();
  // A sentence-final full stop is not part of the name, unless the name ends in an initial or "Jr."
  if (s.endsWith(".") && !/(?:\b[A-Z]|\b(?:Jr|Sr|Inc|Ltd|Co|Corp))\.$/.test(s)) s = s.slice(0, -1);
  s = s.replace(TRAILING_AUX, "").trim();
  if (!s || PRONOUNS.test(s)) return undefined;
  const words = s.split(" ");
  if (words.length > 10) return undefined;
  if (!/\p{L}/u.test(s)) return undefined;
  return s;
}

const SUBORDINATOR = /^(?:after|when|while|because|as|since|before|although|though|if|that|and|but|so|where|once|until)\s+/i;
const LOWER_START =
  /^(?:(?:the|a|an|its|his|her|their|our|one|two|three|several|many|some|former|late|current|outgoing|incoming|acting|interim|deputy|senior|top|veteran)\s|(?:then|ex)-)/i;

// Connectives that may open a sentence before its subject ("Meanwhile Mark Oaten, …, said").
const LEADING_CONNECTIVE = /^(?:[Mm]eanwhile|[Hh]owever|[Bb]ut|[Aa]nd|[Aa]lso|[Ss]till|[Nn]ow|[Ss]eparately|[Ll]ater|[Ee]arlier|[Tt]hen|[Ii]nstead|[Ll]ikewise|[Ss]imilarly),?\s+(?=\p{Lu})/u;

function asSubject(segment: string): string | undefined {
  const t = segment.trim().replace(LEADING_CONNECTIVE, "");
  if (!t || NOT_SUBJECT_START.test(t)) return undefined;
  // "Two years later", "A decade ago": time adverbials, not subjects.
  if (/\b(?:later|earlier|ago|afterwards?)$/i.test(t)) return undefined;
  // A dateline ("SAN FRANCISCO", "Jan 25") or a wire credit is not a subject either.
  if (/^[A-Z][A-Z .'-]+$/.test(t) || /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d/.test(t)) return undefined;
  const first = t.split(/\s+/)[0];
  // A gerund or a lower-case adverb opens an adverbial ("keeping up with ...", "speaking to reporters").
  if (/^[a-z]+ing$/.test(first) || /^[a-z]+ly$/.test(first)) return undefined;
  if (!/^[A-Z\p{Lu}]/u.test(t) && !LOWER_START.test(t)) return undefined;
  return cleanNp(t);
}

/**
 * The subject of a clause, given the sentence text before its verb: the words right before the verb when they form a
 * noun phrase ("...after the electric-car maker warned"), else the first comma-separated part that does ("Thomas
 * West, the U.S. special representative, remarked").
 */
export function subjectBefore(before: string): string | undefined {
  const segments = before.split(/,|\u2013|\u2014|\(|\)| - /);
  const last = segments[segments.length - 1].trim().replace(SUBORDINATOR, "");
  const near = last && segments.length > 1 ? asSubject(last) : undefined;
  if (near) return near;
  for (const seg of segments) {
    const subject = asSubject(seg);
    if (subject) return subject;
  }
  return undefined;
}

export interface SpeakerContext {
  /** sentence text before the opening mark */
  pre: string;
  /** sentence text after the closing mark */
  post: string;
}

export interface Attribution {
  /** the speaker as named in the text */
  name?: string;
  /** true when a speech verb or attribution phrase ties the quote to someone, even a pronoun */
  attributed: boolean;
  /** characters between the speech verb and the opening mark, when the verb comes first */
  distance?: number;
}

export function findSpeaker(ctx: SpeakerContext): Attribution {
  const found = findSpeakerPhrase(ctx);
  return { ...found, name: nameOf(found.name) };
}

/** The text ends in a colon, spaces after it aside. */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ":";
}

function findSpeakerPhrase(ctx: SpeakerContext): Attribution {
  const post = ctx.post;
  let m = POST_WORDS_OF.exec(post);
  if (m) return { name: cleanNp(m[1].replace(/\s+(?:said|says|told|added)\b.*$/, "")), attributed: true };
  const after = nameAfterVerb(post);
  if (after) return { name: cleanNp(after), attributed: true };
  m = POST_NAME_SAID.exec(post) ?? POST_NAME_APPOSITION_SAID.exec(post);
  if (m) return { name: cleanNp(m[1]), attributed: true };
  const pre = ctx.pre;
  // Both patterns end at the quote ("$"), so V8 tries them from every position of the window: asked only when the
  // words they need are there.
  m = pre.includes("ccording") ? PRE_ACCORDING.exec(pre) : null;
  if (m) return { name: cleanNp(m[1]), attributed: true };
  m = endsWithColon(pre) ? PRE_COLON.exec(pre) : null;
  // "Said Mr Bysshe:" — the verb first, the name after it
  if (m) return { name: cleanNp(m[1].replace(/^(?:Said|Says|Added|Adds)\s+/, "")), attributed: true };
  // The last speech verb before the quote; its subject is the speaker.
  // "promised to help ... its “War on Terror”": a verb taking an infinitive does not introduce the quote.
  let verbAt = -1;
  let verbEnd = -1;
  SAY_RE.lastIndex = 0;
  for (let v = SAY_RE.exec(pre); v; v = SAY_RE.exec(pre)) {
    if (/^\s+to\s/.test(pre.slice(v.index + v[0].length, v.index + v[0].length + 5))) continue;
    verbAt = v.index;
    verbEnd = v.index + v[0].length;
  }
  if (verbAt >= 0) {
    return { name: subjectBefore(pre.slice(0, verbAt)), attributed: true, distance: pre.length - verbEnd };
  }
  return { attributed: false };
}
