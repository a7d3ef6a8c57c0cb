"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formFields, type ActionState } from "@/lib/http/action-state";
import { runAction, saved } from "@/lib/http/run-action";
import { AppError, notFound } from "@/lib/errors/app-error";
import { decideSuggestions } from "@/lib/review/suggestions";
import { createManualClaim } from "@/lib/review/create-claim";
import { locateText } from "@/lib/anchoring/locate-text";
import { getArticle } from "@/lib/articles/articles";
import { reviseArticle } from "@/lib/articles/revise-article";

// Each action checks the session and the role first (runAction), then the domain function checks its own rules.

export async function decideAllSuggestionsAction(slug: string, decision: "ACCEPTED" | "REJECTED", _prev: ActionState): Promise<ActionState> {
  return runAction("claim:edit", async (user) => {
    const verdict = decision === "REJECTED" ? "REJECTED" : "ACCEPTED";
    const { decided } = await decideSuggestions(user, { articleSlug: slug }, verdict);
    revalidatePath(`/articles/${slug}`);
    return saved(`${decided} suggestion${decided === 1 ? "" : "s"} ${verdict.toLowerCase()}.`);
  });
}

const manualSchema = z.object({
  text: z.string().max(20_000),
  start: z.coerce.number().int().min(0).optional(),
  end: z.coerce.number().int().min(0).optional(),
});

export async function createManualClaimAction(slug: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("claim:create", async (user) => {
    const fields = formFields(form);
    const input = manualSchema.parse({ text: (fields.text ?? "").replace(/\r\n/g, "\n"), start: fields.start || undefined, end: fields.end || undefined });
    const article = await getArticle(slug);
    if (!article) throw notFound("That article");
    const located = locateText(article.body, input.text, input);
    if (!located.ok) throw new AppError("INVALID", located.message, { text: located.message });
    const claim = await createManualClaim(user, slug, located);
    return { redirectTo: `/claims/${claim.id}` };
  });
}

const revisionFormSchema = z.object({ body: z.string(), version: z.coerce.number().int().positive() });

export async function reviseArticleAction(slug: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("article:revise", async (user) => {
    const input = revisionFormSchema.parse(formFields(form));
    const current = await getArticle(slug);
    // Browsers send a textarea's line breaks as CRLF; an article that had none keeps its LF.
    const body = current && !current.body.includes("\r") ? input.body.replace(/\r\n/g, "\n") : input.body;
    await reviseArticle(user, slug, { ...input, body });
    revalidatePath(`/articles/${slug}`);
    return { redirectTo: `/articles/${slug}` };
  });
}
