import type { z } from "zod";
import { AppError, invalidFromZod } from "@/lib/errors/app-error";
import { readCappedBody } from "./capped-body";

export const MAX_JSON_BYTES = 1024 * 1024;

/** Reads and validates a JSON body: 413 when too large, 400 when not JSON, 422 per field. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_JSON_BYTES): Promise<z.infer<S>> {
  const tooLarge = () => new AppError("TOO_LARGE", `The request body is over ${Math.round(maxBytes / 1024)} KB.`);
  const text = new TextDecoder().decode(await readCappedBody(request, maxBytes, tooLarge));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("MALFORMED", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw invalidFromZod(parsed.error);
  return parsed.data;
}
