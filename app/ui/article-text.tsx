"use client";

import Link from "next/link";
import { layoutArticle } from "@/lib/anchoring/layout";
import { KIND_LABEL, STATE_LABEL, stateClass } from "./labels";
import type { HighlightClaim } from "./highlights";

/**
 * The article's exact text with every claim highlighted at its span; each highlight is a link to its claim.
 * A client component laid out from the body and the compact highlights: the page's payload carries the text
 * once instead of every piece of it as an element, server-rendered all the same.
 */
export function ArticleText({ body, claims, activeId }: { body: string; claims: HighlightClaim[]; activeId?: string }) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const paragraphs = layoutArticle(body, claims);
  return (
    <div className="article-text" role="region" aria-label="Article text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} data-paragraph={paragraph.index}>
          {paragraph.pieces.map((piece) => {
            const claim = piece.claimId ? byId.get(piece.claimId) : undefined;
            // data-start lets a text selection be turned back into exact offsets in the body.
            if (!claim) return <span key={piece.start} data-start={piece.start}>{piece.text}</span>;
            const className = `hl ${stateClass(claim.state)}${claim.verdict ? ` verdict-${claim.verdict.toLowerCase()}` : ""}${claim.id === activeId ? " hl-active" : ""}${claim.suggestion === "SUGGESTED" ? " hl-suggested" : ""}`;
            if (!piece.first) return <span key={piece.start} className={className} data-start={piece.start}>{piece.text}</span>;
            return (
              <Link
                key={piece.start}
                id={`claim-${claim.id}`}
                href={`/claims/${claim.id}`}
                className={className}
                aria-current={claim.id === activeId ? "true" : undefined}
              >
                <span data-start={piece.start}>{piece.text}</span>
                <span className="visually-hidden">
                  {` (${claim.suggestion === "SUGGESTED" ? "suggested claim" : "claim"}: ${KIND_LABEL[claim.kind] ?? claim.kind}, ${STATE_LABEL[claim.state] ?? claim.state})`}
                </span>
              </Link>
            );
          })}
        </p>
      ))}
    </div>
  );
}

export function HighlightLegend() {
  return (
    <ul className="legend" aria-label="Highlight colours">
      {Object.entries(STATE_LABEL).map(([state, label]) => (
        <li key={state}>
          <span className={`swatch ${stateClass(state)}`} aria-hidden="true" /> {label}
        </li>
      ))}
    </ul>
  );
}
