import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { listAssignedClaims } from "@/lib/review/my-claims";
import { KIND_LABEL, STATE_LABEL, VERDICT_LABEL, stateClass } from "../ui/labels";
import { TableScroll } from "../ui/table-scroll";

export const metadata: Metadata = { title: "My claims" };
export const dynamic = "force-dynamic";

export default async function MyClaimsPage() {
  const user = await requirePageUser("/claims");
  const claims = await listAssignedClaims(user.id);
  return (
    <div className="page">
      <h1>My claims</h1>
      {claims.length === 0 ? (
        <p>No claims are assigned to you. Editors assign claims from a claim&rsquo;s page.</p>
      ) : (
        <TableScroll label="Your claims table">
        <table className="table">
          <caption className="visually-hidden">Claims assigned to you</caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Article</th>
              <th scope="col">Kind</th>
              <th scope="col">State</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id}>
                <td>
                  <Link href={`/claims/${claim.id}`}>{claim.quote.length > 90 ? `${claim.quote.slice(0, 90)}…` : claim.quote}</Link>
                </td>
                <td>{claim.articleTitle}</td>
                <td>{KIND_LABEL[claim.kind]}</td>
                <td>
                  <span className={`badge ${stateClass(claim.state)}`}>{STATE_LABEL[claim.state]}</span>
                </td>
                <td>{claim.verdict ? VERDICT_LABEL[claim.verdict] : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </div>
  );
}
