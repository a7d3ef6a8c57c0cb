"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";

/** Marks one notification, or all of them, read through POST /api/notifications/read. */
export function MarkReadButton({ ids, label }: { ids: string[] | "all"; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  async function markRead() {
    setBusy(true);
    setError("");
    const response = await fetch("/api/notifications/read", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(ids === "all" ? { all: true } : { ids }),
    }).catch(() => null);
    setBusy(false);
    if (!response?.ok) return setError("Could not mark it read; try again.");
    window.dispatchEvent(new Event("claimdesk:inbox-changed"));
    router.refresh();
  }
  return (
    <>
      <button type="button" className="button-secondary" onClick={markRead} disabled={busy}>
        {busy ? "Marking…" : label}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
