"use client";

import { useState } from "react";
import { reviseArticleAction } from "../articles/[slug]/actions";
import { useFormAction } from "./use-form-action";
import { FieldError, FormStatus } from "./form-bits";
import { MAX_ARTICLE_BYTES, TOO_LARGE_MESSAGE, utf8ByteLength } from "@/lib/import/limits";

export function ReviseForm({ slug, version, body }: { slug: string; version: number; body: string }) {
  const { state, onSubmit, pending } = useFormAction(reviseArticleAction.bind(null, slug));
  const [text, setText] = useState(body);
  // Over the limit, the text is stopped here rather than after a 2 MB upload.
  const tooLarge = utf8ByteLength(text) > MAX_ARTICLE_BYTES;
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="revise-body">Full text of the article</label>
        <textarea
          id="revise-body"
          name="body"
          rows={28}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="mono"
          aria-describedby={tooLarge ? "revise-body-size" : state.fields?.body ? "revise-body-error" : undefined}
          aria-invalid={tooLarge || !!state.fields?.body || undefined}
        />
        {tooLarge && (
          <p id="revise-body-size" className="field-error">
            {TOO_LARGE_MESSAGE}
          </p>
        )}
        <FieldError id="revise-body-error" state={state} name="body" />
      </div>
      <FormStatus state={state} fields={["body"]} />
      <button type="submit" className="button-primary" disabled={pending || tooLarge}>
        {pending ? "Saving…" : "Save new revision"}
      </button>
    </form>
  );
}
