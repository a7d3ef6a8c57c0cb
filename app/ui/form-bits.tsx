import type { ActionState } from "@/lib/http/action-state";

/** The message under a field, tied to it with aria-describedby through its id. */
export function FieldError({ id, state, name }: { id: string; state: ActionState; name: string }) {
  const message = state.fields?.[name];
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

export function describedBy(state: ActionState, name: string, id: string): { "aria-describedby"?: string; "aria-invalid"?: true } {
  return state.fields?.[name] ? { "aria-describedby": id, "aria-invalid": true } : {};
}

/** The outcome of the last submission, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState }) {
  return (
    <p role="status" aria-live="polite" className={state.status === "saved" ? "form-ok" : state.status === "idle" ? "" : "form-error"}>
      {state.status === "idle" ? "" : state.message}
    </p>
  );
}
