// The pure part of a source check (POST /api/sources/{id}/check): the source's URL fetched again and read again,
// compared with the snapshot the desk cited. A changed page is not a problem in itself; a cited passage that is no
// longer there is (link rot, a silent correction), and those citations are named.

export type CheckStatus = "UNCHANGED" | "CHANGED" | "PASSAGES_MISSING" | "UNREACHABLE";

export interface CitedPassage {
  citationId: string;
  quote: string;
}

export interface CheckInput {
  /** SHA-256 of the snapshot's original bytes. */
  sha256: string;
  /** The fresh fetch, or null when it failed (refused, timed out, unreadable). */
  fresh: { httpStatus: number; sha256: string; text: string | null } | null;
  citations: CitedPassage[];
}

export interface CheckResult {
  status: CheckStatus;
  httpStatus: number | null;
  missingCitationIds: string[];
}

/** Whitespace as a re-extraction may lay it out differently; words and punctuation must be the same. */
const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

export function checkSnapshot(input: CheckInput): CheckResult {
  const { fresh } = input;
  if (!fresh || fresh.httpStatus >= 400) return { status: "UNREACHABLE", httpStatus: fresh?.httpStatus ?? null, missingCitationIds: [] };
  if (fresh.sha256 === input.sha256) return { status: "UNCHANGED", httpStatus: fresh.httpStatus, missingCitationIds: [] };
  const text = fresh.text ?? "";
  const squeezed = squeeze(text);
  const missing = input.citations
    .filter(({ quote }) => !text.includes(quote) && !squeezed.includes(squeeze(quote)))
    .map(({ citationId }) => citationId);
  return { status: missing.length ? "PASSAGES_MISSING" : "CHANGED", httpStatus: fresh.httpStatus, missingCitationIds: missing };
}
