import { z } from "zod";
import { CLAIM_STATES, VERDICTS } from "./rules";
import { TEXT_LIMITS } from "./limits";
import { STATE_LABEL, VERDICT_LABEL, listLabels } from "./labels";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max.toLocaleString("en-US")} characters.`)
    .nullable()
    .transform((text) => (text === "" ? null : text))
    .optional();

export const claimUpdateSchema = z.object({
  version: z.number({ error: "The claim's version is required." }).int().positive(),
  state: z.enum(CLAIM_STATES, { error: `Choose a workflow state: ${listLabels(STATE_LABEL, CLAIM_STATES)}.` }).optional(),
  verdict: z.enum(VERDICTS, { error: `Choose a verdict: ${listLabels(VERDICT_LABEL, VERDICTS)}, or none.` }).nullable().optional(),
  rationale: optionalText(TEXT_LIMITS.rationale),
  correction: optionalText(TEXT_LIMITS.correction),
  /** An editor's wording of the claim's line in the correction notice; null or "" returns to the generated one. */
  notice: optionalText(TEXT_LIMITS.notice),
  assigneeEmail: z.string().trim().toLowerCase().email("Not an email address.").nullable().optional(),
  reason: optionalText(TEXT_LIMITS.reason),
  /** An editor's reason to sign off while HIGH flags are open (API.md, "Sign-off with open flags"). */
  overrideOpenFlags: optionalText(TEXT_LIMITS.reason),
});
export type ClaimUpdateInput = z.infer<typeof claimUpdateSchema>;
