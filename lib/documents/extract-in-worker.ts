import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors/app-error";
import type { ExtractedDocument } from "./extract-document";

// Runs extractDocument on a worker thread, so a 40-page PDF never blocks the server's event loop, with a time
// limit and a heap limit: a document that makes pdfjs or mammoth run away is stopped, not the server. Each call
// has its own short-lived worker (extraction is rare and seconds long; a pool would save little).

export interface WorkerOptions {
  timeoutMs?: number;
  maxHeapMb?: number;
  /**
   * A compiled JavaScript worker script. By default extract-worker.ts beside this file is loaded through tsx's
   * require hook (tsx already runs the app's scripts and `npm start`; it also resolves the "@/" paths).
   */
  script?: string;
}

type Reply = { ok: true; document: ExtractedDocument } | { ok: false; code: ErrorCode; message: string; fields?: FieldErrors; cause?: string };

function startWorker(options: WorkerOptions): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 };
  if (options.script) return new Worker(options.script, { resourceLimits });
  // Under Next.js's bundler __dirname is the bundle's folder, not this one: then the project's copy is used.
  const here = existsSync(path.join(__dirname, "extract-worker.ts")) ? __dirname : path.join(process.cwd(), "lib", "documents");
  const script = path.join(here, "extract-worker.ts");
  // Resolved here, not in the worker: an eval'd worker resolves bare names from the working directory.
  const tsx = createRequire(script).resolve("tsx/cjs/api");
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(script)});`, { eval: true, resourceLimits });
}

export function extractDocumentInWorker(bytes: Uint8Array, options: WorkerOptions = {}): Promise<ExtractedDocument> {
  const worker = startWorker(options);
  return new Promise<ExtractedDocument>((resolve, reject) => {
    const refuse = (message: string) => new AppError("INVALID", message, { file: message });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(refuse("The document took too long to read."));
    }, options.timeoutMs ?? 30_000);
    const finish = () => clearTimeout(timer);
    worker.once("message", (reply: Reply) => {
      finish();
      void worker.terminate();
      if (reply.ok) resolve({ ...reply.document });
      else {
        const error = new AppError(reply.code, reply.message, reply.fields);
        if (reply.cause) (error as Error).cause = reply.cause;
        reject(error);
      }
    });
    worker.once("error", (error: Error & { code?: string }) => {
      finish();
      const refusal = refuse(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "The document needs too much memory to read." : "The document could not be read.");
      // The person reads the refusal; the log keeps what really happened.
      (refusal as Error).cause = error;
      reject(refusal);
    });
    // A copy is transferred: the caller keeps its bytes (to store the original) while the worker reads its own.
    const copy = new Uint8Array(bytes);
    worker.postMessage(copy, [copy.buffer]);
  });
}
