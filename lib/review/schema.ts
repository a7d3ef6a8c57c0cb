import { z } from "zod";
import { CLAIM_STATES, VERDICTS } from "./rules";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters.`)
    .nullable()
    .transform((text) => (text === "" ? null : text))
    .optional();

export const claimUpdateSchema = z.object({
  version: z.number({ error: "The claim's version is required." }).int().positive(),
  state: z.enum(CLAIM_STATES, { error: `State must be one of ${CLAIM_STATES.join(", ")}.` }).optional(),
  verdict: z.enum(VERDICTS, { error: `Verdict must be one of ${VERDICTS.join(", ")}.` }).nullable().optional(),
  rationale: optionalText(5000),
  correction: optionalText(5000),
  assigneeEmail: z.string().trim().toLowerCase().email("Not an email address.").nullable().optional(),
  reason: optionalText(2000),
});
export type ClaimUpdateInput = z.infer<typeof claimUpdateSchema>;
