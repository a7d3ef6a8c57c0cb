import type { ClaimsTablePage } from "@/lib/dashboard/list-claims";

/** What one row of the claims table shows: the page sends these few fields, not each claim's whole JSON. */
export interface ClaimsTableRowView {
  id: string;
  version: number;
  quote: string;
  articleTitle: string;
  kind: string;
  state: string;
  verdict: string | null;
  anchor: string;
  assigneeName: string | null;
  openFlags: number;
  updatedAt: string;
  /** The worst latest link-rot check of the claim's cited sources (lib/snapshots/claims-link-rot.ts); null if never checked. */
  sourceCheck: string | null;
}

export interface ClaimsTableView {
  rows: ClaimsTableRowView[];
  total: number;
  page: number;
  pageSize: number;
}

export function claimsTableView(page: ClaimsTablePage, sourceChecks: ReadonlyMap<string, string> = new Map()): ClaimsTableView {
  return {
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    rows: page.claims.map((c) => ({
      id: c.id,
      version: c.version,
      quote: c.quote,
      articleTitle: c.articleTitle,
      kind: c.kind,
      state: c.state,
      verdict: c.verdict,
      anchor: c.anchor,
      assigneeName: c.assignee?.name ?? null,
      openFlags: c.openFlags,
      updatedAt: c.updatedAt,
      sourceCheck: sourceChecks.get(c.id) ?? null,
    })),
  };
}
