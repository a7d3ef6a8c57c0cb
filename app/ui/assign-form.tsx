"use client";

import { useState } from "react";
import { assignClaimAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { FormStatus } from "./form-bits";

export function AssignForm({ claimId, version, current, people }: { claimId: string; version: number; current: string | null; people: { email: string; name: string }[] }) {
  const { state, onSubmit, pending } = useFormAction(assignClaimAction.bind(null, claimId));
  const [email, setEmail] = useState(current ?? "");
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="assignee">Assigned reviewer</label>
        <select id="assignee" name="assigneeEmail" value={email} onChange={(e) => setEmail(e.target.value)}>
          <option value="">Nobody</option>
          {people.map((p) => (
            <option key={p.email} value={p.email}>
              {p.name} ({p.email})
            </option>
          ))}
        </select>
      </div>
      <FormStatus state={state} />
      <button type="submit" className="button-secondary" disabled={pending}>
        Assign
      </button>
    </form>
  );
}
