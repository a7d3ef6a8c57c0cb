import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { enqueueJob } from "@/lib/jobs/queue";
import type { JobContext } from "@/lib/jobs/handlers";
import { runSourceCheck } from "./check-source";

// "Check sources" for an article or the whole desk, as background work: every source with a web address and a
// snapshot, one at a time (each is a fetch of up to 20 s), with progress.

export async function queueSourceChecks(user: SessionUser, articleSlug: string | null) {
  requirePermission(user, articleSlug ? "source:write" : "source:check-desk");
  if (articleSlug && !(await prisma.article.findUnique({ where: { slug: articleSlug }, select: { id: true } }))) throw notFound("That article");
  return { job: await enqueueJob("CHECK_SOURCES", { articleSlug }, user.id) };
}

export async function checkSourcesJob(context: JobContext) {
  const { articleSlug } = context.job.input as { articleSlug: string | null };
  const sources = await prisma.source.findMany({
    where: {
      url: { startsWith: "http" },
      snapshots: { some: {} },
      ...(articleSlug ? { citations: { some: { removedAt: null, claim: { article: { slug: articleSlug } } } } } : {}),
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  const counts: Record<string, number> = { UNCHANGED: 0, CHANGED: 0, PASSAGES_MISSING: 0, UNREACHABLE: 0 };
  for (const [i, source] of sources.entries()) {
    await context.progress(i / sources.length, `Checking sources: ${i} of ${sources.length}`);
    counts[(await runSourceCheck(source.id)).check.status] += 1;
  }
  const missing = counts.PASSAGES_MISSING;
  return { result: { sources: sources.length, ...counts }, message: `Checked ${sources.length} sources; ${missing} with cited passages gone.` };
}
