import { z } from "zod";
import { isHttpUrl } from "./url";

export const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
export type Stance = (typeof STANCES)[number];

const required = (what: string, max: number) =>
  z.string({ error: `Give the ${what}.` }).trim().min(1, `Give the ${what}.`).max(max, `Keep the ${what} under ${max} characters.`);

/** An optional YYYY-MM-DD day, as a Date at UTC midnight; an empty form field means none. */
const isoDay = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, `Give the ${what} as YYYY-MM-DD.`)
    .refine((day) => !day || !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), `The ${what} is not a real date.`)
    .transform((day) => (day ? new Date(`${day}T00:00:00Z`) : undefined))
    .optional();

export const citationInputSchema = z.object({
  url: required("source's URL", 2000).refine(isHttpUrl, "Must be an http or https URL."),
  title: required("source's title", 500),
  publisher: z.string().trim().max(300).nullable().transform((p) => p || null).optional(),
  passage: required("passage from the source", 10_000),
  stance: z.enum(STANCES, { error: "Stance must be SUPPORTS, CONTRADICTS or CONTEXT." }),
  sourceKind: z.enum(["PRIMARY", "SECONDARY"], { error: "Kind must be PRIMARY or SECONDARY." }).optional(),
  publishedAt: isoDay("source's publication date"),
  accessedAt: isoDay("date you read the source"),
});
export type CitationInput = z.infer<typeof citationInputSchema>;
