import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { articleProgress } from "@/lib/dashboard/summary";
import { CLAIM_STATES } from "@/lib/review/rules";
import { STATE_LABEL } from "../ui/labels";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  await requirePageUser("/dashboard");
  const rows = await articleProgress();
  return (
    <div className="page">
      <h1>Dashboard</h1>
      <table className="table">
        <caption className="visually-hidden">Claims per article by workflow state</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            {CLAIM_STATES.map((s) => (
              <th scope="col" key={s}>
                {STATE_LABEL[s]}
              </th>
            ))}
            <th scope="col">Open flags</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td>
                <Link href={`/articles/${row.slug}`}>{row.title}</Link>
              </td>
              {CLAIM_STATES.map((s) => (
                <td key={s}>{row.byState[s]}</td>
              ))}
              <td>{row.openFlags}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
