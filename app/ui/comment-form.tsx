"use client";

import { useEffect, useState } from "react";
import { addCommentAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { CharCount, FieldError, FormStatus, Required } from "./form-bits";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { useMentions } from "./live/use-mentions";

export function CommentForm({ claimId }: { claimId: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(addCommentAction.bind(null, claimId));
  const [body, setBody] = useState("");
  const mentions = useMentions(body, setBody);
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
          ref={mentions.field}
          onChange={(e) => {
            setBody(e.target.value);
            mentions.trackCaret(e);
          }}
          onSelect={mentions.trackCaret}
          onKeyDown={mentions.onKeyDown}
          aria-autocomplete="list"
          aria-controls="comment-mentions"
          aria-activedescendant={mentions.open ? `comment-mention-${mentions.active}` : undefined}
          aria-describedby={state.fields?.body ? "comment-body-help comment-body-count comment-body-error" : "comment-body-help comment-body-count"}
          aria-invalid={body.length > TEXT_LIMITS.comment || !!state.fields?.body || undefined}
        />
        <ul id="comment-mentions" role="listbox" aria-label="People to mention" className="mention-list" hidden={!mentions.open}>
          {mentions.people.map((person, i) => (
            <li
              key={person.id}
              id={`comment-mention-${i}`}
              role="option"
              aria-selected={i === mentions.active}
              onMouseDown={(e) => {
                e.preventDefault();
                mentions.choose(person);
              }}
            >
              {person.name} <span className="muted">@{person.handle}</span>
            </li>
          ))}
        </ul>
        <p id="comment-body-help" className="muted small">
          Type @ and a name to tell a colleague; they get it in their inbox.
        </p>
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
