import { z } from "zod";
import { AppError, invalidFromZod } from "@/lib/errors/app-error";
import { readJsonBody } from "@/lib/http/json-body";
import { readCappedBody } from "@/lib/http/capped-body";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/limits";
import type { SessionUser } from "@/lib/auth/session-user";
import { fetchSource, pasteSource, uploadSource } from "./add-source";
import { fetchSourceSchema, pastedSourceSchema, sourceJsonSchemaFor, uploadFieldsSchema } from "./schema";

// POST /api/sources reads one of three bodies; this decides which and validates it, so the route stays thin.

/** Room for the multipart envelope and the small fields around a 20 MB file. */
const MAX_UPLOAD_REQUEST = MAX_DOCUMENT_BYTES + 64 * 1024;
const tooLarge = () => new AppError("TOO_LARGE", "The file is over 20 MB.", { file: "Upload a file of at most 20 MB." });

async function readUpload(user: SessionUser, request: Request) {
  const body = await readCappedBody(request, MAX_UPLOAD_REQUEST, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("MALFORMED", "The upload could not be read as a form.");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("INVALID", "Choose a file to upload.", { file: "Choose a file to upload." });
  if (file.size > MAX_DOCUMENT_BYTES) throw tooLarge();
  if (file.size === 0) throw new AppError("INVALID", "The file is empty.", { file: "The file is empty." });
  // An empty form field means none.
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() ? value : null;
  };
  const fields = uploadFieldsSchema.safeParse({ url: text("url"), title: text("title"), publisher: text("publisher") });
  if (!fields.success) throw invalidFromZod(fields.error);
  return uploadSource(user, new Uint8Array(await file.arrayBuffer()), fields.data);
}

export async function addSourceFromRequest(user: SessionUser, request: Request) {
  if ((request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return readUpload(user, request);
  const body = await readJsonBody(request, z.unknown());
  const schema = sourceJsonSchemaFor(body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidFromZod(parsed.error);
  return schema === fetchSourceSchema
    ? fetchSource(user, parsed.data as z.infer<typeof fetchSourceSchema>)
    : pasteSource(user, parsed.data as z.infer<typeof pastedSourceSchema>);
}
