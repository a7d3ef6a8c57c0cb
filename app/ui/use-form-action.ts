"use client";

import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import { IDLE, type ActionState } from "@/lib/http/action-state";

/**
 * Runs a server action from a form's submit event instead of its `action` prop: React resets a
 * form after an `action` submission, which would throw away what the person typed when the
 * server refuses it. Here the inputs keep their values until the form clears them itself.
 * `prepare` may trim the submission (to the fields the person changed, see use-edits.ts).
 */
export function useFormAction(action: (prev: ActionState, form: FormData) => Promise<ActionState>) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  // Until React has hydrated the form, a click would submit it natively: a GET with the person's text in
  // the URL. Submit buttons stay disabled until then (`ready`).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  function submitWith(prepare?: (form: FormData) => FormData) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      // The submitter's name and value count too (Resolve or Dismiss).
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      const form = new FormData(event.currentTarget, submitter);
      startTransition(() => dispatch(prepare ? prepare(form) : form));
    };
  }
  return { state, onSubmit: submitWith(), submitWith, pending, ready };
}
