import { z } from "zod";

// What an import must carry, for the API, the browser form and the command line alike. The body is checked but
// never transformed: claim offsets index into it exactly as it arrives.

export const TITLE_MAX = 300;
export const PUBLICATION_MAX = 200;
export const URL_MAX = 2000;

/** Forms send "" and JSON may send null for a field left out: both mean "not given". */
const absent = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-03-05" is that calendar day at 00:00 UTC (how the claim detector reads publication dates). */
function parsePublished(raw: string): Date | null {
  const day = DATE_ONLY.exec(raw);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    // Date.UTC rolls 2024-02-30 over to March; a date that does not round-trip does not exist.
    return date.toISOString().slice(0, 10) === raw ? date : null;
  }
  const parsed = z.iso.datetime({ offset: true }).safeParse(raw);
  return parsed.success ? new Date(raw) : null;
}

export const articleImportSchema = z.object({
  title: z
    .string({ error: "Give the article's title." })
    .trim()
    .min(1, "Give the article's title.")
    .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`),
  body: z.string({ error: "Give the article's text." }).refine((body) => body.trim() !== "", "Give the article's text."),
  url: z.preprocess(
    absent,
    z
      .string({ error: "Must be an http or https URL." })
      .trim()
      .max(URL_MAX, `Keep the URL under ${URL_MAX} characters.`)
      // http(s) only: a javascript: or data: URL would become a live link on the article's page.
      .pipe(z.url({ protocol: /^https?$/, error: "Must be an http or https URL." }))
      .optional(),
  ),
  publication: z.preprocess(
    absent,
    z
      .string({ error: "The publication must be text." })
      .trim()
      .max(PUBLICATION_MAX, `Keep the publication under ${PUBLICATION_MAX} characters.`)
      .optional(),
  ),
  publishedAt: z.preprocess(
    absent,
    z
      .string({ error: "Give the date as YYYY-MM-DD." })
      .trim()
      .transform((raw, ctx) => {
        const date = parsePublished(raw);
        if (!date) {
          ctx.addIssue({ code: "custom", message: "Give the date as YYYY-MM-DD." });
          return z.NEVER;
        }
        return date;
      })
      .optional(),
  ),
});

/** What callers send (strings, possibly blank or null). */
export type ArticleImportRequest = z.input<typeof articleImportSchema>;
/** A request once checked: dates parsed, blanks as undefined. */
export type ParsedImport = z.output<typeof articleImportSchema>;
/** What the importer works with: trimmed, validated, the date parsed. */
export type ArticleImportInput = z.output<typeof articleImportSchema>;
