"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { actionError, formFields, type ActionState } from "@/lib/http/action-state";
import { AppError } from "@/lib/errors/app-error";
import { decideSuggestions } from "@/lib/review/suggestions";
import { createManualClaim } from "@/lib/review/create-claim";
import { locateText } from "@/lib/anchoring/locate-text";
import { getArticle } from "@/lib/articles/articles";
import { reviseArticle } from "@/lib/articles/revise-article";

// Server actions are public POST endpoints: each checks the session and role itself.

export async function decideAllSuggestionsAction(slug: string, decision: "ACCEPTED" | "REJECTED", _prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireUser();
    const { decided } = await decideSuggestions(user, { articleSlug: slug }, decision);
    revalidatePath(`/articles/${slug}`);
    return { status: "saved", message: `${decided} suggestion${decided === 1 ? "" : "s"} ${decision.toLowerCase()}.`, savedAt: Date.now() };
  } catch (error) {
    return actionError(error);
  }
}

const manualSchema = z.object({
  text: z.string().max(20_000),
  start: z.coerce.number().int().min(0).optional(),
  end: z.coerce.number().int().min(0).optional(),
});

export async function createManualClaimAction(slug: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  let claimId: string;
  try {
    const user = await requireUser();
    const fields = formFields(form);
    const input = manualSchema.parse({ text: (fields.text ?? "").replace(/\r\n/g, "\n"), start: fields.start || undefined, end: fields.end || undefined });
    const article = await getArticle(slug);
    if (!article) throw new AppError("NOT_FOUND", "That article was not found.");
    const located = locateText(article.body, input.text, input);
    if (!located.ok) throw new AppError("INVALID", located.message, { text: located.message });
    claimId = (await createManualClaim(user, slug, located)).id;
  } catch (error) {
    return actionError(error);
  }
  redirect(`/claims/${claimId}`);
}

const revisionFormSchema = z.object({ body: z.string(), version: z.coerce.number().int().positive() });

export async function reviseArticleAction(slug: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    const input = revisionFormSchema.parse(formFields(form));
    const current = await getArticle(slug);
    // Browsers send a textarea's line breaks as CRLF; an article that had none keeps its LF.
    const body = current && !current.body.includes("\r") ? input.body.replace(/\r\n/g, "\n") : input.body;
    await reviseArticle(user, slug, { ...input, body });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(`/articles/${slug}`);
  redirect(`/articles/${slug}`);
}
