"use client";

import type { ClaimsQuery } from "@/lib/dashboard/claims-table";
import type { ClaimsTableView } from "./claims-table-rows";
import { ANCHOR_LABEL, KIND_LABEL, STATE_LABEL, VERDICT_LABEL, stateClass } from "../ui/labels";
import { SOURCE_CHECK_LABEL, labelOf } from "@/lib/review/labels";
import { formatCount, formatDateTime } from "./format";
import { claimsTableHref, shorten } from "./query-href";
import { BULK_FORM_ID } from "./bulk-form-id";
import { SelectAll } from "./select-all";
import styles from "./dashboard.module.css";
import { TableScroll } from "../ui/table-scroll";

type Sort = ClaimsQuery["sort"];

/** A column header that sorts by it: ascending first, then the other way; the current sort is announced. */
function SortHeader({ query, sort, children }: { query: ClaimsQuery; sort: Sort; children: string }) {
  const active = query.sort === sort;
  const next = active && query.order === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (query.order === "asc" ? "ascending" : "descending") : undefined}>
      <a href={claimsTableHref({ ...query, sort, order: next, page: 1 })}>
        {children}
        <span className="visually-hidden">, sort {next === "asc" ? "ascending" : "descending"}</span>
        {active && <span aria-hidden="true">{query.order === "asc" ? " ▲" : " ▼"}</span>}
      </a>
    </th>
  );
}

/**
 * The claims across articles, one page at a time; each row's checkbox belongs to the bulk form by its id.
 * A client component so the page carries the rows' few fields once, not every cell twice (see dashboard-sections.tsx).
 */
export function ClaimsTable({ page, query, selectable }: { page: ClaimsTableView; query: ClaimsQuery; selectable: boolean }) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (page.rows.length === 0) return <p>No claims match these filters.</p>;
  return (
    <>
      <TableScroll label="Claims table">
      <table className="table">
        <caption className="visually-hidden">Claims matching the filters, page {page.page} of {pages}</caption>
        <thead>
          <tr>
            {selectable && (
              <th scope="col">
                <SelectAll form={BULK_FORM_ID} />
              </th>
            )}
            <SortHeader query={query} sort="quote">
              Claim
            </SortHeader>
            <SortHeader query={query} sort="article">
              Article
            </SortHeader>
            <th scope="col">Kind</th>
            <th scope="col">State</th>
            <th scope="col">Verdict</th>
            <th scope="col">Anchor</th>
            <SortHeader query={query} sort="assignee">
              Assignee
            </SortHeader>
            <th scope="col">Open flags</th>
            <th scope="col">Sources checked</th>
            <SortHeader query={query} sort="updated">
              Last changed
            </SortHeader>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((claim) => (
            <tr key={claim.id}>
              {selectable && (
                <td>
                  {/* The version travels with the id, so a claim changed since this page was drawn is refused (409), not overwritten. */}
                  <input type="checkbox" name="claim" value={`${claim.id}:${claim.version}`} data-state={claim.state} form={BULK_FORM_ID} aria-label={`Select claim “${shorten(claim.quote, 80)}”`} />
                </td>
              )}
              <td className={styles.quote}>
                {/* The whole wording, clamped to three lines by CSS, so the link's name is the claim itself. */}
                <a href={`/claims/${claim.id}`} className={styles.clamp}>
                  {claim.quote}
                </a>
              </td>
              <td>{shorten(claim.articleTitle, 48)}</td>
              <td>{KIND_LABEL[claim.kind] ?? claim.kind}</td>
              <td>
                <span className={`badge ${stateClass(claim.state)}`}>{STATE_LABEL[claim.state] ?? claim.state}</span>
              </td>
              <td>{claim.verdict ? (VERDICT_LABEL[claim.verdict] ?? claim.verdict) : "—"}</td>
              <td>{ANCHOR_LABEL[claim.anchor] ?? claim.anchor}</td>
              <td>{claim.assigneeName ?? "—"}</td>
              <td>{claim.openFlags}</td>
              <td>{claim.sourceCheck ? labelOf(SOURCE_CHECK_LABEL, claim.sourceCheck) : "—"}</td>
              <td className="small">
                <time dateTime={claim.updatedAt}>{formatDateTime(claim.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
      <nav className={styles.pager} aria-label="Claims table pages">
        {page.page > 1 && <a href={claimsTableHref({ ...query, page: page.page - 1 })}>Previous page</a>}
        <span>
          Page {page.page} of {pages} · {formatCount(page.total)} claims
        </span>
        {page.page < pages && <a href={claimsTableHref({ ...query, page: page.page + 1 })}>Next page</a>}
      </nav>
    </>
  );
}
