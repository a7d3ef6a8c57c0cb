import { z } from "zod";
import { CLAIM_STATES } from "@/lib/review/rules";
import { AppError } from "@/lib/errors/app-error";
import { MAX_PAGE_SIZE } from "./claims-table";
import { STATE_LABEL, listLabels } from "@/lib/review/labels";

/** A bulk action covers at most one full page of the claims table. */
export const MAX_BULK_CLAIMS = MAX_PAGE_SIZE;

export const bulkInputSchema = z
  .object({
    action: z.enum(["assign", "state"], { error: "Action must be assign or state." }),
    claims: z
      .array(
        z.object({
          id: z.string({ error: "Each claim needs its id." }).trim().min(1, "Each claim needs its id.").max(64),
          // The version the browser showed: a claim changed since then is refused with 409, not overwritten.
          version: z.number({ error: "Each claim needs the version you saw." }).int().positive(),
        }),
        { error: "Claims must be a list of {id, version}." },
      )
      .min(1, "Select at least one claim.")
      .max(MAX_BULK_CLAIMS, `Select at most ${MAX_BULK_CLAIMS} claims at a time.`)
      .refine((claims) => new Set(claims.map((c) => c.id)).size === claims.length, "A claim is listed twice."),
    // null unassigns.
    assigneeEmail: z.string().trim().toLowerCase().email("Not an email address.").nullable().optional(),
    state: z.enum(CLAIM_STATES, { error: `Choose a workflow state: ${listLabels(STATE_LABEL, CLAIM_STATES)}.` }).optional(),
    reason: z.string().trim().max(2000, "Keep the reason under 2000 characters.").optional(),
  })
  .superRefine((input, ctx) => {
    if (input.action === "assign" && input.assigneeEmail === undefined)
      ctx.addIssue({ code: "custom", path: ["assigneeEmail"], message: "Choose who to assign the claims to (null unassigns)." });
    if (input.action === "state" && !input.state) ctx.addIssue({ code: "custom", path: ["state"], message: "Choose the state to move the claims to." });
  });
export type BulkInput = z.infer<typeof bulkInputSchema>;

export interface BulkResult {
  id: string;
  ok: boolean;
  /** The HTTP status the same change would get on its own: 200, or 403/404/409/422. */
  status: number;
  message: string;
}

/** What was done to one claim, in words for the person who asked. */
export function doneResult(id: string, input: BulkInput, changed: boolean, stateLabel: (s: string) => string, assigneeName?: string | null): BulkResult {
  if (!changed) return { id, ok: true, status: 200, message: "Nothing to change." };
  const message =
    input.action === "assign" ? (input.assigneeEmail ? `Assigned to ${assigneeName ?? input.assigneeEmail}.` : "Unassigned.") : `Moved to ${stateLabel(input.state ?? "")}.`;
  return { id, ok: true, status: 200, message };
}

/** Why one claim was refused: the same status and sentence the single-claim API would give. */
export function refusedResult(id: string, error: unknown): BulkResult {
  if (error instanceof AppError) return { id, ok: false, status: error.status, message: error.message };
  // Logged for us with its stack; the person learns only that this claim was not changed.
  console.error("Unhandled error in a bulk claim change", error);
  return { id, ok: false, status: 500, message: "Something went wrong on our side; this claim was not changed." };
}

export function summarizeBulk(results: BulkResult[]): string {
  const done = results.filter((r) => r.ok).length;
  const refused = results.length - done;
  return `${done} done, ${refused} refused.`;
}

/**
 * The bulk form's fields as the JSON API's body: each ticked checkbox is "id:version", and the
 * assignee "none" means unassign (an empty choice means none was made, which the schema refuses).
 */
export function bulkInputFromForm(form: FormData): unknown {
  const action = form.get("action");
  const claims = form.getAll("claim").map((value) => {
    const [id, version] = String(value).split(":");
    return { id, version: Number(version) };
  });
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const assignee = text("assigneeEmail");
  return {
    action,
    claims,
    ...(action === "assign" ? { assigneeEmail: assignee === "none" ? null : assignee } : {}),
    ...(action === "state" ? { state: text("state"), reason: text("reason") } : {}),
  };
}
