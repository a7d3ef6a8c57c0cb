"use client";

import { useEffect, useState } from "react";
import { raiseFlagAction, resolveFlagAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { CharCount, FieldError, FormStatus, Required } from "./form-bits";
import { TEXT_LIMITS } from "@/lib/review/limits";

import { FLAG_KIND_LABEL } from "./labels";
import { Disclosure } from "./disclosure";

const KINDS = Object.keys(FLAG_KIND_LABEL);
const human = (kind: string) => FLAG_KIND_LABEL[kind];

export function RaiseFlagForm({ claimId }: { claimId: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(raiseFlagAction.bind(null, claimId));
  const [values, setValues] = useState({ kind: "NUMBER_MISMATCH", severity: "MEDIUM", note: "" });
  useEffect(() => {
    if (state.status === "saved") setValues((v) => ({ ...v, note: "" }));
  }, [state.savedAt, state.status]);
  return (
    <Disclosure className="form-box" summary="Raise a flag">
      <form onSubmit={onSubmit} className="stack" noValidate>
        <div className="field">
          <label htmlFor="flag-kind">Kind</label>
          <select id="flag-kind" name="kind" value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {human(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="flag-severity">Severity</label>
          <select id="flag-severity" name="severity" value={values.severity} onChange={(e) => setValues({ ...values, severity: e.target.value })}>
            <option value="LOW">Low</option>
            <option value="MEDIUM">Medium</option>
            <option value="HIGH">High</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="flag-note">
            What does not add up
            <Required />
          </label>
          <textarea
            id="flag-note"
            name="note"
            rows={2}
            required
            value={values.note}
            onChange={(e) => setValues({ ...values, note: e.target.value })}
            aria-describedby={state.fields?.note ? "flag-note-count flag-note-error" : "flag-note-count"}
            aria-invalid={values.note.length > TEXT_LIMITS.flagNote || !!state.fields?.note || undefined}
          />
          <CharCount id="flag-note-count" value={values.note} max={TEXT_LIMITS.flagNote} />
          <FieldError id="flag-note-error" state={state} name="note" />
        </div>
        <FormStatus state={state} fields={["note"]} />
        <button type="submit" className="button-secondary" disabled={pending || !ready}>
          Raise flag
        </button>
      </form>
    </Disclosure>
  );
}

export function ResolveFlagForm({ claimId, flagId }: { claimId: string; flagId: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(resolveFlagAction.bind(null, claimId, flagId));
  const [note, setNote] = useState("");
  const noteId = `flag-${flagId}-note`;
  return (
    <Disclosure className="inline-form" summary="Resolve or dismiss">
      <form onSubmit={onSubmit} className="stack" noValidate>
        <div className="field">
          <label htmlFor={noteId}>
            Why
            <Required />
          </label>
          <input
            id={noteId}
            name="note"
            required
            maxLength={TEXT_LIMITS.flagNote}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            {...(state.fields?.note ? { "aria-describedby": `${noteId}-error`, "aria-invalid": true } : {})}
          />
          <FieldError id={`${noteId}-error`} state={state} name="note" />
        </div>
        <FormStatus state={state} fields={["note"]} />
        <div className="button-row">
          <button type="submit" name="status" value="RESOLVED" className="button-secondary" disabled={pending || !ready}>
            Resolve
          </button>
          <button type="submit" name="status" value="DISMISSED" className="button-quiet" disabled={pending || !ready}>
            Dismiss
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
