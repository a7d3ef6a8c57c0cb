"use server";

import { revalidatePath } from "next/cache";
import { invalid } from "@/lib/errors/app-error";
import { formFields, type ActionState } from "@/lib/http/action-state";
import { runAction } from "@/lib/http/run-action";
import { asFileErrors, importArticle, prepareArticleFile } from "@/lib/import/import-article";
import { enqueueImport, isLargeImport } from "@/lib/import/import-job";

// Server actions are public POST endpoints: runAction checks the session and the role first.

const PASTE_OR_FILE = "Paste the article's text or choose a file.";

export async function importArticleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("article:import", async (user) => {
    let slug: string;
    const fields = formFields(form);
    const meta = { title: fields.title, url: fields.url, publication: fields.publication, publishedAt: fields.publishedAt };
    const upload = form instanceof FormData ? form.get("file") : null;
    // A file input left empty still sends an empty File, named "" or "blob" depending on the parser; an empty
    // file the person did choose has a name with an ending, and is refused as empty further on.
    const file = upload instanceof File && (upload.size > 0 || /\.[a-z0-9]+$/i.test(upload.name)) ? upload : null;
    // Browsers send a textarea's line breaks as CRLF; the person's text had LF (a textarea's value never holds CR),
    // so this restores what they pasted rather than normalizing it.
    const pasted = (fields.body ?? "").replace(/\r\n/g, "\n");
    const hasText = pasted.trim() !== "";

    if (file && hasText) throw invalid({ body: "Paste the text or choose a file, not both.", file: "Paste the text or choose a file, not both." });
    // A long article becomes a job: the form shows its progress and links to the article when it is done.
    if (file) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const prepared = prepareArticleFile({ name: file.name, bytes }, meta);
      if (isLargeImport(prepared.request)) return queued(await asFileErrors(prepared, () => enqueueImport(prepared.request, user)));
      slug = (await asFileErrors(prepared, () => importArticle(prepared.request, user))).slug;
    } else {
      const request = { ...meta, body: pasted };
      if (isLargeImport(request)) return queued(await enqueueImport(request, user));
      slug = (await importArticle(request, user)).slug;
    }
    revalidatePath("/articles");
    return { redirectTo: `/articles/${slug}` };
  }).then(pasteOrFile);
}

const queued = (job: { id: string }): ActionState => ({ status: "saved", message: "The article is long: it is being imported in the background.", jobId: job.id });

/** With no text and no file, the form's message names both ways to give the article. */
function pasteOrFile(state: ActionState): ActionState {
  if (state.fields?.body !== "Give the article's text.") return state;
  return { ...state, fields: { ...state.fields, body: PASTE_OR_FILE } };
}
