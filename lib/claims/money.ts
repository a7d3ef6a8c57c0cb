// Money: a currency symbol or code before the amount ("$450 million", "US$3.5bn", "Rs 1.2 trillion", "€40m"), or a
// currency word or code after it ("1.2 million dollars", "500 crore rupees", "40 million EUR", "9 cents").
//
// Currency defaults, kept simple on purpose: "$" and "dollars" are USD unless another dollar is named (A$, C$,
// "Australian dollars"); "¥" is JPY; "Rs"/"rupees" are PKR unless India is named within ~300 characters before or
// ~100 after (then INR), or, when neither country is named nearby, unless the text names India more than Pakistan. "pounds" and "won" count as money only with a scale word ("2 million pounds"), since they
// are also a weight and a verb.
import { eachMatch, hedgeBefore, hedged, isDigitChar, isLetterChar, isWordChar } from "./candidate";
import type { Candidate } from "./candidate";
import { A_SCALE, DIGITS, WORDS, clean, parseDigits, parseWordNumber, scaleOf } from "./lexicon";

const SYMBOLS: Record<string, string> = {
  "$": "USD", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
  "HK$": "HKD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₨": "PKR", "RS": "PKR",
  "RS.": "PKR", "TK": "BDT", "TK.": "BDT", "₦": "NGN", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₱": "PHP",
};
const CODES = "USD|EUR|GBP|PKR|INR|JPY|CNY|RMB|AUD|CAD|CHF|AED|SAR|BDT|AFN|NGN|KES|ZAR|RUB|TRY|BRL|MXN|SGD|HKD|NZD|KRW";
// Case-sensitive on purpose (faster, and "Rs"/"USD" are written that way); scale words may be capitalized.
// "Rs 47.66 lakh crore" stacks two scale words (47.66 × 100,000 × 10,000,000).
const SCALE = String.raw`(?:(?:\s|-)?([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Cc]rore|[Ll]akh)(?:\s+([Cc]rore|[Mm]illion|[Bb]illion))?\b|\s?(bn|bln|mn|mln|tn|trn|tr|cr|k|m|b|Bn|BN|MN|Mn|M|B|K|TN|Tn)\b)`;

// Anchored on the symbol, a rare character; a letter prefix ("US$", "A$", "HK$") is read backwards from it.
const SYMBOL_PREFIXED = new RegExp(String.raw`[$€£¥₹₨₦₩₽₺₱]\s?(${DIGITS})${SCALE}?`, "g");
const DOLLAR_PREFIX = /(?:^|[^A-Za-z])(US|U\.S\.|AU|A|CA|C|NZ|HK|S|R)\s?$/;
// Any three capitals before an amount, checked against CODES in code: one character class is much cheaper to scan
// for than two dozen alternatives tried at every word.
const CODE_PREFIXED = new RegExp(String.raw`\b(Rs\.?|RS\.?|Tk\.?|[A-Z]{3})\s?(${DIGITS})${SCALE}?`, "g");
const CODE_SET = new Set(CODES.split("|"));

