import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { FLAG_KIND_LABEL, SEVERITY_LABEL, listLabels } from "@/lib/review/labels";

export const FLAG_KINDS = ["NUMBER_MISMATCH", "DATE_MISMATCH", "NAME_OR_SPELLING", "MISQUOTE", "ATTRIBUTION", "INTERNAL_CONTRADICTION", "UNSUPPORTED", "OTHER"] as const;
export const SEVERITIES = ["LOW", "MEDIUM", "HIGH"] as const;

const note = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(TEXT_LIMITS.flagNote, `Keep the note under ${TEXT_LIMITS.flagNote.toLocaleString("en-US")} characters.`);

export const raiseFlagSchema = z.object({
  kind: z.enum(FLAG_KINDS, { error: `Choose a kind of flag: ${listLabels(FLAG_KIND_LABEL, FLAG_KINDS).toLowerCase()}.` }),
  severity: z.enum(SEVERITIES, { error: `Choose a severity: ${listLabels(SEVERITY_LABEL, SEVERITIES).toLowerCase()}.` }),
  note: note("Say what does not add up."),
});

export const resolveFlagSchema = z.object({
  status: z.enum(["RESOLVED", "DISMISSED"], { error: "Choose whether to resolve or dismiss the flag." }),
  note: note("Say why."),
});
