"use client";

import { useState } from "react";
import { createTokenAction, type TokenState } from "./actions";
import { useFormAction } from "../../ui/use-form-action";
import { FieldError, FormStatus, describedBy } from "../../ui/form-bits";

export function CreateTokenForm() {
  const { state, onSubmit, pending } = useFormAction(createTokenAction) as { state: TokenState; onSubmit: React.FormEventHandler<HTMLFormElement>; pending: boolean };
  const [name, setName] = useState("");
  return (
    <form onSubmit={onSubmit} className="stack card" noValidate>
      <h2>New token</h2>
      <div className="field">
        <label htmlFor="token-name">What will use it</label>
        <input id="token-name" name="name" value={name} onChange={(e) => setName(e.target.value)} {...describedBy(state, "name", "token-name-error")} />
        <FieldError id="token-name-error" state={state} name="name" />
      </div>
      <FormStatus state={state} />
      {state.token && (
        <div className="field">
          <label htmlFor="new-token">Your new token</label>
          <input id="new-token" readOnly value={state.token} className="mono" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <button type="submit" className="button-primary" disabled={pending}>
        Create token
      </button>
    </form>
  );
}
