"use client";

import { useRef, useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/http/action-state";
import { ACCEPTED_FILES, MAX_ARTICLE_BYTES, TOO_LARGE_MESSAGE, utf8ByteLength } from "@/lib/import/limits";
import { useFormAction } from "../../ui/use-form-action";
import { FieldError, FormStatus } from "../../ui/form-bits";
import { importArticleAction } from "./actions";
import { JobProgress } from "../../ui/job-progress";

const EMPTY = { title: "", publication: "", url: "", publishedAt: "", body: "" };
type Field = keyof typeof EMPTY;

/** aria-describedby for a field: its hint, if any, and its error while it has one. */
function describe(state: ActionState, name: string, hintId?: string): { "aria-describedby"?: string; "aria-invalid"?: true } {
  const error = state.fields?.[name] ? `import-${name}-error` : undefined;
  const ids = [hintId, error].filter(Boolean).join(" ");
  return { ...(ids ? { "aria-describedby": ids } : {}), ...(error ? { "aria-invalid": true as const } : {}) };
}

export function ImportForm() {
  const { state: serverState, onSubmit, pending, ready } = useFormAction(importArticleAction);
  // What the browser can refuse before sending: a file or text over 2 MB (the server checks again).
  const [localState, setLocalState] = useState<ActionState | null>(null);
  const state = localState ?? serverState;
  // Controlled, so what was typed stays after a refusal; the chosen file stays too (the form is never reset).
  const [values, setValues] = useState(EMPTY);
  const [fileName, setFileName] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const set = (name: Field) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    const file = fileInput.current?.files?.[0];
    const tooLarge = file && file.size > MAX_ARTICLE_BYTES ? "file" : utf8ByteLength(values.body) > MAX_ARTICLE_BYTES ? "body" : null;
    if (tooLarge) {
      event.preventDefault();
      setLocalState({ status: "error", message: TOO_LARGE_MESSAGE, fields: { [tooLarge]: TOO_LARGE_MESSAGE } });
      return;
    }
    setLocalState(null);
    onSubmit(event);
  }

  function removeFile() {
    if (fileInput.current) fileInput.current.value = "";
    setFileName("");
  }

  return (
    <form onSubmit={submit} method="post" className="stack card" noValidate aria-label="Import an article">
      <div className="field">
        <label htmlFor="import-title">Title</label>
        <input id="import-title" name="title" value={values.title} onChange={set("title")} {...describe(state, "title", "import-title-hint")} />
        <p id="import-title-hint" className="small muted">
          With a file, leave it empty to use the file&apos;s own title (its &lt;title&gt;, first heading or first line).
        </p>
        <FieldError id="import-title-error" state={state} name="title" />
      </div>
      <div className="field">
        <label htmlFor="import-publication">Publication (optional)</label>
        <input id="import-publication" name="publication" value={values.publication} onChange={set("publication")} {...describe(state, "publication")} />
        <FieldError id="import-publication-error" state={state} name="publication" />
      </div>
      <div className="field">
        <label htmlFor="import-url">URL of the original (optional)</label>
        <input id="import-url" name="url" type="url" inputMode="url" value={values.url} onChange={set("url")} {...describe(state, "url")} />
        <FieldError id="import-url-error" state={state} name="url" />
      </div>
      <div className="field">
        <label htmlFor="import-published">Published on (optional)</label>
        <input id="import-published" name="publishedAt" type="date" value={values.publishedAt} onChange={set("publishedAt")} {...describe(state, "publishedAt")} />
        <FieldError id="import-publishedAt-error" state={state} name="publishedAt" />
      </div>
      <fieldset className="field stack">
        <legend>The article&apos;s text: paste it or choose a file</legend>
        <div className="field">
          <label htmlFor="import-body">Article text</label>
          <textarea id="import-body" name="body" rows={12} value={values.body} onChange={set("body")} {...describe(state, "body")} />
          <FieldError id="import-body-error" state={state} name="body" />
        </div>
        <div className="field">
          <label htmlFor="import-file">File (.txt, .md or .html)</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept={ACCEPTED_FILES}
            ref={fileInput}
            onChange={(e) => setFileName(e.target.files?.[0]?.name ?? "")}
            {...describe(state, "file", "import-file-hint")}
          />
          <p id="import-file-hint" className="small muted">
            Up to 2 MB, UTF-8 text. From a web page, only the article&apos;s own text is kept.
          </p>
          {fileName && (
            <button type="button" className="button-quiet" onClick={removeFile}>
              Remove the file {fileName}
            </button>
          )}
          <FieldError id="import-file-error" state={state} name="file" />
        </div>
      </fieldset>
      <FormStatus state={state} />
      {state.jobId && (
        <JobProgress key={state.jobId} jobId={state.jobId} label="Importing the article">
          {(job) => {
            const result = job.result as { slug: string; article: { title: string; claimCount: number } };
            return (
              <p className="form-ok">
                {job.message} <a href={`/articles/${result.slug}`}>Open “{result.article.title}”</a>
              </p>
            );
          }}
        </JobProgress>
      )}
      <button type="submit" className="button-primary" disabled={pending || !ready}>
        {pending ? "Importing…" : "Import article"}
      </button>
    </form>
  );
}
