"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

/** Confirm / reject a match and reuse its evidence, through POST /api/claims/{id}/matches. */
export function MatchButtons({ claimId, matchedId, relation, confirmed, canReuse }: { claimId: string; matchedId: string; relation: "SAME" | "CONFLICTING"; confirmed: boolean; canReuse: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState("");
  function send(body: Record<string, unknown>, done: string) {
    start(async () => {
      const response = await fetch(`/api/claims/${claimId}/matches`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ claimId: matchedId, ...body }) });
      const json = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
      setMessage(response.ok ? done : (json.error?.message ?? "That did not work."));
      if (response.ok) router.refresh();
    });
  }
  return (
    <div className="actions">
      {!confirmed && (
        <button type="button" disabled={pending} onClick={() => send({ relation }, "Match confirmed.")}>
          Confirm match
        </button>
      )}
      <button type="button" className="button-quiet" disabled={pending} onClick={() => send({ relation: "NONE" }, "Match rejected.")}>
        Not a match
      </button>
      {canReuse && (
        <button type="button" disabled={pending} onClick={() => send({ reuseEvidence: true }, "Evidence copied; the checks ran.")}>
          Reuse evidence
        </button>
      )}
      <p aria-live="polite" className="form-status">{message}</p>
    </div>
  );
}
