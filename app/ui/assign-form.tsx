"use client";

import { assignClaimAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { useEdits } from "./use-edits";
import { FormStatus } from "./form-bits";
import { ChangedWhileEditing } from "./live/changed-while-editing";

export function AssignForm({ claimId, version, current, people }: { claimId: string; version: number; current: string | null; people: { email: string; name: string }[] }) {
  const { state, submitWith, pending, ready } = useFormAction(assignClaimAction.bind(null, claimId));
  // Untouched, the choice follows the claim's current assignee (someone else may change it) and is not sent.
  const { values, set, prepare, changedUnder, keepMine, takeTheirs, version: sendVersion } = useEdits({ assigneeEmail: current ?? "" }, state.savedAt, version);
  return (
    <form onSubmit={submitWith(prepare)} className="stack" noValidate>
      <input type="hidden" name="version" value={sendVersion ?? version} />
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
      {changedUnder.length > 0 && (
        <ChangedWhileEditing
          changes={[{ label: "Assigned reviewer", theirs: people.find((p) => p.email === current)?.name ?? "Nobody" }]}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
        />
      )}
      <FormStatus state={state} />
      <button type="submit" className="button-secondary" disabled={pending || !ready}>
        Assign
      </button>
    </form>
  );
}
