"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { actionError, formFields, type ActionState } from "@/lib/http/action-state";
import { citationInputSchema } from "@/lib/sources/schema";
import { attachSource } from "@/lib/sources/attach-source";
import { claimUpdateSchema } from "@/lib/review/schema";
import { updateClaim } from "@/lib/review/update-claim";
import { addComment, commentInputSchema } from "@/lib/review/add-comment";
import { raiseFlag, resolveFlag } from "@/lib/flags/flags";
import { raiseFlagSchema, resolveFlagSchema } from "@/lib/flags/schema";
import { removeCitation } from "@/lib/sources/edit-citation";
import { decideSuggestions } from "@/lib/review/suggestions";

// Server actions are public POST endpoints: each checks the session and role itself.

export async function attachSourceAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    const input = citationInputSchema.parse(formFields(form));
    const { flags } = await attachSource(user, claimId, input);
    revalidatePath(`/claims/${claimId}`);
    const raised = flags.length === 0 ? "" : ` The automatic checks raised ${flags.length === 1 ? "a flag" : `${flags.length} flags`}: ${flags.map((f) => f.note).join(" ")}`;
    return { status: "saved", message: `Source attached.${raised}`, savedAt: Date.now() };
  } catch (error) {
    return actionError(error);
  }
}

export async function updateClaimAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    const fields = formFields(form);
    const input = claimUpdateSchema.parse({
      version: Number(fields.version),
      state: fields.state || undefined,
      verdict: fields.verdict === "" ? null : fields.verdict,
      rationale: fields.rationale ?? undefined,
      correction: fields.correction ?? undefined,
      reason: fields.reason ?? undefined,
    });
    const result = await updateClaim(user, claimId, input);
    if (!result.changed) return { status: "saved", message: "Nothing to change.", savedAt: Date.now() };
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/claims/${claimId}`);
  return { status: "saved", message: "Claim updated.", savedAt: Date.now() };
}

export async function addCommentAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    await addComment(user, claimId, commentInputSchema.parse(formFields(form)));
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/claims/${claimId}`);
  return { status: "saved", message: "Comment added.", savedAt: Date.now() };
}

export async function raiseFlagAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    await raiseFlag(user, claimId, raiseFlagSchema.parse(formFields(form)));
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/claims/${claimId}`);
  return { status: "saved", message: "Flag raised.", savedAt: Date.now() };
}

export async function resolveFlagAction(claimId: string, flagId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    await resolveFlag(user, flagId, resolveFlagSchema.parse(formFields(form)));
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/claims/${claimId}`);
  return { status: "saved", message: "Flag closed.", savedAt: Date.now() };
}

export async function removeCitationAction(claimId: string, citationId: string, _prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireUser();
    await removeCitation(user, citationId);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/claims/${claimId}`);
  return { status: "saved", message: "Citation removed.", savedAt: Date.now() };
}

export async function assignClaimAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    const fields = formFields(form);
    const input = claimUpdateSchema.parse({ version: Number(fields.version), assigneeEmail: fields.assigneeEmail ? fields.assigneeEmail : null });
    await updateClaim(user, claimId, input);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/claims/${claimId}`);
  return { status: "saved", message: "Assignment saved.", savedAt: Date.now() };
}

export async function decideSuggestionAction(claimId: string, decision: "ACCEPTED" | "REJECTED", _prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireUser();
    await decideSuggestions(user, { claimId }, decision);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/claims/${claimId}`);
  return { status: "saved", message: decision === "ACCEPTED" ? "Suggestion accepted." : "Suggestion rejected.", savedAt: Date.now() };
}
