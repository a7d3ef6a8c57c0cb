import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { indexSnapshot, serializePassages } from "@/lib/evidence";

// Indexing a long document takes about a second per 4 million characters: off the server's event loop on a
// worker thread (as extraction is, lib/documents/extract-in-worker.ts). Short texts are indexed in place, where a
// worker's start-up would cost more than the work.

const IN_PLACE_CHARS = 200_000;

function startWorker(): Worker {
  // Under Next.js's bundler __dirname is the bundle's folder, not this one: then the project's copy is used.
  const here = existsSync(path.join(__dirname, "index-worker.ts")) ? __dirname : path.join(process.cwd(), "lib", "snapshots");
  const script = path.join(here, "index-worker.ts");
  const tsx = createRequire(script).resolve("tsx/cjs/api");
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(script)});`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
}

/** The snapshot's passage index as stored JSON (lib/evidence/stored-index.ts). */
export function indexSnapshotText(text: string, publishedAt: Date | null): Promise<string> {
  if (text.length <= IN_PLACE_CHARS) {
    return Promise.resolve(serializePassages(indexSnapshot({ snapshotId: "new", sourceId: "new", text, publishedAt }).passages));
  }
  const worker = startWorker();
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error("Indexing the snapshot took over 60 s."));
    }, 60_000);
    worker.once("message", (reply: { ok: true; json: string } | { ok: false; cause: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (reply.ok) resolve(reply.json);
      else reject(new Error(`Indexing the snapshot failed: ${reply.cause}`));
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage({ text, publishedAt });
  });
}
