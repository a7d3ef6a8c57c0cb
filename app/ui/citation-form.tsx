"use client";

import { useEffect, useState } from "react";
import { attachSourceAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { FieldError, FormStatus, describedBy } from "./form-bits";
import { STANCE_CHOICE } from "./labels";

export interface KnownSource {
  url: string;
  title: string;
  publisher: string | null;
  kind: string;
}

const EMPTY = { url: "", title: "", publisher: "", passage: "", stance: "SUPPORTS", sourceKind: "SECONDARY", publishedAt: "", accessedAt: "" };
type Values = typeof EMPTY;

export function CitationForm({ claimId, knownSources }: { claimId: string; knownSources: KnownSource[] }) {
  const { state, onSubmit, pending } = useFormAction(attachSourceAction.bind(null, claimId));
  const [values, setValues] = useState<Values>(EMPTY);
  // Picking a source the desk already has (by URL or by title) fills in the rest of it.
  const pick = (match: KnownSource | undefined, next: Values) =>
    match ? { ...next, url: match.url, title: match.title, publisher: match.publisher ?? "", sourceKind: match.kind } : next;
  const set = (name: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => {
      const next = { ...v, [name]: e.target.value };
      if (name === "url") return pick(knownSources.find((s) => s.url === e.target.value), next);
      if (name === "title") return pick(knownSources.find((s) => s.title === e.target.value), next);
      return next;
    });
  useEffect(() => {
    if (state.status === "saved") setValues(EMPTY);
  }, [state.savedAt, state.status]);
  const field = (name: keyof Values, label: string, props: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`citation-${name}`}>{label}</label>
      <input id={`citation-${name}`} name={name} value={values[name]} onChange={set(name)} {...props} {...describedBy(state, name, `citation-${name}-error`)} />
      <FieldError id={`citation-${name}-error`} state={state} name={name} />
    </div>
  );

  return (
    <details className="form-box" open={state.status === "error" || undefined}>
      <summary>Attach a source</summary>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <datalist id="known-source-urls">
          {knownSources.map((s) => (
            <option key={s.url} value={s.url}>
              {s.title}
            </option>
          ))}
        </datalist>
        <datalist id="known-source-titles">
          {knownSources.map((s) => (
            <option key={s.url} value={s.title}>
              {s.url}
            </option>
          ))}
        </datalist>
        {field("url", "Source URL", { type: "url", inputMode: "url", list: "known-source-urls" })}
        {field("title", "Source title", { list: "known-source-titles" })}
        {field("publisher", "Publisher (optional)")}
        <div className="field-row">
          {field("publishedAt", "Published (optional)", { type: "date" })}
          {field("accessedAt", "Accessed (optional)", { type: "date" })}
        </div>
        <div className="field">
          <label htmlFor="citation-sourceKind">Kind of source</label>
          <select id="citation-sourceKind" name="sourceKind" value={values.sourceKind} onChange={set("sourceKind")}>
            <option value="PRIMARY">Primary (the record itself)</option>
            <option value="SECONDARY">Secondary (a report about it)</option>
          </select>
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
              {STANCE_CHOICE[stance]}
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
