import type { ClaimsQuery } from "@/lib/dashboard/claims-table";
import type { ClaimsTablePage } from "@/lib/dashboard/list-claims";
import type { FieldErrors } from "@/lib/errors/app-error";
import { ClaimsFilters } from "./claims-filters";
import { ClaimsTable } from "./claims-table";
import { BulkForm } from "./bulk-form";
import styles from "./dashboard.module.css";

interface Props {
  page: ClaimsTablePage;
  query: ClaimsQuery;
  errors: FieldErrors;
  people: { email: string; name: string }[];
  mine: boolean;
  canAssign: boolean;
  states: string[];
  asksReason: boolean;
}

export function ClaimsSection({ page, query, errors, people, mine, canAssign, states, asksReason }: Props) {
  const ignored = Object.values(errors);
  return (
    <section className={styles.section} aria-labelledby="claims">
      <h2 id="claims" tabIndex={-1}>
        {mine ? "Your claims" : "Claims across articles"}
      </h2>
      <ClaimsFilters query={query} errors={errors} people={people} mine={mine} />
      {ignored.length > 0 && (
        <div role="alert" className="notice notice-warn">
          <p>Some filters were not understood and were left out:</p>
          <ul>
            {ignored.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <BulkForm canAssign={canAssign} people={people} states={states} asksReason={asksReason} />
      <ClaimsTable page={page} query={query} selectable />
    </section>
  );
}
