import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { dashboardScope } from "@/lib/dashboard/scope";
import { parseClaimsQueryLeniently } from "@/lib/dashboard/claims-table";
import { cachedClaimsTable } from "@/lib/dashboard/list-claims";
import { allowedNextStates, CLAIM_STATES } from "@/lib/review/rules";
import { listAssignablePeople } from "@/lib/users/people";
import { claimsLinkRot } from "@/lib/snapshots/claims-link-rot";
import { ClaimsFilters } from "../claims-filters";
import { ClaimsTable } from "../claims-table";
import { claimsTableView } from "../claims-table-rows";
import { BulkForm } from "../bulk-form";
import styles from "../dashboard.module.css";
import { LiveDeskRefresh } from "../../ui/live/live-desk-refresh";

export const metadata: Metadata = { title: "Claims table" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The claims table across articles, on its own page so the dashboard stays a quick overview:
 * filters, search, sorting, paging and bulk actions. Reviewers see the claims assigned to them.
 */
export default async function ClaimsTablePage({ searchParams }: Props) {
  const user = await requirePageUser("/dashboard/claims");
  const { query, errors } = parseClaimsQueryLeniently(await searchParams);
  const scope = dashboardScope(user);
  const canAssign = can(user.role, "claim:assign");
  const [table, people] = await Promise.all([cachedClaimsTable(scope, user.id, query), canAssign ? listAssignablePeople() : Promise.resolve([])]);
  // Read fresh for the page's rows (outside the table's cache, whose stamp does not follow source checks).
  const sourceChecks = await claimsLinkRot(table.claims.map((c) => c.id));
  const mine = !scope.all;
  // Only states this role can reach from some state: a reviewer is never offered "Signed off".
  const states = CLAIM_STATES.filter((to) => CLAIM_STATES.some((from) => allowedNextStates(user.role, from).includes(to)));
  const ignored = Object.values(errors);
  return (
    <div className={styles.wide}>
      <LiveDeskRefresh />
      <div>
        <h1 id="claims" tabIndex={-1}>
          {mine ? "Your claims" : "Claims across articles"}
        </h1>
        <p className="muted">
          {mine ? "Every claim assigned to you, in every article." : "Every claim in every article."} Back to the <a href="/dashboard">dashboard</a>.
        </p>
      </div>
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
      <BulkForm canAssign={canAssign} people={people} states={states} asksReason={can(user.role, "claim:send-back")} role={user.role} />
      <ClaimsTable page={claimsTableView(table, sourceChecks)} query={query} selectable />
    </div>
  );
}
