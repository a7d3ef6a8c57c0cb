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

/**
 * What the form's status line says. An error is shown once, next to its field: when every field the
 * server named has its own message in the form (`shown`), the status line only says nothing was saved.
 */
export function statusText(state: ActionState, shown: readonly string[] = []): string {
  if (state.status === "idle") return "";
  const named = Object.keys(state.fields ?? {});
  if (state.status === "error" && named.length > 0 && named.every((name) => shown.includes(name)))
    return named.length === 1 ? "Not saved: see the marked field." : "Not saved: see the marked fields.";
  return state.message ?? "";
}

/** The outcome of the last submission, announced to screen readers. `fields`: the fields whose errors the form shows beside them. */
export function FormStatus({ state, fields }: { state: ActionState; fields?: readonly string[] }) {
  return (
    <p role="status" aria-live="polite" className={state.status === "saved" ? "form-ok" : state.status === "idle" ? "" : "form-error"}>
      {statusText(state, fields)}
    </p>
  );
}

/** "(required)" beside a label, so a person knows before sending. */
export function Required() {
  return <span className="required"> (required)</span>;
}

/**
 * How many characters are left, shown while typing: a text over its maximum is stopped here, before
 * anything is sent. Tied to its field with aria-describedby through `id`.
 */
export function CharCount({ id, value, max }: { id: string; value: string; max: number }) {
  const over = value.length > max;
  return (
    <p id={id} className={over ? "char-count over" : "char-count"} aria-live={over ? "polite" : "off"}>
      {value.length.toLocaleString("en-US")} / {max.toLocaleString("en-US")} characters{over ? ` — ${(value.length - max).toLocaleString("en-US")} too many` : ""}
    </p>
  );
}
