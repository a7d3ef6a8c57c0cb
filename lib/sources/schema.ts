import { z } from "zod";
import { isHttpUrl } from "./url";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { STANCE_CHOICE, listLabels } from "@/lib/review/labels";

export const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
export type Stance = (typeof STANCES)[number];

const required = (what: string, max: number) =>
  z.string({ error: `Give the ${what}.` }).trim().min(1, `Give the ${what}.`).max(max, `Keep the ${what} under ${max.toLocaleString("en-US")} characters.`);

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
  url: required("source's URL", TEXT_LIMITS.sourceUrl).refine(isHttpUrl, "Must be an http or https URL."),
  title: required("source's title", TEXT_LIMITS.sourceTitle),
  publisher: z.string().trim().max(TEXT_LIMITS.publisher, `Keep the publisher under ${TEXT_LIMITS.publisher} characters.`).nullable().transform((p) => p || null).optional(),
  passage: required("passage from the source", TEXT_LIMITS.passage),
  stance: z.enum(STANCES, { error: `Choose a stance: ${listLabels(STANCE_CHOICE, STANCES).toLowerCase()}.` }),
  sourceKind: z.enum(["PRIMARY", "SECONDARY"], { error: "Choose whether the source is primary or secondary." }).optional(),
  publishedAt: isoDay("source's publication date"),
  accessedAt: isoDay("date you read the source"),
});
export type CitationInput = z.infer<typeof citationInputSchema>;
