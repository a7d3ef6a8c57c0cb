import { z } from "zod";
import { isHttpUrl } from "./url";

export const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
export type Stance = (typeof STANCES)[number];

const required = (what: string, max: number) =>
  z.string({ error: `Give the ${what}.` }).trim().min(1, `Give the ${what}.`).max(max, `Keep the ${what} under ${max} characters.`);

export const citationInputSchema = z.object({
  url: required("source's URL", 2000).refine(isHttpUrl, "Must be an http or https URL."),
  title: required("source's title", 500),
  publisher: z.string().trim().max(300).nullable().transform((p) => p || null).optional(),
  passage: required("passage from the source", 10_000),
  stance: z.enum(STANCES, { error: "Stance must be SUPPORTS, CONTRADICTS or CONTEXT." }),
  sourceKind: z.enum(["PRIMARY", "SECONDARY"]).optional(),
});
export type CitationInput = z.infer<typeof citationInputSchema>;
