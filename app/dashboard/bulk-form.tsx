"use client";

import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import type { Role } from "@/lib/auth/permissions";
import type { ClaimState } from "@/lib/review/rules";
import { bulkStateOptions } from "@/lib/dashboard/bulk-options";
import { IDLE } from "@/lib/http/action-state";
import { bulkClaimsAction, type BulkActionState } from "./actions";
import { BULK_FORM_ID, SELECTION_CHANGED } from "./bulk-form-id";
import styles from "./dashboard.module.css";

const BOXES = `input[type="checkbox"][name="claim"][form="${BULK_FORM_ID}"]`;

/** The workflow states of the ticked claims, read from their boxes whenever the selection changes. */
function useSelectedStates(): string[] {
  const [states, setStates] = useState<string[]>([]);
  useEffect(() => {
    const read = () => setStates([...document.querySelectorAll<HTMLInputElement>(`${BOXES}:checked`)].map((box) => box.dataset.state ?? ""));
    read();
    document.addEventListener("change", read);
    document.addEventListener(SELECTION_CHANGED, read);
    return () => {
      document.removeEventListener("change", read);
      document.removeEventListener(SELECTION_CHANGED, read);
    };
  }, []);
  return states;
}

interface Props {
  /** Editors and admins assign; reviewers get no assign control (they may not assign). */
  canAssign: boolean;
  people: { email: string; name: string }[];
  /** The states this role can move a claim to from somewhere. */
  states: ClaimState[];
  role: Role;
  /** Sending back and reopening need a reason; only roles that may do them are asked for one. */
  asksReason: boolean;
}

/** Bulk actions on the ticked claims, with what was done and what was refused, claim by claim. */
export function BulkForm({ canAssign, people, states, asksReason, role }: Props) {
  const [state, dispatch, pending] = useActionState<BulkActionState, FormData>(bulkClaimsAction, IDLE);
  const selected = useSelectedStates();
  // Only the moves the rules allow for this selection are offered; the rest say why not.
  const options = bulkStateOptions(role, selected, states);
  const unavailable = options.filter((o) => o.why && selected.length > 0);
  useEffect(() => {
    // The table is redrawn with the new versions; clear the ticks so nothing is sent twice by accident.
    if (!state.savedAt) return;
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${BULK_FORM_ID}"]`)) box.checked = false;
    document.dispatchEvent(new Event(SELECTION_CHANGED));
  }, [state.savedAt]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(form));
  }

  return (
    <form id={BULK_FORM_ID} onSubmit={onSubmit} noValidate>
      <fieldset className={styles.bulk}>
        <legend>With the selected claims</legend>
        <p className="muted small" aria-live="polite">
          {selected.length === 0 ? "Tick claims in the table to see what you can do with them." : `${selected.length} claim${selected.length === 1 ? "" : "s"} selected.`}
        </p>
        {canAssign && (
          <>
            <div className="field">
              <label htmlFor="bulk-assignee">Assign to</label>
              <select id="bulk-assignee" name="assigneeEmail" defaultValue="">
                <option value="">Choose a person…</option>
                <option value="none">Nobody (unassign)</option>
                {people.map((p) => (
                  <option key={p.email} value={p.email}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" name="action" value="assign" className="button-secondary" disabled={pending || selected.length === 0}>
              Assign selected
            </button>
          </>
        )}
        <div className="field">
          <label htmlFor="bulk-state">Move to state</label>
          <select id="bulk-state" name="state" defaultValue="" aria-describedby={unavailable.length > 0 ? "bulk-state-why" : undefined}>
            <option value="">Choose a state…</option>
            {options.map((o) => (
              <option key={o.state} value={o.state} disabled={selected.length > 0 && o.allowed === 0}>
                {o.label}
                {selected.length > 0 && o.allowed === 0 ? " (not available)" : selected.length > 0 && o.allowed < selected.length ? ` (${o.allowed} of ${selected.length})` : ""}
              </option>
            ))}
          </select>
          {unavailable.length > 0 && (
            <ul id="bulk-state-why" className="muted small" aria-label="Why some moves are not available">
              {unavailable.map((o) => (
                <li key={o.state}>
                  {o.label}: {o.why}
                </li>
              ))}
            </ul>
          )}
        </div>
        {asksReason && (
          <div className="field">
            <label htmlFor="bulk-reason">Reason (to send back or reopen)</label>
            <input id="bulk-reason" name="reason" />
          </div>
        )}
        <button type="submit" name="action" value="state" className="button-secondary" disabled={pending || selected.length === 0}>
          Change state of selected
        </button>
      </fieldset>
      <div role="status" aria-live="polite">
        {state.status !== "idle" && <p className={state.status === "saved" ? "form-ok" : "form-error"}>{pending ? "Working…" : state.message}</p>}
        {state.fields && !state.results && (
          <ul className={styles.results}>
            {Object.entries(state.fields).map(([field, message]) => (
              <li key={field} className={styles.refused}>
                {message}
              </li>
            ))}
          </ul>
        )}
        {state.results && (
          <ul className={styles.results} aria-label="Outcome per claim">
            {state.results.map((r) => (
              <li key={r.id} className={r.ok ? styles.done : styles.refused}>
                <strong>{r.ok ? "Done" : "Not changed"}</strong>: “{r.quote ? (r.quote.length > 70 ? `${r.quote.slice(0, 69)}…` : r.quote) : r.id}” — {r.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
