import { ANCHOR_FILTERS, CLAIM_SORTS, STATE_FILTERS, VERDICT_FILTERS, type ClaimsQuery } from "@/lib/dashboard/claims-table";
import { CLAIM_KINDS } from "@/lib/dashboard/vocabulary";
import type { FieldErrors } from "@/lib/errors/app-error";
import { ANCHOR_FILTER_LABEL, KIND_LABEL, SORT_LABEL, STATE_FILTER_LABEL, VERDICT_FILTER_LABEL } from "@/lib/review/labels";
import { CLAIMS_TABLE_PATH } from "./query-href";
import styles from "./dashboard.module.css";

const STATE_WORDS = STATE_FILTER_LABEL;
const VERDICT_WORDS = VERDICT_FILTER_LABEL;
const ANCHOR_WORDS = ANCHOR_FILTER_LABEL;
const SORT_WORDS = SORT_LABEL;

function Choice({ id, label, name, value, options, error }: { id: string; label: string; name: string; value?: string; options: [string, string][]; error?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} {...(error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {})}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A GET form, so every filter lives in the URL: a filtered view can be bookmarked and shared. */
export function ClaimsFilters({ query, errors, people, mine }: { query: ClaimsQuery; errors: FieldErrors; people: { email: string; name: string }[]; mine: boolean }) {
  const any: [string, string] = ["", "Any"];
  return (
    <form method="get" action={CLAIMS_TABLE_PATH} className={styles.filters} aria-label="Filter claims">
      <div className="field">
        <label htmlFor="filter-q">Search claim wording</label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="filter-article">Article (slug)</label>
        <input id="filter-article" name="article" defaultValue={query.article ?? ""} />
      </div>
      <Choice id="filter-state" label="State" name="state" value={query.state} error={errors.state} options={[any, ...STATE_FILTERS.map((s): [string, string] => [s, STATE_WORDS[s]])]} />
      <Choice id="filter-verdict" label="Verdict" name="verdict" value={query.verdict} error={errors.verdict} options={[any, ...VERDICT_FILTERS.map((v): [string, string] => [v, VERDICT_WORDS[v]])]} />
      <Choice id="filter-kind" label="Kind" name="kind" value={query.kind} error={errors.kind} options={[any, ...CLAIM_KINDS.map((k): [string, string] => [k, KIND_LABEL[k]])]} />
      {!mine && (
        <Choice
          id="filter-assignee"
          label="Assignee"
          name="assignee"
          value={query.assignee}
          error={errors.assignee}
          options={[any, ["none", "Nobody"], ["me", "Me"], ...people.map((p): [string, string] => [p.email, p.name])]}
        />
      )}
      <Choice id="filter-flags" label="Open flags" name="flags" value={query.flags} error={errors.flags} options={[any, ["open", "Has open flags"], ["high", "Has an open high flag"], ["none", "No open flags"]]} />
      <Choice id="filter-anchor" label="Anchor" name="anchor" value={query.anchor} error={errors.anchor} options={[any, ...ANCHOR_FILTERS.map((a): [string, string] => [a, ANCHOR_WORDS[a]])]} />
      <Choice id="filter-sort" label="Sort by" name="sort" value={query.sort} error={errors.sort} options={CLAIM_SORTS.map((s): [string, string] => [s, SORT_WORDS[s]])} />
      <Choice id="filter-order" label="Order" name="order" value={query.order} error={errors.order} options={[["desc", "Descending"], ["asc", "Ascending"]]} />
      <Choice id="filter-page-size" label="Per page" name="pageSize" value={String(query.pageSize)} error={errors.pageSize} options={["10", "25", "50", "100"].map((n): [string, string] => [n, n])} />
      <div className="button-row">
        <button type="submit" className="button-primary">
          Apply filters
        </button>
        <a href={CLAIMS_TABLE_PATH}>Clear</a>
      </div>
    </form>
  );
}
