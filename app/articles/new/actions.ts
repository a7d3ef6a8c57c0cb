"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/session-user";
import { AppError, invalid } from "@/lib/errors/app-error";
import { actionError, formFields, type ActionState } from "@/lib/http/action-state";
import { importArticle, importArticleFile } from "@/lib/import/import-article";

// Server actions are public POST endpoints: this one checks the session and the role itself.

const PASTE_OR_FILE = "Paste the article's text or choose a file.";

export async function importArticleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let slug: string;
  try {
    const user = await requireUser();
    requirePermission(user, "article:import", "Your role may not import articles.");
    const fields = formFields(form);
    const meta = { title: fields.title, url: fields.url, publication: fields.publication, publishedAt: fields.publishedAt };
    const upload = form.get("file");
    // A file input left empty still sends an empty File, named "" or "blob" depending on the parser; an empty
    // file the person did choose has a name with an ending, and is refused as empty further on.
    const file = upload instanceof File && (upload.size > 0 || /\.[a-z0-9]+$/i.test(upload.name)) ? upload : null;
    // Browsers send a textarea's line breaks as CRLF; the person's text had LF (a textarea's value never holds CR),
    // so this restores what they pasted rather than normalizing it.
    const pasted = (fields.body ?? "").replace(/\r\n/g, "\n");
    const hasText = pasted.trim() !== "";

    if (file && hasText) throw invalid({ body: "Paste the text or choose a file, not both.", file: "Paste the text or choose a file, not both." });
    if (file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      slug = (await importArticleFile({ name: file.name, bytes }, meta, user)).slug;
    } else {
      slug = (await importArticle({ ...meta, body: pasted }, user)).slug;
    }
  } catch (error) {
    return actionError(pasteOrFile(error));
  }
  revalidatePath("/articles");
  redirect(`/articles/${slug}`);
}

/** With no text and no file, the form's message names both ways to give the article. */
function pasteOrFile(error: unknown): unknown {
  if (!(error instanceof AppError) || error.fields?.body !== "Give the article's text.") return error;
  return new AppError(error.code, error.message, { ...error.fields, body: PASTE_OR_FILE });
}