const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", euro: "EUR", pound: "GBP", sterling: "GBP", rupee: "PKR", yuan: "CNY", renminbi: "CNY", yen: "JPY",
  franc: "CHF", ruble: "RUB", rouble: "RUB", dirham: "AED", riyal: "SAR", taka: "BDT", naira: "NGN", rand: "ZAR",
  afghani: "AFN", lira: "TRY", peso: "MXN", won: "KRW", shilling: "KES", baht: "THB", ringgit: "MYR", rupiah: "IDR",
  zloty: "PLN", krona: "SEK", kronor: "SEK", krone: "NOK", kroner: "NOK", dinar: "KWD", shekel: "ILS",
};
const DOLLAR_ADJ: Record<string, string> = {
  "u.s.": "USD", us: "USD", american: "USD", australian: "AUD", canadian: "CAD", "new zealand": "NZD",
  "hong kong": "HKD", singapore: "SGD",
};
const RUPEE_ADJ: Record<string, string> = { indian: "INR", pakistani: "PKR", "sri lankan": "LKR", nepalese: "NPR" };
// Found at the currency word (see words.ts), then the amount is read backwards from it.
const SUFFIX_WORD = /(dollars?|euros?|pounds?(?:\s+sterling)?|sterling|rupees?|yuan|renminbi|yen|francs?|rubles?|roubles?|dirhams?|riyals?|taka|naira|rand|afghanis?|lira|pesos?|shillings?|won|cents?|pence|penny|baht|ringgit|rupiah|zloty|kronor|krona|kroner|krone|dinars?|shekels?)\b|([A-Z]{3})\b/iy;
export const CURRENCY_WORDS_AFTER = [
  "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "rupee", "rupees", "yuan", "renminbi", "yen",
  "franc", "francs", "ruble", "rubles", "rouble", "roubles", "dirham", "dirhams", "riyal", "riyals", "taka", "naira",
  "rand", "afghani", "afghanis", "lira", "peso", "pesos", "shilling", "shillings", "won", "cent", "cents", "pence",
  "penny", "baht", "ringgit", "rupiah", "zloty", "krona", "kronor", "krone", "kroner", "dinar", "dinars", "shekel",
  "shekels",
  ...CODES.split("|"),
];
// "Australian dollars", "Pakistani rupees", "euro cents": the word naming whose currency, read backwards.
const CURRENCY_ADJ_BEFORE = /(?:^|[^A-Za-z.])(u\.s\.|us|american|australian|canadian|new\s+zealand|hong\s+kong|singapore|indian|pakistani|sri\s+lankan|nepalese|euro)\s+$/i;
// "14 million euros", and hyphenated as an adjective: "a 14-million-euro gamble", "a two-million-pound deal".
const AMOUNT_BEFORE = new RegExp(
  String.raw`(?:^|[^A-Za-z0-9_.,])(?:(${DIGITS})${SCALE}?|(${A_SCALE}|${WORDS}))(?:\s+|-)$`,
  "i",
);

const INDIA = /\b(?:India|Indian|Indians|New Delhi|Delhi|Mumbai|Bengaluru|Kolkata|Chennai|Lok Sabha|Rajya Sabha|INR)\b|₹/g;
const PAKISTAN = /\b(?:Pakistan|Pakistani|Pakistanis|Islamabad|Karachi|Lahore|Rawalpindi|Peshawar|National Assembly|PKR)\b|₨/g;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** Whole-text mentions of each country, counted at most once per text (not once per rupee amount). */
export class RupeeContext {
  private india = -1;
  private pakistan = -1;

  constructor(private readonly text: string) {}

  /** Rupees are Indian or Pakistani by the country named nearby, else by the one the whole text names more. */
  currencyAt(start: number, end: number): string {
    const text = this.text;
    const window = text.slice(Math.max(0, start - 300), Math.min(text.length, end + 100));
    const near = count(INDIA, window) - count(PAKISTAN, window);
    if (near !== 0) return near > 0 ? "INR" : "PKR";
    if (this.india < 0) {
      this.india = count(INDIA, text);
      this.pakistan = count(PAKISTAN, text);
    }
    return this.india > this.pakistan ? "INR" : "PKR";
  }
}

function symbolCurrency(raw: string, rupees: RupeeContext, start: number, end: number): string | undefined {
  const sym = raw.replace(/\s+/g, "");
  if (/^[A-Za-z]{3}$/.test(sym)) {
    // A lower-case "usd" inside prose is not a currency code.
    if (!/^[A-Z]{3}$/.test(sym)) return undefined;
    return sym === "RMB" ? "CNY" : sym;
  }
  const code = SYMBOLS[sym.toUpperCase()];
  if (code === "PKR" && sym !== "₨") return rupees.currencyAt(start, end);
  return code;
}

function wordCurrency(adj: string | undefined, word: string, rupees: RupeeContext, start: number, end: number): string | undefined {
  const w = word.toLowerCase().replace(/\s+sterling$/, "").replace(/s$/, "");
  const a = adj?.toLowerCase().trim().replace(/\s+/g, " ");
  if (w === "dollar") return a ? (DOLLAR_ADJ[a] ?? "USD") : "USD";
  if (w === "rupee") return a && RUPEE_ADJ[a] ? RUPEE_ADJ[a] : rupees.currencyAt(start, end);
  return CURRENCY_WORDS[w];
}

