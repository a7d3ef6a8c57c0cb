"use client";

import { useEffect, useState } from "react";
import { addCommentAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { CharCount, FieldError, FormStatus, Required } from "./form-bits";
import { TEXT_LIMITS } from "@/lib/review/limits";

export function CommentForm({ claimId }: { claimId: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(addCommentAction.bind(null, claimId));
  const [body, setBody] = useState("");
  useEffect(() => {
    if (state.status === "saved") setBody("");
  }, [state.savedAt, state.status]);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <div className="field">
        <label htmlFor="comment-body">
          Add a comment
          <Required />
        </label>
        <textarea
          id="comment-body"
          name="body"
          rows={2}
          required
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-describedby={state.fields?.body ? "comment-body-count comment-body-error" : "comment-body-count"}
          aria-invalid={body.length > TEXT_LIMITS.comment || !!state.fields?.body || undefined}
        />
        <CharCount id="comment-body-count" value={body} max={TEXT_LIMITS.comment} />
        <FieldError id="comment-body-error" state={state} name="body" />
      </div>
      <FormStatus state={state} fields={["body"]} />
      <button type="submit" className="button-secondary" disabled={pending || !ready || body.length > TEXT_LIMITS.comment}>
        Comment
      </button>
    </form>
  );
}
