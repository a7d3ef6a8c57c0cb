"use client";

import { useState } from "react";
import { reviseArticleAction } from "../articles/[slug]/actions";
import { useFormAction } from "./use-form-action";
import { FieldError, FormStatus, describedBy } from "./form-bits";

export function ReviseForm({ slug, version, body }: { slug: string; version: number; body: string }) {
  const { state, onSubmit, pending } = useFormAction(reviseArticleAction.bind(null, slug));
  const [text, setText] = useState(body);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="revise-body">Full text of the article</label>
        <textarea id="revise-body" name="body" rows={28} value={text} onChange={(e) => setText(e.target.value)} className="mono" {...describedBy(state, "body", "revise-body-error")} />
        <FieldError id="revise-body-error" state={state} name="body" />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? "Saving…" : "Save new revision"}
      </button>
    </form>
  );
}
