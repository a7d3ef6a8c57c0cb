import type { ClaimDetail } from "@/lib/review/claim-detail";
import { describeValue } from "@/lib/review/stored-values";

/**
 * What the claim page's evidence list shows of one citation, and nothing else: the list renders in the browser
 * from these rows (app/ui/citation-list.tsx), so a visit carries each citation's data once instead of its markup
 * and every form's props beside it.
 */
export interface CitationRow {
  id: string;
  stance: string;
  passage: string;
  source: { id: string; url: string; title: string; publisher: string | null };
  snapshot: { id: string; retrievedAt: string; prefix: string; suffix: string } | null;
  check: { status: string; checkedAt: string; passageMissing: boolean } | null;
  /** The normalized values found in the passage, in words ("" when there are none). */
  values: string;
}

export function toCitationRows(citations: ClaimDetail["citations"]): CitationRow[] {
  return citations.map((c) => ({
    id: c.id,
    stance: c.stance,
    passage: c.passage,
    source: { id: c.source.id, url: c.source.url, title: c.source.title, publisher: c.source.publisher },
    snapshot: c.snapshot,
    check: c.check,
    values: c.values.map(describeValue).join(" · "),
  }));
}
