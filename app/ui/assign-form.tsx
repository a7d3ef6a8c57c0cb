"use client";

import { assignClaimAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { useEdits } from "./use-edits";
import { FormStatus } from "./form-bits";

export function AssignForm({ claimId, version, current, people }: { claimId: string; version: number; current: string | null; people: { email: string; name: string }[] }) {
  const { state, submitWith, pending, ready } = useFormAction(assignClaimAction.bind(null, claimId));
  // Untouched, the choice follows the claim's current assignee (someone else may change it) and is not sent.
  const { values, set, prepare } = useEdits({ assigneeEmail: current ?? "" }, state.savedAt);
  return (
    <form onSubmit={submitWith(prepare)} className="stack" noValidate>
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="assignee">Assigned reviewer</label>
        <select id="assignee" name="assigneeEmail" value={values.assigneeEmail} onChange={set("assigneeEmail")}>
          <option value="">Nobody</option>
          {people.map((p) => (
            <option key={p.email} value={p.email}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <FormStatus state={state} />
      <button type="submit" className="button-secondary" disabled={pending || !ready}>
        Assign
      </button>
    </form>
  );
}
