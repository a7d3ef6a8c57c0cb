"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action-state";
import { IDLE } from "@/lib/http/action-state";

/** A single button that runs a server action, with its outcome announced beside it. */
export function ActionButton({
  action,
  label,
  pendingLabel,
  className = "button-quiet",
  confirm,
}: {
  action: (prev: ActionState) => Promise<ActionState>;
  label: string;
  pendingLabel?: string;
  className?: string;
  confirm?: string;
}) {
  const [state, run, pending] = useActionState(action, IDLE);
  return (
    <form
      action={run}
      className="action-button"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <button type="submit" className={className} disabled={pending}>
        {pending ? (pendingLabel ?? label) : label}
      </button>
      {state.status === "error" || state.status === "conflict" ? (
        <span role="status" className="form-error">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
