import Link from "next/link";
import type { ClaimJson } from "@/lib/review/claim-json";
import { describeValue } from "@/lib/review/stored-values";
import { ANCHOR_LABEL, KIND_LABEL, STATE_LABEL, VERDICT_LABEL, stateClass } from "./labels";

/** The article's claims in reading order, each with what it asserts and where it stands. */
export function ClaimList({ claims }: { claims: ClaimJson[] }) {
  if (claims.length === 0) return <p>No claims on this article yet.</p>;
  return (
    <ol className="claim-list">
      {claims.map((claim) => (
        <li key={claim.id}>
          <Link href={`/claims/${claim.id}`} className="claim-card">
            <span className="claim-card-head">
              <span className="badge">{KIND_LABEL[claim.kind] ?? claim.kind}</span>
              {claim.suggestion === "SUGGESTED" ? <span className="badge badge-suggested">Suggested</span> : <span className={`badge ${stateClass(claim.state)}`}>{STATE_LABEL[claim.state]}</span>}
              {claim.anchor !== "ANCHORED" && <span className="badge badge-warn">{ANCHOR_LABEL[claim.anchor]}</span>}
              {claim.verdict && <span className={`badge verdict-${claim.verdict.toLowerCase()}`}>{VERDICT_LABEL[claim.verdict]}</span>}
            </span>
            <span className="claim-card-quote">{claim.quote}</span>
            {claim.values.length > 0 && (
              <span className="claim-card-values">{claim.values.slice(0, 3).map(describeValue).join(" · ")}</span>
            )}
          </Link>
        </li>
      ))}
    </ol>
  );
}
