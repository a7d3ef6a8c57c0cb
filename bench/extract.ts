// Claim-detection benchmark: throughput and memory for 1, 2 and 4 MB of article text.
//   npx tsx bench/extract.ts            every size, each in a fresh child process so its memory figures are its own
//   npx tsx bench/extract.ts --mb 2     one size, in this process
//   npx tsx bench/extract.ts --news     the same with the BBC/CNN news corpus in the mix
// The text is the seed article, the labelled corpus and bench/fixtures, repeated until the size is reached.
// Throughput is MB of UTF-8 input per second of CPU time (best of 7 runs after warming up, best of 3 processes) with
// V8's garbage collector on the main thread (--single-threaded-gc), so the figure is what one core does whatever
// else the machine is running (JIT threads still count, so it errs low); wall-clock MB/s is printed too.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detectClaims } from "../lib/claims";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");
const SIZES_MB = [1, 2, 4];
const MB = 1024 * 1024;
const RUNS = 7;
const PROCESSES = 3;

// --news adds the BBC/CNN news corpus (../shared/corpus/news, when present): more quotations, names and words per
// figure than the government releases, so a harder mix.
const WITH_NEWS = process.argv.includes("--news");

function sources(): string[] {
  const dirs = [path.join(ROOT, "tests/fixtures/corpus"), path.join(HERE, "fixtures"), path.resolve(ROOT, "../shared/seed-article")];
  if (WITH_NEWS) dirs.push(path.resolve(ROOT, "../shared/corpus/news"));
  const texts: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".txt")) texts.push(readFileSync(path.join(dir, f), "utf8"));
  }
  if (texts.length === 0) throw new Error("no article texts found for the benchmark");
  return texts;
}

function buildText(bytes: number): string {
  const texts = sources();
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += Buffer.byteLength(t, "utf8") + 2;
  }
  return parts.join("\n\n");
}

interface Result {
  mb: number;
  bytes: number;
  claims: number;
  cpuMs: number;
  wallMs: number;
  mbPerSec: number;
  wallMbPerSec: number;
  retainedMb: number;
  peakHeapMb: number;
  peakRssMb: number;
}

function runOne(mb: number): Result {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const text = buildText(mb * MB);
  const bytes = Buffer.byteLength(text, "utf8");
  // Let the JIT optimize the hot paths first, as it has in a server that has been running for a while.
  for (let i = 0; i < 10; i++) detectClaims(text.slice(0, 400_000));
  // Timed runs back to back, as imports follow each other in a server. A forced full collection (gc()) before a
  // run would make V8 throw its optimized code away and compile it again inside the timed run (about 60 ms per MB
  // on this machine, on a compiler thread): a cost a running server does not pay, so memory is measured apart.
  let best = { cpu: Infinity, wall: Infinity };
  let claims = 0;
  for (let run = 0; run < RUNS; run++) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const out = detectClaims(text);
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    best = { cpu: Math.min(best.cpu, (cpu.user + cpu.system) / 1000), wall: Math.min(best.wall, wall) };
    claims = out.length;
  }
  // Memory: what one detection leaves on the heap (the heap after it, garbage included, over the heap before), and
  // what its result keeps once collected.
  gc();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  let kept: unknown = null;
  for (let run = 0; run < 3; run++) {
    kept = null;
    gc();
    const out = detectClaims(text);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - baseHeap);
    kept = out;
  }
  gc();
  const retained = process.memoryUsage().heapUsed - baseHeap;
  if (kept === null) throw new Error("unreachable");
  return {
    mb, bytes, claims, cpuMs: Math.round(best.cpu), wallMs: Math.round(best.wall),
    mbPerSec: Number((bytes / MB / (best.cpu / 1000)).toFixed(2)),
    wallMbPerSec: Number((bytes / MB / (best.wall / 1000)).toFixed(2)),
    retainedMb: Number((retained / MB).toFixed(1)),
    peakHeapMb: Number((peakHeap / MB).toFixed(1)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function main(): void {
  const i = process.argv.indexOf("--mb");
  if (i >= 0) {
    console.log(JSON.stringify(runOne(Number(process.argv[i + 1]))));
    return;
  }
  const rows: Result[] = [];
  for (const mb of SIZES_MB) {
    // Fresh processes per size (with --expose-gc), so each memory figure belongs to that size alone; the best of
    // three processes, because on a shared machine one process can land on a busy core for its whole life.
    let best: Result | undefined;
    for (let attempt = 0; attempt < PROCESSES; attempt++) {
      const child = spawnSync(
        process.execPath,
        ["--expose-gc", "--single-threaded-gc", ...process.execArgv, fileURLToPath(import.meta.url), "--mb", String(mb), ...(WITH_NEWS ? ["--news"] : [])],
        { encoding: "utf8", maxBuffer: 16 * MB },
      );
      const line = child.stdout.trim().split("\n").pop() ?? "";
      if (child.status !== 0 || !line.startsWith("{")) {
        process.stderr.write(child.stderr);
        throw new Error(`benchmark for ${mb} MB failed`);
      }
      const r = JSON.parse(line) as Result;
      if (!best || r.mbPerSec > best.mbPerSec) best = r;
    }
    rows.push(best as Result);
  }
  console.log("input    claims   CPU time   MB/s (CPU)   MB/s (wall)   heap kept   peak heap   peak RSS");
  for (const r of rows) {
    console.log(
      [
        `${(r.bytes / MB).toFixed(2)} MB`.padEnd(8),
        String(r.claims).padStart(7),
        `${r.cpuMs} ms`.padStart(10),
        r.mbPerSec.toFixed(2).padStart(12),
        r.wallMbPerSec.toFixed(2).padStart(13),
        `${r.retainedMb} MB`.padStart(11),
        `${r.peakHeapMb} MB`.padStart(11),
        `${r.peakRssMb} MB`.padStart(10),
      ].join(" "),
    );
  }
  const slowest = Math.min(...rows.map((r) => r.mbPerSec));
  console.log(`\nslowest: ${slowest.toFixed(2)} MB/s per core (target ≥ 10); heap kept per MB of input: ${rows.map((r) => (r.retainedMb / (r.bytes / MB)).toFixed(1)).join(", ")} MB`);
}

main();
