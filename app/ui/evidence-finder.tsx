"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { MATCH_LABEL, STANCE_LABEL, labelOf } from "@/lib/review/labels";
import { callApi, postJson, type KeptSource, type Passage } from "./evidence-api";
import { AddDocumentForms } from "./add-document-forms";

/**
 * The evidence finder on a claim: keep a document (fetch, upload or paste), see the passages that bear on the
 * claim best first, and cite one with one click (or the "c" key on a focused passage). The checks then run as for
 * any citation and the page refreshes with the new citation and any flags.
 */
export function EvidenceFinder({ claimId }: { claimId: string }) {
  const router = useRouter();
  const [passages, setPassages] = useState<Passage[] | null>(null);
  const [scope, setScope] = useState("");
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setProblem("");
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "Something went wrong.");
    } finally {
      setBusy(false);
    }
  }

  const search = (snapshotId: string | null, label: string, before = "") =>
    run(async () => {
      const query = snapshotId ? `?snapshot=${encodeURIComponent(snapshotId)}` : "";
      const found = await callApi<{ passages: Passage[] }>(`/api/claims/${encodeURIComponent(claimId)}/evidence${query}`);
      setPassages(found.passages);
      setScope(label);
      setStatus(`${before}${found.passages.length} passages found in ${label}.`);
    });

  const kept = (result: KeptSource) =>
    search(result.snapshot.id, `“${result.source.title}”`, `Kept “${result.source.title}” (${result.snapshot.chars.toLocaleString("en-US")} characters). `);

  const cite = (passage: Passage) =>
    run(async () => {
      const stance = passage.suggestedStance ?? "CONTEXT";
      const { flags } = await postJson<{ flags: unknown[] }>(`/api/claims/${encodeURIComponent(claimId)}/citations`, {
        snapshotId: passage.snapshotId,
        start: passage.start,
        end: passage.end,
        stance,
      });
      setStatus(`Cited as ${labelOf(STANCE_LABEL, stance).toLowerCase()}.${flags.length ? ` The checks raised ${flags.length} flag${flags.length === 1 ? "" : "s"}.` : ""}`);
      setPassages((list) => list?.filter((p) => p !== passage) ?? null);
      router.refresh();
    });

  return (
    <section aria-labelledby="finder-title" className="evidence-finder">
      <h3 id="finder-title">Find evidence</h3>
      <AddDocumentForms disabled={busy} onKept={kept} onProblem={setProblem} setBusy={setBusy} />
      <button type="button" disabled={busy} onClick={() => search(null, "every source on the desk")}>
        Search every source on the desk
      </button>
      <p role="status" aria-live="polite" className="muted small">
        {busy ? "Working…" : status}
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {passages && passages.length === 0 && <p className="muted">Nothing in {scope} bears on this claim.</p>}
      {passages && passages.length > 0 && (
        <ol className="evidence-passages" aria-label={`Passages from ${scope}, best first`}>
          {passages.map((passage) => {
            const stance = labelOf(STANCE_LABEL, passage.suggestedStance ?? "CONTEXT");
            return (
              <li
                key={`${passage.snapshotId}:${passage.start}`}
                tabIndex={0}
                aria-label={`${labelOf(MATCH_LABEL, passage.match)}: ${passage.quote}`}
                onKeyDown={(event) => {
                  if (event.key === "c" && event.target === event.currentTarget && !busy) cite(passage);
                }}
              >
                <p>
                  <span className={`badge match-${passage.match.toLowerCase()}`}>{labelOf(MATCH_LABEL, passage.match)}</span>{" "}
                  <span className="muted small">{passage.reason}</span>
                </p>
                <blockquote>
                  <span className="muted">…{passage.prefix}</span>
                  <mark>{passage.quote}</mark>
                  <span className="muted">{passage.suffix}…</span>
                </blockquote>
                <button type="button" disabled={busy} onClick={() => cite(passage)}>
                  Cite as {stance.toLowerCase()}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p className="muted small">Tip: focus a passage and press “c” to cite it with its suggested stance.</p>
    </section>
  );
}
