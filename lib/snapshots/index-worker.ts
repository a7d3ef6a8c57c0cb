import { parentPort } from "node:worker_threads";
import { indexSnapshot, serializePassages } from "@/lib/evidence";

// The worker side of index-in-worker.ts: one text in, its passage index out as the JSON the database keeps.

parentPort?.once("message", (input: { text: string; publishedAt: Date | null }) => {
  try {
    const { passages } = indexSnapshot({ snapshotId: "new", sourceId: "new", text: input.text, publishedAt: input.publishedAt });
    parentPort!.postMessage({ ok: true, json: serializePassages(passages) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, cause: String((error as Error)?.stack ?? error) });
  }
});
