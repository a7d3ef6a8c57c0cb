// Repeated-claims benchmark: what matching adds to an import. A desk of 50,000 synthetic claims is keyed in memory
// (as the ClaimMatchKey table would hold it); a 50-claim article is then fingerprinted, its candidates picked and
// scored. The target is ≤ 300 ms for the article.
//   npx tsx bench/matching.ts            (npm run bench:matching once package.json names it)
//   npx tsx bench/matching.ts --desk 100000
// The claims are made from a Zipf-distributed vocabulary with news-like shapes (a name or two, a few key words, an
// amount, count, share or date), so some subject terms are common, as "Pakistan" is on a desk that covers Pakistan.
import { performance } from "node:perf_hooks";
import type { ClaimValue } from "../lib/claims";
import { CandidateIndex, fingerprintClaim, matchKeys, type MatchInput } from "../lib/matching";
import { seededRandom } from "../tests/seeded-random";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const DESK = arg("--desk", 50_000);
const SHOW = process.argv.includes("--show");
const ARTICLE = arg("--article", 50);
const RUNS = arg("--runs", 7);

const rnd = seededRandom(20261204);
const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
/** Zipf-like: a few items very often, most rarely. */
const zipf = <T>(list: T[]) => list[Math.min(list.length - 1, Math.floor(list.length * rnd() ** 3))];

const SYLLABLES = "ka ri to mu ne sa lo vi da pe zu ha bo ni te ra fu ge mo li".split(" ");
const word = (n: number) => Array.from({ length: n }, () => pick(SYLLABLES)).join("");
const WORDS = Array.from({ length: 4000 }, () => word(2 + Math.floor(rnd() * 2)) + "tion");
const NAMES = Array.from({ length: 800 }, () => {
  const w = word(2 + Math.floor(rnd() * 2));
  return w[0].toUpperCase() + w.slice(1);
});
const VERBS = ["approved", "announced", "reported", "pledged", "spent", "recorded", "estimated"];
const MONTHS = ["January", "March", "May", "July", "September", "November"];

function money(): ClaimValue {
  const amount = Math.round(1 + rnd() * 999);
  const scale = pick([1e6, 1e9]);
  return { kind: "money", value: amount * scale, unit: "USD", text: `$${amount} ${scale === 1e6 ? "million" : "billion"}` };
}
function count(): ClaimValue {
  const n = Math.round(10 + rnd() ** 2 * 200_000);
  return { kind: "number", value: n, text: n.toLocaleString("en-US") };
}
function share(): ClaimValue {
  const p = Math.round(rnd() * 990) / 10;
  return { kind: "percent", value: p, text: `${p} percent` };
}
function date(): ClaimValue {
  const year = 1990 + Math.floor(rnd() * 36);
  const month = Math.floor(rnd() * 6);
  return rnd() < 0.5
    ? { kind: "date", value: String(year), unit: "year", text: String(year) }
    : { kind: "date", value: `${year}-${String(month * 2 + 1).padStart(2, "0")}`, unit: "month", text: `${MONTHS[month]} ${year}` };
}

function syntheticClaim(): MatchInput {
  const main = pick([money, money, count, share, date])();
  const values = [main];
  if (main.kind !== "date" && rnd() < 0.5) values.push(date());
  const subject = [zipf(NAMES), zipf(NAMES)];
  const words = Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => zipf(WORDS));
  const quote = `${subject[0]} ${pick(VERBS)} ${main.text} for the ${words.join(" ")} in ${subject[1]}${values[1] ? ` in ${values[1].text}` : ""}.`;
  return { quote, kind: main.kind === "number" ? "number" : (main.kind as MatchInput["kind"]), values, context: quote };
}

/** The article: a fifth repeat a desk claim in other words, a fifth change its figure, the rest are new. */
function article(desk: MatchInput[]): MatchInput[] {
  return Array.from({ length: ARTICLE }, (_, i) => {
    if (i % 5 === 0) {
      const seen = pick(desk);
      return { ...seen, quote: seen.quote.replace(/ for the /, " to fund the "), context: undefined };
    }
    if (i % 5 === 1) {
      const seen = pick(desk);
      const values = seen.values.map((v, j) => (j === 0 && typeof v.value === "number" ? { ...v, value: v.value * 1.3, text: `${v.text}+` } : v));
      return { ...seen, values };
    }
    return syntheticClaim();
  });
}

const t0 = performance.now();
const deskClaims = Array.from({ length: DESK }, syntheticClaim);
const index = new CandidateIndex();
let rows = 0;
let fingerprintBytes = 0;
deskClaims.forEach((c, i) => {
  const fp = fingerprintClaim(c);
  index.add(`c${i}`, fp);
  rows += matchKeys(fp).length;
  fingerprintBytes += JSON.stringify(fp).length;
});
const buildMs = performance.now() - t0;
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

const times: number[] = [];
let candidates = 0;
let matches = 0;
let same = 0;
let conflicting = 0;
for (let run = 0; run < RUNS; run++) {
  const claims = article(deskClaims);
  const start = performance.now();
  candidates = matches = same = conflicting = 0; // the figures printed are the last run's
  for (const claim of claims) {
    const found = index.match(fingerprintClaim(claim));
    if (SHOW && run === 0) for (const m of found.slice(0, 2)) console.log(`${m.relation} ${m.score}: ${claim.quote}\n   ~ ${deskClaims[Number(m.claimId.slice(1))].quote}\n   ${m.reason}`);
    matches += found.length;
    same += found.filter((m) => m.relation === "SAME").length;
    conflicting += found.filter((m) => m.relation === "CONFLICTING").length;
  }
  times.push(performance.now() - start);
  // Outside the timing: how many desk claims were scored.
  for (const claim of claims) candidates += index.candidates(fingerprintClaim(claim)).length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`desk: ${DESK.toLocaleString("en-US")} claims keyed in ${(buildMs / 1000).toFixed(1)} s, heap ${heapMb.toFixed(0)} MB; ${(rows / DESK).toFixed(1)} key rows and ${(fingerprintBytes / DESK).toFixed(0)} bytes of fingerprint per claim`);
console.log(`article: ${ARTICLE} claims, ${candidates} candidates scored (${(candidates / ARTICLE).toFixed(1)} per claim), ${matches} matches (${same} SAME, ${conflicting} CONFLICTING)`);
console.log(`time to match the article: median ${median.toFixed(1)} ms, best ${times[0].toFixed(1)} ms, worst ${times[times.length - 1].toFixed(1)} ms over ${RUNS} runs (target ≤ 300 ms)`);