function pushPrefixed(
  text: string, rupees: RupeeContext, out: Candidate[], symStart: number, symbol: string, m: RegExpExecArray, g: number,
): void {
  const end = m.index + m[0].length;
  if (isWordChar(text[end]) || ((text[end] === "." || text[end] === ",") && isDigitChar(text[end + 1]))) return;
  const unit = symbolCurrency(symbol, rupees, symStart, end);
  if (!unit) return;
  const hedge = hedgeBefore(text, symStart, true);
  const value = clean(parseDigits(m[g]) * scaleOf(m[g + 1] ?? m[g + 3]) * scaleOf(m[g + 2]));
  out.push(hedged({ kind: "money", value, unit, text: text.slice(hedge.start, end), start: hedge.start, end, rank: 0 }, hedge));
}

function scanPrefixed(text: string, rupees: RupeeContext, out: Candidate[]): void {
  eachMatch(SYMBOL_PREFIXED, text, (m) => {
    let symStart = m.index;
    let symbol = text[symStart];
    if (symbol === "$") {
      const from = Math.max(0, symStart - 5);
      const p = DOLLAR_PREFIX.exec(text.slice(from, symStart));
      if (p) {
        symStart = from + p.index + p[0].indexOf(p[1]);
        symbol = `${p[1]}$`;
      }
    }
    if (isLetterChar(text[symStart - 1]) || isDigitChar(text[symStart - 1])) return;
    pushPrefixed(text, rupees, out, symStart, symbol, m, 1);
  });
  eachMatch(CODE_PREFIXED, text, (m) => {
    if (m[1].length === 3 && /^[A-Z]{3}$/.test(m[1]) && !CODE_SET.has(m[1])) return;
    pushPrefixed(text, rupees, out, m.index, m[1], m, 2);
  });
}

/** "1.2 million dollars", "9 cents", "40 million EUR": at the currency word, the amount read backwards. */
export function currencyWordAt(text: string, rupees: RupeeContext, at: number, out: Candidate[]): void {
  SUFFIX_WORD.lastIndex = at;
  const m = SUFFIX_WORD.exec(text);
  if (!m) return;
  let wordStart = at;
  let adj: string | undefined;
  const adjMatch = m[1] ? CURRENCY_ADJ_BEFORE.exec(text.slice(Math.max(0, wordStart - 16), wordStart)) : null;
  if (adjMatch) {
    adj = adjMatch[1];
    wordStart -= adjMatch[0].length - adjMatch[0].indexOf(adjMatch[1]);
  }
  const from = Math.max(0, wordStart - 60);
  const a = AMOUNT_BEFORE.exec(text.slice(from, wordStart));
  if (!a) return;
  const numStart = from + a.index + a[0].search(/[\dA-Za-z]/);
  const scale = a[2] ?? a[4];
  const end = at + m[0].length;
  let unit: string | undefined;
  let amount = a[1] ? parseDigits(a[1]) * scaleOf(scale) * scaleOf(a[3]) : parseWordNumber(a[5]);
  if (m[2]) {
    // A currency code is written in capitals ("USD"), never as the word "usd".
    if (!/^[A-Z]{3}$/.test(m[2]) || !CODES.includes(m[2])) return;
    unit = m[2] === "RMB" ? "CNY" : m[2];
  } else if (/^cents?$/i.test(m[1])) {
    unit = adj?.toLowerCase() === "euro" ? "EUR" : "USD";
    amount /= 100;
  } else if (/^(?:pence|penny)$/i.test(m[1])) {
    // "28 pence lower at 925p": pence are hundredths of a pound
    unit = "GBP";
    amount /= 100;
  } else {
    const bigWords = /\b(?:million|billion|thousand|trillion)\b/i.test(a[5] ?? "");
    // "200 pounds" is a weight and "won" a verb; with a scale word they are money.
    if (/^(?:pounds?|won)$/i.test(m[1]) && !scale && !bigWords) return;
    unit = wordCurrency(adj?.toLowerCase() === "euro" ? undefined : adj, m[1], rupees, numStart, end);
  }
  if (!unit || !Number.isFinite(amount)) return;
  const hedge = hedgeBefore(text, numStart, true);
  out.push(hedged({ kind: "money", value: clean(amount), unit, text: text.slice(hedge.start, end), start: hedge.start, end, rank: 0 }, hedge));
}

/** Amounts written with a symbol or code before them; amounts followed by a currency word come from currencyWordAt. */
export function scanMoney(text: string, rupees: RupeeContext, out: Candidate[]): void {
  scanPrefixed(text, rupees, out);
}


