import { prisma } from "@/lib/db/client";
import { claimSelect, toClaimJson } from "./claim-json";

/** The claims assigned to a person, open work first, with their article's title. */
export async function listAssignedClaims(userId: string) {
  const rows = await prisma.claim.findMany({
    where: { assigneeId: userId, suggestion: { not: "REJECTED" } },
    orderBy: [{ state: "asc" }, { updatedAt: "desc" }],
    select: { ...claimSelect, article: { select: { slug: true, title: true } } },
  });
  return rows.map((row) => ({ ...toClaimJson(row), articleTitle: row.article.title }));
}
