import { z } from "zod";
import { isHttpUrl } from "@/lib/sources/url";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { MAX_TEXT_CHARS } from "@/lib/documents/limits";

// What POST /api/sources accepts (API.md, "Sources with documents"): a URL to fetch, pasted text, or an upload's
// fields beside its file. The file itself is checked by lib/documents (type by content, size, damage).

const url = z
  .string({ error: "Give the source's URL." })
  .trim()
  .min(1, "Give the source's URL.")
  .max(TEXT_LIMITS.sourceUrl, `Keep the URL under ${TEXT_LIMITS.sourceUrl.toLocaleString("en-US")} characters.`)
  .refine(isHttpUrl, "Must be an http or https URL.");
const optionalText = (what: string, max: number) =>
  z
    .string({ error: `The ${what} must be text.` })
    .trim()
    .max(max, `Keep the ${what} under ${max.toLocaleString("en-US")} characters.`)
    .nullish()
    .transform((v) => v || null);

export const fetchSourceSchema = z.object({
  url,
  fetch: z.literal(true, { error: "Send fetch: true to fetch the URL." }),
  title: optionalText("title", TEXT_LIMITS.sourceTitle),
  publisher: optionalText("publisher", TEXT_LIMITS.publisher),
});

export const pastedSourceSchema = z.object({
  title: z.string({ error: "Give the source's title." }).trim().min(1, "Give the source's title.").max(TEXT_LIMITS.sourceTitle, `Keep the title under ${TEXT_LIMITS.sourceTitle} characters.`),
  text: z.string({ error: "Paste the source's text." }).trim().min(1, "Paste the source's text.").max(MAX_TEXT_CHARS, "The text is too long."),
  url: url.nullish().transform((v) => v || null),
  publisher: optionalText("publisher", TEXT_LIMITS.publisher),
});

/** JSON bodies: `fetch` present chooses fetching (so its errors name the right fields), anything else is pasted text. */
export function sourceJsonSchemaFor(body: unknown) {
  return body && typeof body === "object" && "fetch" in body ? fetchSourceSchema : pastedSourceSchema;
}

export const uploadFieldsSchema = z.object({
  url: url.nullish().transform((v) => v || null),
  title: optionalText("title", TEXT_LIMITS.sourceTitle),
  publisher: optionalText("publisher", TEXT_LIMITS.publisher),
});

export type FetchSourceInput = z.infer<typeof fetchSourceSchema>;
export type PastedSourceInput = z.infer<typeof pastedSourceSchema>;
export type UploadFields = z.infer<typeof uploadFieldsSchema>;

export const snapshotIdSchema = z.string().trim().min(1).max(64);
