"use client";

import { useState, type FormEvent } from "react";
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABEL, type NotificationKind } from "@/lib/notifications/kinds";

/** Which kinds reach the inbox, and the e-mail digest: saved through PUT /api/notifications/preferences. */
export function PreferencesForm({ initial, emailAvailable }: { initial: { kinds: string[]; email: boolean }; emailAvailable: boolean }) {
  const [kinds, setKinds] = useState(new Set(initial.kinds));
  const [email, setEmail] = useState(initial.email);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const response = await fetch("/api/notifications/preferences", {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kinds: NOTIFICATION_KINDS.filter((k) => kinds.has(k)), email }),
    }).catch(() => null);
    setBusy(false);
    setStatus(response?.ok ? { ok: true, text: "Preferences saved." } : { ok: false, text: "They could not be saved; try again." });
  }

  const toggle = (kind: NotificationKind, on: boolean) => setKinds((k) => (on ? new Set([...k, kind]) : new Set([...k].filter((x) => x !== kind))));
  return (
    <form onSubmit={save} className="stack">
      <fieldset>
        <legend>Tell me in my inbox when</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <div key={kind} className="check-row">
            <input id={`kind-${kind}`} type="checkbox" checked={kinds.has(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
            <label htmlFor={`kind-${kind}`}>{NOTIFICATION_KIND_LABEL[kind]}</label>
          </div>
        ))}
      </fieldset>
      <div className="check-row">
        <input id="email-digest" type="checkbox" checked={email} onChange={(e) => setEmail(e.target.checked)} aria-describedby="email-digest-help" />
        <label htmlFor="email-digest">E-mail me a digest of unread notifications</label>
      </div>
      <p id="email-digest-help" className="muted small">
        {emailAvailable ? "Sent every few minutes while something is unread, never twice for the same notification." : "This server sends no e-mail (it has no SMTP_URL); the choice is kept for when it does."}
      </p>
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? "Saving…" : "Save preferences"}
      </button>
      {status && (
        <p role="status" className={status.ok ? "notice" : "notice notice-warn"}>
          {status.text}
        </p>
      )}
    </form>
  );
}
