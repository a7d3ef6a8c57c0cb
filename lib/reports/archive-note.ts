import { SOURCE_CHECK_LABEL, labelOf } from "@/lib/review/labels";

// The corrections report's word on a citation's archive: when its snapshot was retrieved, and what the source's
// latest link-rot check found (this citation's passage gone, or the page's state). Absent for older citations.

interface CitationArchive {
  id?: string;
  snapshot?: { retrievedAt: Date } | null;
  source: { checks?: { status: string; checkedAt: Date; missingCitationIds: string }[] };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function missing(json: string, id: string | undefined): boolean {
  try {
    const ids: unknown = JSON.parse(json);
    return !!id && Array.isArray(ids) && ids.includes(id);
  } catch {
    return false;
  }
}

export function archiveNote(c: CitationArchive): { archive?: string } {
  const check = c.source.checks?.[0];
  if (!c.snapshot && !check) return {};
  const parts: string[] = [];
  if (c.snapshot) parts.push(`archived copy retrieved ${day(c.snapshot.retrievedAt)}`);
  if (check) {
    const gone = missing(check.missingCitationIds, c.id);
    const status = check.status === "PASSAGES_MISSING" && !gone ? "CHANGED" : check.status;
    parts.push(`source checked ${day(check.checkedAt)}: ${gone ? "this passage is no longer on the page" : labelOf(SOURCE_CHECK_LABEL, status).toLowerCase()}`);
  }
  return { archive: parts.join("; ") };
}
