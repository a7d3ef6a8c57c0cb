import type { ClaimsQuery } from "@/lib/dashboard/claims-table";

const DEFAULTS: Partial<Record<keyof ClaimsQuery, string>> = { sort: "updated", order: "desc", page: "1", pageSize: "25" };

/** Where the claims table across articles lives (its own page: the dashboard stays a quick overview). */
export const CLAIMS_TABLE_PATH = "/dashboard/claims";

/** A claims-table link that keeps the current filters, with some replaced; defaults are left out so URLs stay short. */
export function claimsTableHref(query: Partial<Record<keyof ClaimsQuery, string | number | undefined>>, extra: Record<string, string | number | undefined> = {}, hash = ""): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...extra })) {
    if (value === undefined || value === "") continue;
    if (DEFAULTS[key as keyof ClaimsQuery] === String(value)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${CLAIMS_TABLE_PATH}${search ? `?${search}` : ""}${hash ? `#${hash}` : ""}`;
}

export function shorten(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
