"use client";

import { useEffect, useState } from "react";
import { attachSourceAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { FieldError, FormStatus, describedBy } from "./form-bits";

const EMPTY = { url: "", title: "", publisher: "", passage: "", stance: "SUPPORTS" };

export function CitationForm({ claimId }: { claimId: string }) {
  const { state, onSubmit, pending } = useFormAction(attachSourceAction.bind(null, claimId));
  const [values, setValues] = useState(EMPTY);
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  // Cleared only once the server has saved the citation.
  useEffect(() => {
    if (state.status === "saved") setValues(EMPTY);
  }, [state.savedAt, state.status]);

  return (
    <details className="form-box" open={state.status === "error" || undefined}>
      <summary>Attach a source</summary>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <div className="field">
          <label htmlFor="citation-url">Source URL</label>
          <input id="citation-url" name="url" type="url" inputMode="url" value={values.url} onChange={set("url")} {...describedBy(state, "url", "citation-url-error")} />
          <FieldError id="citation-url-error" state={state} name="url" />
        </div>
        <div className="field">
          <label htmlFor="citation-title">Source title</label>
          <input id="citation-title" name="title" value={values.title} onChange={set("title")} {...describedBy(state, "title", "citation-title-error")} />
          <FieldError id="citation-title-error" state={state} name="title" />
        </div>
        <div className="field">
          <label htmlFor="citation-publisher">Publisher (optional)</label>
          <input id="citation-publisher" name="publisher" value={values.publisher} onChange={set("publisher")} />
        </div>
        <div className="field">
          <label htmlFor="citation-passage">Passage from the source</label>
          <textarea id="citation-passage" name="passage" rows={4} value={values.passage} onChange={set("passage")} {...describedBy(state, "passage", "citation-passage-error")} />
          <FieldError id="citation-passage-error" state={state} name="passage" />
        </div>
        <fieldset className="field">
          <legend>Stance</legend>
          {(["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const).map((stance) => (
            <label key={stance} className="radio">
              <input type="radio" name="stance" value={stance} checked={values.stance === stance} onChange={set("stance")} />{" "}
              {stance === "SUPPORTS" ? "Supports the claim" : stance === "CONTRADICTS" ? "Contradicts the claim" : "Context only"}
            </label>
          ))}
          <FieldError id="citation-stance-error" state={state} name="stance" />
        </fieldset>
        <FormStatus state={state} />
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Attaching…" : "Attach source"}
        </button>
      </form>
    </details>
  );
}
