import Link from "next/link";
import type { CheckedBefore } from "@/lib/repeats/checked-before";
import { STANCE_LABEL, STATE_LABEL, VERDICT_LABEL, formatDate } from "./labels";
import { MatchButtons } from "./match-buttons";

/** The claim page's "Checked before": earlier claims this one repeats or contradicts. */
export function CheckedBeforeSection({ claimId, matches, canEdit }: { claimId: string; matches: CheckedBefore[]; canEdit: boolean }) {
  if (matches.length === 0) return null;
  return (
    <section className="checked-before" aria-labelledby="checked-before-title">
      <h2 id="checked-before-title">Checked before</h2>
      <ul>
        {matches.map((m) => (
          <li key={m.claimId}>
            <p>
              <strong>{m.relation === "SAME" ? "Same claim" : "Conflicting claim"}</strong>
              {m.status === "CONFIRMED" ? " (confirmed)" : " (suggested)"} in{" "}
              <Link href={`/claims/${m.claimId}`}>{m.articleTitle}</Link>: “{m.quote}”
            </p>
            <p>
              Verdict: {m.verdict ? VERDICT_LABEL[m.verdict] ?? m.verdict : "none yet"} · {STATE_LABEL[m.state] ?? m.state}
              {m.signedOff && ` · signed off${m.signedOff.by ? ` by ${m.signedOff.by}` : ""} on ${formatDate(m.signedOff.at.toISOString())}`}
            </p>
            {m.evidence.length > 0 && (
              <ul aria-label="Earlier evidence">
                {m.evidence.map((c) => (
                  <li key={c.id}>
                    {STANCE_LABEL[c.stance] ?? c.stance}: <a href={c.url} rel="noreferrer noopener">{c.title}</a> — “{c.passage}”
                  </li>
                ))}
              </ul>
            )}
            {canEdit && <MatchButtons claimId={claimId} matchedId={m.claimId} relation={m.relation} confirmed={m.status === "CONFIRMED"} canReuse={m.evidence.length > 0} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
