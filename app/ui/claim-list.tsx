"use client";

import Link from "next/link";
import type { ClaimListRow } from "./claim-list-rows";
import { ANCHOR_LABEL, KIND_LABEL, STATE_LABEL, VERDICT_LABEL, stateClass } from "./labels";

/**
 * The article's claims in reading order, each with what it asserts and where it stands. Rendered on
 * the client from compact rows (ClaimListRow): the page carries each claim's data once, not as markup twice.
 */
export function ClaimList({ claims }: { claims: ClaimListRow[] }) {
  if (claims.length === 0) return <p>No claims on this article yet.</p>;
  return (
    <ol className="claim-list">
      {claims.map((claim) => (
        <li key={claim.id}>
          <Link href={`/claims/${claim.id}`} className="claim-card">
            <span className="claim-card-head">
              <span className="badge">{KIND_LABEL[claim.kind] ?? claim.kind}</span>
              {claim.suggested ? <span className="badge badge-suggested">Suggested</span> : <span className={`badge ${stateClass(claim.state)}`}>{STATE_LABEL[claim.state]}</span>}
              {claim.anchor !== "ANCHORED" && <span className="badge badge-warn">{ANCHOR_LABEL[claim.anchor]}</span>}
              {claim.verdict && <span className={`badge verdict-${claim.verdict.toLowerCase()}`}>{VERDICT_LABEL[claim.verdict]}</span>}
            </span>
            <span className="claim-card-quote">{claim.quote}</span>
            {claim.values && <span className="claim-card-values">{claim.values}</span>}
          </Link>
        </li>
      ))}
    </ol>
  );
}
