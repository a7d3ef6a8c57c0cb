// Money: a currency symbol or code before the amount ("$450 million", "US$3.5bn", "Rs 1.2 trillion", "€40m"), or a
// currency word or code after it ("1.2 million dollars", "500 crore rupees", "40 million EUR", "9 cents").
//
// Currency defaults, kept simple on purpose: "$" and "dollars" are USD unless another dollar is named (A$, C$,
// "Australian dollars"); "¥" is JPY; "Rs"/"rupees" are PKR unless India is named within ~300 characters before or
// ~100 after (then INR). "pounds" and "won" count as money only with a scale word ("2 million pounds"), since they
// are also a weight and a verb.
import { eachMatch, hedgeBefore, hedgeFields, isDigitChar, isLetterChar, isWordChar, type Candidate } from "./candidate";
import { A_SCALE, DIGITS, WORDS, clean, parseDigits, parseWordNumber, scaleOf } from "./lexicon";

const SYMBOLS: Record<string, string> = {
  "$": "USD", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
  "HK$": "HKD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₨": "PKR", "RS": "PKR",
  "RS.": "PKR", "TK": "BDT", "TK.": "BDT", "₦": "NGN", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₱": "PHP",
};
const CODES = "USD|EUR|GBP|PKR|INR|JPY|CNY|RMB|AUD|CAD|CHF|AED|SAR|BDT|AFN|NGN|KES|ZAR|RUB|TRY|BRL|MXN|SGD|HKD|NZD|KRW";
const SCALE = String.raw`(?:(?:\s|-)?(thousand|million|billion|trillion|crore|lakh)\b|\s?(bn|bln|mn|mln|tn|trn|tr|cr|k|m|b)\b)`;

const PREFIXED = new RegExp(
  String.raw`(US\s?\$|U\.S\.\s?\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₨|₦|₩|₽|₺|₱|Rs\.?|Tk\.?|(?:${CODES})(?=\s?\d))\s?(${DIGITS})${SCALE}?`,
  "gi",
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
// Found by the currency word, then the amount is read backwards from it: currency words are rare, numbers are not.
const SUFFIX_WORD = new RegExp(
  String.raw`\b(?:(u\.s\.|us|american|australian|canadian|new\s+zealand|hong\s+kong|singapore|indian|pakistani|sri\s+lankan|nepalese)\s+)?(dollars?|euros?|pounds?(?:\s+sterling)?|sterling|rupees?|yuan|renminbi|yen|francs?|rubles?|roubles?|dirhams?|riyals?|taka|naira|rand|afghanis?|lira|pesos?|shillings?|won|(euro\s+)?cents?)\b|\b(${CODES})\b`,
  "gi",
);
const AMOUNT_BEFORE = new RegExp(
  String.raw`(?:^|[^A-Za-z0-9_.,])(?:(${DIGITS})${SCALE}?|(${A_SCALE}|${WORDS}))\s+$`,
  "i",
);

const INDIA = /\b(?:India|Indian|Indians|New Delhi|Delhi|Mumbai|INR)\b/;

function rupeeCurrency(text: string, start: number, end: number): string {
  const window = text.slice(Math.max(0, start - 300), Math.min(text.length, end + 100));
  return INDIA.test(window) ? "INR" : "PKR";
}

function symbolCurrency(raw: string, text: string, start: number, end: number): string | undefined {
  const sym = raw.replace(/\s+/g, "");
  if (/^[A-Za-z]{3}$/.test(sym)) {
    // A lower-case "usd" inside prose is not a currency code.
    if (!/^[A-Z]{3}$/.test(sym)) return undefined;
    return sym === "RMB" ? "CNY" : sym;
  }
  if (/^(?:rs|tk)\.?$/.test(sym)) return undefined; // "Rs"/"RS", not a lower-case fragment
  const code = SYMBOLS[sym.toUpperCase()];
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

function scanPrefixed(text: string, out: Candidate[]): void {
  eachMatch(PREFIXED, text, (m) => {
    const symStart = m.index;
    // "US$" must not be the tail of a word ("BUS$"), and a code or "Rs" must stand alone.
    if (isLetterChar(text[symStart - 1]) || isDigitChar(text[symStart - 1])) return;
    const end = symStart + m[0].length;
    if (isWordChar(text[end]) || ((text[end] === "." || text[end] === ",") && isDigitChar(text[end + 1]))) return;
    const unit = symbolCurrency(m[1], text, symStart, end);
    if (!unit) return;
    const hedge = hedgeBefore(text, symStart, true);
    const value = clean(parseDigits(m[2]) * scaleOf(m[3] ?? m[4]));
    out.push({ kind: "money", value, unit, text: text.slice(hedge.start, end), start: hedge.start, end, rank: 0, ...hedgeFields(hedge) });
  });
}

function scanSuffixed(text: string, out: Candidate[]): void {
  eachMatch(SUFFIX_WORD, text, (m) => {
    const from = Math.max(0, m.index - 60);
    const a = AMOUNT_BEFORE.exec(text.slice(from, m.index));
    if (!a) return;
    const numStart = from + a.index + a[0].search(/[\dA-Za-z]/);
    const scale = a[2] ?? a[3];
    const end = m.index + m[0].length;
    let unit: string | undefined;
    let amount = a[1] ? parseDigits(a[1]) * scaleOf(scale) : parseWordNumber(a[4]);
    if (m[4]) {
      if (!/^[A-Z]{3}$/.test(m[4])) return;
      unit = m[4] === "RMB" ? "CNY" : m[4];
    } else if (/cents?$/i.test(m[2])) {
      unit = m[3] ? "EUR" : "USD";
      amount /= 100;
    } else {
      const bigWords = /\b(?:million|billion|thousand|trillion)\b/i.test(a[4] ?? "");
      if (/^(?:pounds?|won)$/i.test(m[2]) && !scale && !bigWords) return;
      unit = wordCurrency(m[1], m[2], text, numStart, end);
    }
    if (!unit || !Number.isFinite(amount)) return;
    const hedge = hedgeBefore(text, numStart, true);
    out.push({ kind: "money", value: clean(amount), unit, text: text.slice(hedge.start, end), start: hedge.start, end, rank: 0, ...hedgeFields(hedge) });
  });
}

export function scanMoney(text: string, out: Candidate[]): void {
  scanPrefixed(text, out);
  scanSuffixed(text, out);
}
