// Freezes the detector's output so a speed change can prove it changed nothing:
//   npx tsx scripts/claims-snapshot.ts --write /tmp/claims.json   dump every text's claims (spans, kinds, values, scores)
//   npx tsx scripts/claims-snapshot.ts --check /tmp/claims.json   compare today's output with the dump; exit 1 on a difference
// Texts: the labelled corpus, the old held-out set, the BBC/CNN news texts (with their labels' publication dates),
// the seed article and bench/fixtures, each also without a publication date (the bench runs that way).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { detectClaims } from "../lib/claims";

const ROOT = path.resolve(__dirname, "..");
const NEWS_TEXTS = path.resolve(ROOT, "../shared/corpus/news");

function publishedAt(labelFile: string): Date | undefined {
  if (!existsSync(labelFile)) return undefined;
  const p = (JSON.parse(readFileSync(labelFile, "utf8")) as { publishedAt?: string | null }).publishedAt;
  return p ? new Date(`${p}T00:00:00Z`) : undefined;
}

function texts(): { name: string; text: string; publishedAt?: Date }[] {
  const out: { name: string; text: string; publishedAt?: Date }[] = [];
  const add = (dir: string, labels: string, name: string) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".txt")) continue;
      const slug = f.replace(/\.txt$/, "");
      out.push({ name: `${name}/${slug}`, text: readFileSync(path.join(dir, f), "utf8"), publishedAt: publishedAt(path.join(labels, `${slug}.labels.json`)) });
    }
  };
  add(path.join(ROOT, "tests/fixtures/corpus"), path.join(ROOT, "tests/fixtures/corpus"), "corpus");
  add(path.join(ROOT, "tests/fixtures/holdout"), path.join(ROOT, "tests/fixtures/holdout"), "holdout");
  add(NEWS_TEXTS, path.join(ROOT, "tests/fixtures/news"), "news");
  add(path.join(ROOT, "bench/fixtures"), "", "bench");
  add(path.resolve(ROOT, "../shared/seed-article"), "", "seed");
  const seed = out.find((t) => t.name.startsWith("seed/"));
  if (seed) out.push({ ...seed, name: `${seed.name}@2024-02-01`, publishedAt: new Date("2024-02-01T00:00:00Z") });
  return out;
}

function snapshot(): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const t of texts()) {
    result[t.name] = detectClaims(t.text, { publishedAt: t.publishedAt });
    if (t.publishedAt) result[`${t.name}#undated`] = detectClaims(t.text);
  }
  return result;
}

const mode = process.argv[2];
const file = process.argv[3];
if (!file || (mode !== "--write" && mode !== "--check")) {
  console.error("usage: claims-snapshot.ts --write|--check FILE");
  process.exit(2);
}
const now = snapshot();
if (mode === "--write") {
  writeFileSync(file, JSON.stringify(now));
  console.log(`${Object.keys(now).length} texts written to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  let differ = 0;
  for (const name of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = JSON.stringify(before[name]);
    const b = JSON.stringify(JSON.parse(JSON.stringify(now[name] ?? null)));
    if (a === b) continue;
    differ++;
    const x = (before[name] ?? []) as unknown[];
    const y = (JSON.parse(JSON.stringify(now[name] ?? [])) ?? []) as unknown[];
    console.log(`DIFF ${name}: ${x.length} → ${y.length} claims`);
    for (let i = 0, shown = 0; i < Math.max(x.length, y.length) && shown < 3; i++) {
      if (JSON.stringify(x[i]) === JSON.stringify(y[i])) continue;
      shown++;
      console.log(`  before: ${JSON.stringify(x[i])?.slice(0, 300)}\n  now:    ${JSON.stringify(y[i])?.slice(0, 300)}`);
    }
  }
  console.log(differ === 0 ? `identical (${Object.keys(now).length} texts)` : `${differ} texts differ`);
  process.exit(differ === 0 ? 0 : 1);
}
