"use client";

import { useEffect, useState } from "react";
import { changeRoleAction, createUserAction, resetPasswordAction } from "./actions";
import { useFormAction } from "../../ui/use-form-action";
import { FieldError, FormStatus, describedBy } from "../../ui/form-bits";

const ROLES = [
  ["REVIEWER", "Reviewer"],
  ["EDITOR", "Editor"],
  ["ADMIN", "Admin"],
] as const;

export function CreateUserForm() {
  const { state, onSubmit, pending, ready } = useFormAction(createUserAction);
  const empty = { email: "", name: "", role: "REVIEWER", password: "" };
  const [values, setValues] = useState(empty);
  useEffect(() => {
    if (state.status === "saved") setValues(empty);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.savedAt, state.status]);
  const input = (name: "email" | "name" | "password", label: string, type = "text") => (
    <div className="field">
      <label htmlFor={`new-${name}`}>{label}</label>
      <input id={`new-${name}`} name={name} type={type} value={values[name]} autoComplete={name === "password" ? "new-password" : "off"} onChange={(e) => setValues({ ...values, [name]: e.target.value })} {...describedBy(state, name, `new-${name}-error`)} />
      <FieldError id={`new-${name}-error`} state={state} name={name} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="stack card" noValidate>
      <h2>Add a user</h2>
      {input("email", "Email", "email")}
      {input("name", "Name (optional)")}
      <div className="field">
        <label htmlFor="new-role">Role</label>
        <select id="new-role" name="role" value={values.role} onChange={(e) => setValues({ ...values, role: e.target.value })}>
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {input("password", "Initial password (at least 10 characters)", "password")}
      <FormStatus state={state} />
      <button type="submit" className="button-primary" disabled={pending || !ready}>
        Add user
      </button>
    </form>
  );
}

export function RoleForm({ userId, role, name }: { userId: string; role: string; name: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(changeRoleAction.bind(null, userId));
  const [value, setValue] = useState(role);
  return (
    <form onSubmit={onSubmit} className="button-row" noValidate>
      <label htmlFor={`role-${userId}`} className="visually-hidden">
        Role of {name}
      </label>
      <select id={`role-${userId}`} name="role" value={value} onChange={(e) => setValue(e.target.value)}>
        {ROLES.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      <button type="submit" className="button-quiet" disabled={pending || !ready}>
        Change role<span className="visually-hidden"> of {name}</span>
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(resetPasswordAction.bind(null, userId));
  const [password, setPassword] = useState("");
  useEffect(() => {
    if (state.status === "saved") setPassword("");
  }, [state.savedAt, state.status]);
  return (
    <details className="inline-form">
      <summary>
        Reset password<span className="visually-hidden"> of {name}</span>
      </summary>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <div className="field">
          <label htmlFor={`password-${userId}`}>New password for {name}</label>
          <input id={`password-${userId}`} name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} {...describedBy(state, "_", `password-${userId}-error`)} />
          <FieldError id={`password-${userId}-error`} state={state} name="_" />
        </div>
        <FormStatus state={state} />
        <button type="submit" className="button-secondary" disabled={pending || !ready}>
          Set password
        </button>
      </form>
    </details>
  );
}
