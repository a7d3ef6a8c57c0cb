"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { useFollowLink } from "./follow-link";
import { NO_FILTER, filterClaimRows, type ClaimListFilter, type ClaimListRow } from "./claim-list-rows";
import { ANCHOR_LABEL, KIND_LABEL, STATE_LABEL, VERDICT_LABEL, stateClass } from "./labels";
import { isTyping, spanOf } from "./shortcut-keys";

/**
 * The article's claims in reading order, with filters (kind, state, flagged, mine). The list is one Tab stop:
 * the arrow keys (and j/k anywhere on the page) move between claims, Enter opens one, Escape goes to its words
 * in the text. Moving to a claim brings its span into view beside the list. Rendered on the client from
 * compact rows (ClaimListRow): the page carries each claim's data once, not as markup twice. The rows are plain
 * links followed on the client by one handler (useFollowLink), not a Link component each.
 */
export function ClaimList({ claims }: { claims: ClaimListRow[] }) {
  const [filter, setFilter] = useState<ClaimListFilter>(NO_FILTER);
  const shown = useMemo(() => filterClaimRows(claims, filter), [claims, filter]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const links = useRef(new Map<string, HTMLAnchorElement>());
  const active = shown.find((c) => c.id === activeId) ?? shown[0];
  const kinds = useMemo(() => [...new Set(claims.map((c) => c.kind))], [claims]);
  const follow = useFollowLink<HTMLOListElement>("a.claim-card");

  const moveTo = (index: number, focus = true) => {
    const row = shown[Math.max(0, Math.min(shown.length - 1, index))];
    if (!row) return;
    setActiveId(row.id);
    if (focus) links.current.get(row.id)?.focus();
    // Its words in the text: in view, and marked as the one the list is on.
    document.querySelectorAll(".hl-current").forEach((el) => el.classList.remove("hl-current"));
    const span = spanOf(row.id);
    span?.classList.add("hl-current");
    span?.scrollIntoView({ block: "center" });
  };
  const indexOfActive = () => (active ? shown.indexOf(active) : -1);

  // j / k anywhere on the article page move through the list (not while typing).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event) || (event.key !== "j" && event.key !== "k")) return;
      event.preventDefault();
      // Before any claim was chosen, j starts at the first.
      moveTo(activeId === null ? 0 : indexOfActive() + (event.key === "j" ? 1 : -1));
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  const onListKey = (event: ReactKeyboardEvent<HTMLOListElement>) => {
    const at = indexOfActive();
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: shown.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
    } else if (event.key === "Escape" && active) {
      event.preventDefault();
      spanOf(active.id)?.focus();
    }
  };

  const set = (patch: Partial<ClaimListFilter>) => setFilter((f) => ({ ...f, ...patch }));
  if (claims.length === 0) return <p>No claims on this article yet.</p>;
  return (
    <>
      <fieldset className="claim-filters">
        <legend className="visually-hidden">Show only</legend>
        <div className="field">
          <label htmlFor="filter-kind">Kind</label>
          <select id="filter-kind" value={filter.kind} onChange={(e) => set({ kind: e.target.value })}>
            <option value="">Every kind</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k] ?? k}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-state">State</label>
          <select id="filter-state" value={filter.state} onChange={(e) => set({ state: e.target.value })}>
            <option value="">Every state</option>
            {Object.entries(STATE_LABEL).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
            <option value="SUGGESTED">Suggested</option>
          </select>
        </div>
        <label className="check-row">
          <input type="checkbox" checked={filter.flagged} onChange={(e) => set({ flagged: e.target.checked })} /> Flagged
        </label>
        <label className="check-row">
          <input type="checkbox" checked={filter.mine} onChange={(e) => set({ mine: e.target.checked })} /> Assigned to me
        </label>
      </fieldset>
      <p className="muted small" aria-live="polite">
        {shown.length === claims.length ? `${claims.length} claims` : `Showing ${shown.length} of ${claims.length} claims`}
        <span id="claim-list-help"> · ↑ ↓ or j k move, Enter opens, Esc goes to the text</span>
      </p>
      {shown.length === 0 ? (
        <p>
          No claim matches.{" "}
          <button type="button" className="button-quiet" onClick={() => setFilter(NO_FILTER)}>
            Show every claim
          </button>
        </p>
      ) : (
        <ol className="claim-list" aria-label="Claims in reading order" aria-describedby="claim-list-help" onKeyDown={onListKey} onClick={follow}>
          {shown.map((claim) => (
            <li key={claim.id}>
              <a
                href={`/claims/${claim.id}`}
                className={`claim-card${claim === active && activeId ? " claim-card-current" : ""}`}
                tabIndex={claim === active ? 0 : -1}
                ref={(el) => {
                  if (el) links.current.set(claim.id, el);
                  else links.current.delete(claim.id);
                }}
                onFocus={() => setActiveId(claim.id)}
              >
                <span className="claim-card-head">
                  <span className="badge">{KIND_LABEL[claim.kind] ?? claim.kind}</span>
                  {claim.suggested ? <span className="badge badge-suggested">Suggested</span> : <span className={`badge ${stateClass(claim.state)}`}>{STATE_LABEL[claim.state]}</span>}
                  {claim.anchor !== "ANCHORED" && <span className="badge badge-warn">{ANCHOR_LABEL[claim.anchor]}</span>}
                  {claim.verdict && <span className={`badge verdict-${claim.verdict.toLowerCase()}`}>{VERDICT_LABEL[claim.verdict]}</span>}
                  {claim.openFlags > 0 && (
                    <span className={`badge ${claim.highFlags > 0 ? "badge-flag-high" : "badge-warn"}`}>
                      <span aria-hidden="true">⚑ </span>
                      {claim.openFlags} open flag{claim.openFlags === 1 ? "" : "s"}
                    </span>
                  )}
                  {claim.mine && <span className="badge">Yours</span>}
                </span>
                <span className="claim-card-quote">{claim.quote}</span>
                {claim.values && <span className="claim-card-values">{claim.values}</span>}
              </a>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
