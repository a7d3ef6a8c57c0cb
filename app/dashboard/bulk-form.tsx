"use client";

import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import { IDLE } from "@/lib/http/action-state";
import { bulkClaimsAction, type BulkActionState } from "./actions";
import { BULK_FORM_ID } from "./bulk-form-id";
import styles from "./dashboard.module.css";

const STATE_WORDS: Record<string, string> = { UNREVIEWED: "Unreviewed", IN_REVIEW: "In review", AWAITING_SIGNOFF: "Awaiting sign-off", SIGNED_OFF: "Signed off" };

interface Props {
  /** Editors and admins assign; reviewers get no assign control (they may not assign). */
  canAssign: boolean;
  people: { email: string; name: string }[];
  /** The states this role can move a claim to from somewhere. */
  states: string[];
  /** Sending back and reopening need a reason; only roles that may do them are asked for one. */
  asksReason: boolean;
}

/** Bulk actions on the ticked claims, with what was done and what was refused, claim by claim. */
export function BulkForm({ canAssign, people, states, asksReason }: Props) {
  const [state, dispatch, pending] = useActionState<BulkActionState, FormData>(bulkClaimsAction, IDLE);
  useEffect(() => {
    // The table is redrawn with the new versions; clear the ticks so nothing is sent twice by accident.
    if (!state.savedAt) return;
    for (const box of document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${BULK_FORM_ID}"]`)) box.checked = false;
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
            <button type="submit" name="action" value="assign" className="button-secondary" disabled={pending}>
              Assign selected
            </button>
          </>
        )}
        <div className="field">
          <label htmlFor="bulk-state">Move to state</label>
          <select id="bulk-state" name="state" defaultValue="">
            <option value="">Choose a state…</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {STATE_WORDS[s]}
              </option>
            ))}
          </select>
        </div>
        {asksReason && (
          <div className="field">
            <label htmlFor="bulk-reason">Reason (to send back or reopen)</label>
            <input id="bulk-reason" name="reason" />
          </div>
        )}
        <button type="submit" name="action" value="state" className="button-secondary" disabled={pending}>
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
