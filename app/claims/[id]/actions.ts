"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { actionError, formFields, type ActionState } from "@/lib/http/action-state";
import { citationInputSchema } from "@/lib/sources/schema";
import { attachSource } from "@/lib/sources/attach-source";
import { claimUpdateSchema } from "@/lib/review/schema";
import { updateClaim } from "@/lib/review/update-claim";
import { addComment, commentInputSchema } from "@/lib/review/add-comment";

// Server actions are public POST endpoints: each checks the session and role itself.

export async function attachSourceAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    const input = citationInputSchema.parse(formFields(form));
    await attachSource(user, claimId, input);
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/claims/${claimId}`);
  return { status: "saved", message: "Source attached.", savedAt: Date.now() };
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
