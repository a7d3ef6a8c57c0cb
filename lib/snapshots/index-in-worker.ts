import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";

// Indexing a document (about a second per 4 million characters) never runs on the server's event loop: every
// text, short or long, goes to one long-lived worker thread per process (as extraction does, on its own worker,
// lib/documents/extract-in-worker.ts). The worker is started on first use and kept, so a short paste pays no
// start-up; it holds the process open only while a text waits for it, so an idle worker never keeps a script alive. A text that takes over a minute stops the
// worker (and fails whatever waited on it); the next text starts a fresh one.

const TIMEOUT_MS = 60_000;

type Reply = { id: number; ok: true; json: string } | { id: number; ok: false; cause: string };

interface Pending {
  resolve: (json: string) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const [id, p] of pending) (clearTimeout(p.timer), pending.delete(id), p.reject(error));
}

function stop(error: Error) {
  const w = worker;
  worker = null;
  failAll(error);
  if (w) void w.terminate();
}

function startWorker(): Worker {
  // Under Next.js's bundler __dirname is the bundle's folder, not this one: then the project's copy is used.
  const here = existsSync(path.join(__dirname, "index-worker.ts")) ? __dirname : path.join(process.cwd(), "lib", "snapshots");
  const script = path.join(here, "index-worker.ts");
  const tsx = createRequire(script).resolve("tsx/cjs/api");
  const w = new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(script)});`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  w.unref();
  w.on("message", (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    if (reply.ok) p.resolve(reply.json);
    else p.reject(new Error(`Indexing the snapshot failed: ${reply.cause}`));
  });
  w.on("error", (error) => worker === w && stop(error));
  w.on("exit", (code) => worker === w && stop(new Error(`The indexing worker stopped (exit code ${code}).`)));
  return w;
}

/** The snapshot's passage index as stored JSON (lib/evidence/stored-index.ts), computed on the indexing worker. */
export function indexSnapshotText(text: string, publishedAt: Date | null): Promise<string> {
  worker ??= startWorker();
  const id = nextId++;
  const w = worker;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      if (worker === w) stop(new Error(`Indexing the snapshot took over ${TIMEOUT_MS / 1000} s.`));
    }, TIMEOUT_MS);
    timer.unref();
    pending.set(id, { resolve, reject, timer });
    w.ref();
    w.postMessage({ id, text, publishedAt });
  });
}
