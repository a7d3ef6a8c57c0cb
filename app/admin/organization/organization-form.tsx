"use client";

import { useState } from "react";
import { saveOrganizationAction } from "./actions";
import { useFormAction } from "../../ui/use-form-action";
import { CharCount, FieldError, FormStatus, Required, describedBy } from "../../ui/form-bits";

interface Props {
  name: string;
  url: string | null;
  /** The saved version this form edits (null before the first save): a save over a newer one is refused. */
  version: string | null;
  source: "settings" | "environment";
  defaults: { name: string; url: string | null };
}

const NAME_MAX = 200;

export function OrganizationForm({ name, url, version, source, defaults }: Props) {
  const { state, onSubmit, pending, ready } = useFormAction(saveOrganizationAction);
  const [values, setValues] = useState({ name, url: url ?? "" });
  const tooLong = values.name.length > NAME_MAX;
  return (
    <form onSubmit={onSubmit} className="stack card" noValidate>
      <input type="hidden" name="version" value={version ?? ""} />
      <div className="field">
        <label htmlFor="org-name">
          Name
          <Required />
        </label>
        <input
          id="org-name"
          name="name"
          required
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          aria-describedby={["org-name-count", state.fields?.name ? "org-name-error" : ""].filter(Boolean).join(" ")}
          aria-invalid={state.fields?.name || tooLong ? true : undefined}
        />
        <CharCount id="org-name-count" value={values.name} max={NAME_MAX} />
        <FieldError id="org-name-error" state={state} name="name" />
      </div>
      <div className="field">
        <label htmlFor="org-url">Web address (optional)</label>
        <input
          id="org-url"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://factcheck.example.org"
          value={values.url}
          onChange={(e) => setValues({ ...values, url: e.target.value })}
          {...describedBy(state, "url", "org-url-error")}
        />
        <FieldError id="org-url-error" state={state} name="url" />
      </div>
      <p className="muted small">
        {source === "settings" ? "Set here" : "Not set here yet: the defaults apply"} (defaults from CLAIMDESK_ORG_NAME and CLAIMDESK_ORG_URL:{" "}
        {defaults.name}
        {defaults.url ? `, ${defaults.url}` : ", no address"}).
      </p>
      <FormStatus state={state} fields={["name", "url"]} />
      {state.status === "conflict" && (
        <p>
          <button type="button" className="button-secondary" onClick={() => window.location.reload()}>
            Load the latest version
          </button>
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={pending || !ready || tooLong}>
          Save organization
        </button>
      </div>
    </form>
  );
}
