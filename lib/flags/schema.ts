import { z } from "zod";

export const FLAG_KINDS = ["NUMBER_MISMATCH", "DATE_MISMATCH", "NAME_OR_SPELLING", "MISQUOTE", "ATTRIBUTION", "INTERNAL_CONTRADICTION", "UNSUPPORTED", "OTHER"] as const;
export const SEVERITIES = ["LOW", "MEDIUM", "HIGH"] as const;

export const raiseFlagSchema = z.object({
  kind: z.enum(FLAG_KINDS, { error: `Kind must be one of ${FLAG_KINDS.join(", ")}.` }),
  severity: z.enum(SEVERITIES, { error: "Severity must be LOW, MEDIUM or HIGH." }),
  note: z.string({ error: "Say what does not add up." }).trim().min(1, "Say what does not add up.").max(5000),
});

export const resolveFlagSchema = z.object({
  status: z.enum(["RESOLVED", "DISMISSED"], { error: "Status must be RESOLVED or DISMISSED." }),
  note: z.string({ error: "Say why." }).trim().min(1, "Say why.").max(5000),
});
