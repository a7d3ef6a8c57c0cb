// Claim-detection benchmark: throughput (MB/s of UTF-8 input) and memory for 1, 2 and 4 MB of article text.
//   npx tsx bench/extract.ts            all sizes, each in a fresh child process so peak memory is its own
//   npx tsx bench/extract.ts --mb 2     one size in this process
// Text: the seed article and every labelled corpus article, repeated until the size is reached.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detectClaims } from "../lib/claims";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");
const SIZES_MB = [1, 2, 4];
const MB = 1024 * 1024;

function sources(): string[] {
  const texts: string[] = [];
  const dirs = [path.join(ROOT, "tests/fixtures/corpus"), path.join(ROOT, "bench/fixtures"), path.resolve(ROOT, "../shared/seed-article")];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".txt")) texts.push(readFileSync(path.join(dir, f), "utf8"));
  }
  if (texts.length === 0) throw new Error("no article texts found for the benchmark");
  return texts;
}

function buildText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  const texts = sources();
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += Buffer.byteLength(t, "utf8") + 2;
  }
  return parts.join("\n\n");
}

function runOne(mb: number): void {
  const text = buildText(mb * MB);
  const bytes = Buffer.byteLength(text, "utf8");
  detectClaims(text.slice(0, 50_000)); // warm up the JIT
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let best = Infinity;
  let claims = 0;
  let heapAfter = 0;
  for (let run = 0; run < 3; run++) {
    const t0 = process.hrtime.bigint();
    const out = detectClaims(text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
    claims = out.length;
    heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const result = {
    mb,
    bytes,
    claims,
    ms: Math.round(best),
    mbPerSec: Number((bytes / MB / (best / 1000)).toFixed(2)),
    retainedHeapMb: Number(((heapAfter - heapBefore) / MB).toFixed(1)),
    peakRssMb: Math.round(maxRssMb),
  };
  console.log(JSON.stringify(result));
}

function main(): void {
  const i = process.argv.indexOf("--mb");
  if (i >= 0) {
    runOne(Number(process.argv[i + 1]));
    return;
  }
  console.log("size   claims    time    MB/s   heap growth   peak RSS");
  for (const mb of SIZES_MB) {
    // A fresh process per size, so each peak RSS belongs to that size alone.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--mb", String(mb)], {
      encoding: "utf8",
    });
    const line = child.stdout.trim().split("\n").pop() ?? "";
    if (child.status !== 0 || !line.startsWith("{")) {
      process.stderr.write(child.stderr);
      throw new Error(`benchmark for ${mb} MB failed`);
    }
    const r = JSON.parse(line) as { mb: number; claims: number; ms: number; mbPerSec: number; retainedHeapMb: number; peakRssMb: number };
    console.log(
      `${String(r.mb).padStart(2)} MB ${String(r.claims).padStart(8)} ${String(r.ms).padStart(6)} ms ${r.mbPerSec.toFixed(2).padStart(7)} ${`${r.retainedHeapMb} MB`.padStart(13)} ${`${r.peakRssMb} MB`.padStart(10)}`,
    );
  }
}

main();
