// Scores the claim detector on every labelled set, each part apart: the original corpus, the old held-out set,
// and the BBC/CNN news corpus's tuning and held-out parts. `npx tsx scripts/claims-score.ts [--misses part]`
import { CORPUS_DIR, HOLDOUT_DIR, NEWS_LABELS_DIR, NEWS_TEXT_DIR, corpusSlugs, holdoutSlugs, newsSlugs, scoreArticle, scoreLabelled, totals } from "../tests/unit/claims/corpus";
import type { ArticleScore } from "../tests/unit/claims/corpus";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const parts: [string, () => ArticleScore[]][] = [
  ["corpus", () => corpusSlugs().map((s) => scoreArticle(s))],
  ["old-heldout", () => holdoutSlugs().map((s) => scoreLabelled(s, { labels: HOLDOUT_DIR }))],
  ["news-tuning", () => newsSlugs("tuning").map((s) => scoreLabelled(s, { labels: NEWS_LABELS_DIR, texts: NEWS_TEXT_DIR }))],
  ["news-heldout", () => newsSlugs("heldout").map((s) => scoreLabelled(s, { labels: NEWS_LABELS_DIR, texts: NEWS_TEXT_DIR }))],
];
const missesOf = process.argv.includes("--misses") ? process.argv[process.argv.indexOf("--misses") + 1] : null;
void CORPUS_DIR;
for (const [name, run] of parts) {
  const scores = run();
  const t = totals(scores);
  console.log(`${name.padEnd(13)} recall ${pct(t.recall)}  precision ${pct(t.precision)}  values ${pct(t.valueExactness)}  (${scores.length} articles, ${t.labelled} labelled, ${t.detections} detected, ${t.values} values)`);
  if (missesOf !== name) continue;
  for (const s of scores) {
    for (const c of s.missedClaims) console.log(`  MISS ${s.slug} [${c.kind}] ${c.quote.slice(0, 150)}`);
    for (const d of s.wrongDetections) console.log(`  FP   ${s.slug} [${d.kind}] ${d.quote.slice(0, 150)} ${JSON.stringify(d.values.map((v) => v.value))}`);
    for (const { claim, value } of s.missedValues) console.log(`  VAL  ${s.slug} ${JSON.stringify(value)} in: ${claim.quote.slice(0, 80)}`);
  }
}
