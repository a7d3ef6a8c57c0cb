"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formFields, type ActionState } from "@/lib/http/action-state";
import { runAction, saved } from "@/lib/http/run-action";
import { citationInputSchema } from "@/lib/sources/schema";
import { attachSource } from "@/lib/sources/attach-source";
import { citationEditSchema, editCitation, removeCitation } from "@/lib/sources/edit-citation";
import { claimUpdateSchema } from "@/lib/review/schema";
import { updateClaim } from "@/lib/review/update-claim";
import { addComment, commentInputSchema } from "@/lib/review/add-comment";
import { decideSuggestions } from "@/lib/review/suggestions";
import { raiseFlag, resolveFlag } from "@/lib/flags/flags";
import { raiseFlagSchema, resolveFlagSchema } from "@/lib/flags/schema";

// Each action checks the session and the role first (runAction), then the domain function checks its own rules.

const done = (claimId: string, message: string) => {
  revalidatePath(`/claims/${claimId}`);
  return saved(message);
};

export async function attachSourceAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("citation:write", async (user) => {
    const { flags } = await attachSource(user, claimId, citationInputSchema.parse(formFields(form)));
    const raised = flags.length === 0 ? "" : ` The automatic checks raised ${flags.length === 1 ? "a flag" : `${flags.length} flags`}: ${flags.map((f) => f.note).join(" ")}`;
    return done(claimId, `Source attached.${raised}`);
  });
}

export async function updateClaimAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("claim:edit", async (user) => {
    const fields = formFields(form);
    const input = claimUpdateSchema.parse({
      version: Number(fields.version),
      state: fields.state || undefined,
      verdict: fields.verdict === "" ? null : fields.verdict,
      rationale: fields.rationale,
      correction: fields.correction,
      notice: fields.notice,
      reason: fields.reason,
      overrideOpenFlags: fields.overrideOpenFlags,
    });
    const { changed } = await updateClaim(user, claimId, input);
    return changed ? done(claimId, "Claim updated.") : saved("Nothing to change.");
  });
}

export async function addCommentAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("comment:write", async (user) => {
    await addComment(user, claimId, commentInputSchema.parse(formFields(form)));
    return done(claimId, "Comment added.");
  });
}

export async function raiseFlagAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("flag:raise", async (user) => {
    await raiseFlag(user, claimId, raiseFlagSchema.parse(formFields(form)));
    return done(claimId, "Flag raised.");
  });
}

export async function resolveFlagAction(claimId: string, flagId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("flag:resolve", async (user) => {
    await resolveFlag(user, flagId, resolveFlagSchema.parse(formFields(form)));
    return done(claimId, "Flag closed.");
  });
}

export async function editCitationAction(claimId: string, citationId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("citation:write", async (user) => {
    const { flags } = await editCitation(user, citationId, citationEditSchema.parse(formFields(form)));
    const raised = flags.length === 0 ? "" : ` The automatic checks raised ${flags.length === 1 ? "a flag" : `${flags.length} flags`}: ${flags.map((f) => f.note).join(" ")}`;
    return done(claimId, `Citation changed.${raised}`);
  });
}

/** Ids bound in the browser (app/ui/remove-citation-button.tsx) arrive as the browser sent them. */
const boundId = z.string().min(1).max(64);

export async function removeCitationAction(claimId: string, citationId: string, _prev: ActionState): Promise<ActionState> {
  return runAction("citation:write", async (user) => {
    const [claim, citation] = [boundId.parse(claimId), boundId.parse(citationId)];
    await removeCitation(user, citation);
    return done(claim, "Citation removed.");
  });
}

export async function assignClaimAction(claimId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("claim:assign", async (user) => {
    const fields = formFields(form);
    // Absent means the person did not change the choice; an empty choice unassigns.
    const assigneeEmail = fields.assigneeEmail === undefined ? undefined : fields.assigneeEmail || null;
    const { changed } = await updateClaim(user, claimId, claimUpdateSchema.parse({ version: Number(fields.version), assigneeEmail }));
    return changed ? done(claimId, "Assignment saved.") : saved("Nothing to change.");
  });
}

export async function decideSuggestionAction(claimId: string, decision: "ACCEPTED" | "REJECTED", _prev: ActionState): Promise<ActionState> {
  return runAction("claim:edit", async (user) => {
    await decideSuggestions(user, { claimId }, decision === "REJECTED" ? "REJECTED" : "ACCEPTED");
    return done(claimId, decision === "REJECTED" ? "Suggestion rejected." : "Suggestion accepted.");
  });
}
