// Money: a currency symbol or code before the amount ("$450 million", "US$3.5bn", "Rs 1.2 trillion", "€40m"), or a
// currency word or code after it ("1.2 million dollars", "500 crore rupees", "40 million EUR").
//
// Currency defaults, kept simple on purpose: "$" and "dollars" are USD unless another dollar is named (A$, C$,
// "Australian dollars"); "¥" is JPY; "Rs"/"rupees" are PKR unless India is named within ~300 characters before or
// ~100 after (then INR). "pounds" counts as money only with a scale word or "sterling", since it is also a weight.
import { eachMatch, type Candidate } from "./candidate";
import {
  A_SCALE, DIGITS, QUALIFIER, SCALE_ABBR, SCALE_WORD, WORDS, clean, normalizeQualifier, parseDigits,
  parseWordNumber, scaleOf,
} from "./lexicon";

const SYMBOLS: Record<string, string> = {
  "$": "USD", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
  "HK$": "HKD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₨": "PKR", "Rs": "PKR",
  "Rs.": "PKR", "Tk": "BDT", "Tk.": "BDT", "₦": "NGN", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₱": "PHP",
};
const CODES = "USD|EUR|GBP|PKR|INR|JPY|CNY|RMB|AUD|CAD|CHF|AED|SAR|BDT|AFN|NGN|KES|ZAR|RUB|TRY|BRL|MXN|SGD|HKD|NZD|KRW";
const SYMBOL = String.raw`(?:US\s?\$|U\.S\.\s?\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₨|₦|₩|₽|₺|₱|Rs\.?|Tk\.?|(?:${CODES})(?=\s?\d))`;
// "up to an additional $500 million": the filler belongs to the hedge, so it is only read after one.
const QUAL = String.raw`(?:(${QUALIFIER})\s+(?:(?:an?\s+)?(?:additional|further|extra|another)\s+)?)?`;
const SCALE = String.raw`(?:(?:\s|-)?(${SCALE_WORD})\b|\s?(${SCALE_ABBR})\b)`;

const PREFIXED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${QUAL}(${SYMBOL})\s?(${DIGITS})${SCALE}?(?![\p{L}\p{N}]|[.,]\d)`,
  "giu",
);

const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", euro: "EUR", pound: "GBP", sterling: "GBP", rupee: "PKR", yuan: "CNY", renminbi: "CNY", yen: "JPY",
  franc: "CHF", ruble: "RUB", rouble: "RUB", dirham: "AED", riyal: "SAR", taka: "BDT", naira: "NGN", rand: "ZAR",
  afghani: "AFN", lira: "TRY", peso: "MXN", won: "KRW", shilling: "KES",
};
const DOLLAR_ADJ: Record<string, string> = {
  "u.s.": "USD", us: "USD", american: "USD", australian: "AUD", canadian: "CAD", "new zealand": "NZD",
  "hong kong": "HKD", singapore: "SGD",
};
const RUPEE_ADJ: Record<string, string> = { indian: "INR", pakistani: "PKR", "sri lankan": "LKR", nepalese: "NPR" };
const ADJ = String.raw`(?:u\.s\.|us|american|australian|canadian|new\s+zealand|hong\s+kong|singapore|indian|pakistani|sri\s+lankan|nepalese)\s+`;
const WORD = String.raw`(?:dollars?|euros?|pounds?(?:\s+sterling)?|sterling|rupees?|yuan|renminbi|yen|francs?|rubles?|roubles?|dirhams?|riyals?|taka|naira|rand|afghanis?|lira|pesos?|shillings?)`;
const SUFFIXED = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])${QUAL}(?:(${DIGITS})${SCALE}?|(${A_SCALE}|${WORDS}))\s+(${ADJ})?(?:(${WORD})|(${CODES}))\b`,
  "giu",
);

// "9 cents": US cents unless another currency is named with them.
const CENTS = new RegExp(String.raw`(?<![\p{L}\p{N}.,])${QUAL}(${DIGITS}|${WORDS})\s+(?:(euro)\s+)?cents?\b`, "giu");

const INDIA = /\b(?:India|Indian|Indians|New Delhi|Delhi|Mumbai|INR)\b/;

function rupeeCurrency(text: string, start: number, end: number): string {
  const window = text.slice(Math.max(0, start - 300), Math.min(text.length, end + 100));
  return INDIA.test(window) ? "INR" : "PKR";
}

function symbolCurrency(raw: string, text: string, start: number, end: number): string | undefined {
  const sym = raw.replace(/\s+/g, "");
  if (/^[A-Z]{3}$/.test(sym)) return sym === "RMB" ? "CNY" : sym;
  if (/^[A-Z]{3}$/i.test(sym)) return undefined; // lower-case "usd" inside prose is not a code
  const code = SYMBOLS[sym] ?? SYMBOLS[sym.replace(/\.$/, "")];
  if (code === "PKR" && sym !== "₨") return rupeeCurrency(text, start, end);
  return code;
}

function wordCurrency(adj: string | undefined, word: string, text: string, start: number, end: number): string | undefined {
  const w = word.toLowerCase().replace(/\s+sterling$/, "").replace(/s$/, "");
  const a = adj?.toLowerCase().trim().replace(/\s+/g, " ");
  if (w === "dollar") return a ? (DOLLAR_ADJ[a] ?? "USD") : "USD";
  if (w === "rupee") return a && RUPEE_ADJ[a] ? RUPEE_ADJ[a] : rupeeCurrency(text, start, end);
  return CURRENCY_WORDS[w];
}

export function scanMoney(text: string, out: Candidate[]): void {
  eachMatch(CENTS, text, (m) => {
    const n = parseWordNumber(m[2]);
    const amount = Number.isFinite(n) ? n : parseDigits(m[2]);
    if (!Number.isFinite(amount)) return;
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      kind: "money", value: clean(amount / 100), unit: m[3] ? "EUR" : "USD", text: m[0], start, end, rank: 0,
      ...normalizeQualifier(m[1]),
    });
  });
  eachMatch(PREFIXED, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const unit = symbolCurrency(m[2], text, start, end);
    if (!unit) return;
    const value = clean(parseDigits(m[3]) * scaleOf(m[4] ?? m[5]));
    out.push({ kind: "money", value, unit, text: m[0], start, end, rank: 0, ...normalizeQualifier(m[1]) });
  });
  eachMatch(SUFFIXED, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const scale = m[3] ?? m[4];
    let unit: string | undefined;
    if (m[8]) {
      if (!/^[A-Z]{3}$/.test(m[8])) return;
      unit = m[8] === "RMB" ? "CNY" : m[8];
    } else {
      // "200 pounds" is usually a weight; "2 million pounds" or "500 pounds sterling" is money.
      if (/^pounds?$/i.test(m[7]) && !scale && !/\b(?:million|billion|thousand|trillion)\b/i.test(m[5] ?? "")) return;
      unit = wordCurrency(m[6], m[7], text, start, end);
    }
    if (!unit) return;
    const amount = m[2] ? parseDigits(m[2]) * scaleOf(scale) : parseWordNumber(m[5]);
    if (!Number.isFinite(amount)) return;
    out.push({ kind: "money", value: clean(amount), unit, text: m[0], start, end, rank: 0, ...normalizeQualifier(m[1]) });
  });
}
