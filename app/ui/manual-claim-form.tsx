"use client";

import { useState } from "react";
import { createManualClaimAction } from "../articles/[slug]/actions";
import { useFormAction } from "./use-form-action";
import { FieldError, FormStatus, describedBy } from "./form-bits";

/**
 * Make a claim from words typed here when they appear once in the article. (Selecting words in the text
 * offers "Make a claim" right at the selection: selection-claim.tsx.)
 */
export function ManualClaimForm({ slug }: { slug: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(createManualClaimAction.bind(null, slug));
  const [picked, setPicked] = useState<{ text: string; start?: number; end?: number }>({ text: "" });
  const [open, setOpen] = useState(false);

  return (
    <details className="form-box" open={open || state.status === "error" || undefined} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Make a claim by hand</summary>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <p className="muted small">Type words that appear once in the article, or select them in the text.</p>
        <div className="field">
          <label htmlFor="manual-text">Words of the claim</label>
          <textarea
            id="manual-text"
            name="text"
            rows={3}
            value={picked.text}
            onChange={(e) => setPicked({ text: e.target.value })}
            {...describedBy(state, "text", "manual-text-error")}
          />
          <FieldError id="manual-text-error" state={state} name="text" />
        </div>
        {picked.start !== undefined && (
          <>
            <input type="hidden" name="start" value={picked.start} />
            <input type="hidden" name="end" value={picked.end} />
            <p className="muted small">
              Characters {picked.start}–{picked.end} of the article.
            </p>
          </>
        )}
        <FormStatus state={state} />
        <button type="submit" className="button-secondary" disabled={pending || !ready}>
          Make claim
        </button>
      </form>
    </details>
  );
}
