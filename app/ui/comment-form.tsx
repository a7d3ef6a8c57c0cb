"use client";

import { useEffect, useState } from "react";
import { addCommentAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { FieldError, FormStatus, describedBy } from "./form-bits";

export function CommentForm({ claimId }: { claimId: string }) {
  const { state, onSubmit, pending } = useFormAction(addCommentAction.bind(null, claimId));
  const [body, setBody] = useState("");
  useEffect(() => {
    if (state.status === "saved") setBody("");
  }, [state.savedAt, state.status]);
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <div className="field">
        <label htmlFor="comment-body">Add a comment</label>
        <textarea id="comment-body" name="body" rows={2} value={body} onChange={(e) => setBody(e.target.value)} {...describedBy(state, "body", "comment-body-error")} />
        <FieldError id="comment-body-error" state={state} name="body" />
      </div>
      <FormStatus state={state} fields={["body"]} />
      <button type="submit" className="button-secondary" disabled={pending}>
        Comment
      </button>
    </form>
  );
}
