import { parentPort } from "node:worker_threads";
import { indexSnapshot, serializePassages } from "@/lib/evidence";

// The worker side of index-in-worker.ts: texts in, one at a time in arrival order, each answered with its passage
// index as the JSON the database keeps (or the failure's cause), under the id it came with.

parentPort?.on("message", (input: { id: number; text: string; publishedAt: Date | null }) => {
  try {
    const { passages } = indexSnapshot({ snapshotId: "new", sourceId: "new", text: input.text, publishedAt: input.publishedAt });
    parentPort!.postMessage({ id: input.id, ok: true, json: serializePassages(passages) });
  } catch (error) {
    parentPort!.postMessage({ id: input.id, ok: false, cause: String((error as Error)?.stack ?? error) });
  }
});
