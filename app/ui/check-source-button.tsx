"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { SOURCE_CHECK_LABEL, labelOf } from "@/lib/review/labels";
import { postJson } from "./evidence-api";

/** "Check source": fetches the source's URL again and compares it with the kept snapshot (link rot). */
export function CheckSourceButton({ sourceId, title }: { sourceId: string; title: string }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  async function check() {
    setBusy(true);
    try {
      const { check } = await postJson<{ check: { status: string } }>(`/api/sources/${encodeURIComponent(sourceId)}/check`);
      setMessage(labelOf(SOURCE_CHECK_LABEL, check.status));
      router.refresh();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "The source could not be checked.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <span>
      <button type="button" className="small" disabled={busy} onClick={check} aria-label={`Check the source “${title}” again`}>
        {busy ? "Checking…" : "Check source"}
      </button>{" "}
      <span role="status" aria-live="polite" className="muted small">
        {message}
      </span>
    </span>
  );
}
