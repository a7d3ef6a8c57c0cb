import { parentPort } from "node:worker_threads";
import { AppError } from "@/lib/errors/app-error";
import { extractDocument } from "./extract-document";

// The worker side of extract-in-worker.ts: one message in (the bytes), one out (the document or the refusal).
// AppErrors cross the thread boundary as plain data and are rebuilt on the other side.

parentPort?.once("message", async (bytes: Uint8Array) => {
  try {
    parentPort!.postMessage({ ok: true, document: await extractDocument(bytes) });
  } catch (error) {
    if (error instanceof AppError) parentPort!.postMessage({ ok: false, code: error.code, message: error.message, fields: error.fields });
    // An unexpected failure still answers (the caller must not hang) and carries its cause for the log.
    else parentPort!.postMessage({ ok: false, code: "INVALID", message: "The document could not be read.", fields: { file: "The document could not be read." }, cause: String((error as Error)?.stack ?? error) });
  }
});
