"use client";

import { useState } from "react";
import { editCitationAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { FieldError, FormStatus, describedBy } from "./form-bits";
import { STANCE_CHOICE } from "./labels";

interface Props {
  claimId: string;
  citationId: string;
  source: string;
  passage: string;
  stance: string;
}

/** Corrects a citation's passage or stance in place; the history keeps what it was and the checks run again. */
export function EditCitationForm({ claimId, citationId, source, passage, stance }: Props) {
  const { state, onSubmit, pending } = useFormAction(editCitationAction.bind(null, claimId, citationId));
  const [values, setValues] = useState({ passage, stance });
  const id = `citation-${citationId}`;
  return (
    <details className="inline-form">
      <summary>
        Edit citation<span className="visually-hidden"> from {source}</span>
      </summary>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <div className="field">
          <label htmlFor={`${id}-passage`}>Passage</label>
          <textarea
            id={`${id}-passage`}
            name="passage"
            rows={3}
            value={values.passage}
            onChange={(e) => setValues({ ...values, passage: e.target.value })}
            {...describedBy(state, "passage", `${id}-passage-error`)}
          />
          <FieldError id={`${id}-passage-error`} state={state} name="passage" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select id={`${id}-stance`} name="stance" value={values.stance} onChange={(e) => setValues({ ...values, stance: e.target.value })}>
            {Object.entries(STANCE_CHOICE).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <FormStatus state={state} />
        <button type="submit" className="button-secondary" disabled={pending}>
          Save citation
        </button>
      </form>
    </details>
  );
}
