import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { enqueueImport } from "@/lib/import/import-job";
import { endAbandonedJobs, leaseNextJob, reportProgress } from "@/lib/jobs/lease";
import { cancelJob, enqueueJob, getJobForUser } from "@/lib/jobs/queue";
import { runLeasedJob } from "@/lib/jobs/run";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import type { SessionUser } from "@/lib/auth/session-user";
import { createUser } from "../factories";

// A long article (over the job threshold), different per call so each import is new.
let serial = 0;
function longArticle(title = `Long article ${++serial} ${Date.now()}`) {
  const paragraphs = Array.from({ length: 700 }, (_, i) => `Paragraph ${i} of ${title}: the council spent $${i + 1} million on ${1990 + (i % 30)} repairs, said the mayor.`);
  return { title, body: paragraphs.join("\n\n") };
}

/** What a worker that died leaves: its lease runs out. */
const expireLeases = () => prisma.job.updateMany({ where: { state: "RUNNING" }, data: { lockedUntil: new Date(Date.now() - 1000) } });

let reviewer: SessionUser;
beforeEach(async () => {
  await prisma.job.deleteMany();
  reviewer = await createUser("REVIEWER");
});

describe("background jobs", () => {
  it("an import job runs to the end: the article with all its claims, and the job DONE with its slug", async () => {
    const input = longArticle();
    const queued = await enqueueImport(input, reviewer);
    expect(queued).toMatchObject({ kind: "IMPORT_ARTICLE", state: "QUEUED", progress: 0 });
    const leased = await leaseNextJob("worker-a");
    expect(leased?.id).toBe(queued.id);
    const seen: string[] = [];
    await runLeasedJob(leased!, "worker-a", { onProgress: (_p, message) => void seen.push(message) });
    const done = await getJobForUser(queued.id, reviewer);
    expect(done).toMatchObject({ state: "DONE", progress: 1 });
    const slug = (done.result as { slug: string }).slug;
    const article = await prisma.article.findUniqueOrThrow({ where: { slug }, include: { _count: { select: { claims: true } } } });
    expect(article.title).toBe(input.title);
    expect(article._count.claims).toBeGreaterThanOrEqual(700);
    expect(seen.some((m) => /Saving claims: [\d,]+ of [\d,]+/.test(m))).toBe(true);
    // Every claim is queued for matching against the desk exactly once, 500 to a job (the last takes the rest).
    const matching = await prisma.job.findMany({ where: { kind: "MATCH_CLAIMS" }, orderBy: { createdAt: "asc" }, select: { input: true } });
    const queuedIds = matching.flatMap((job) => (JSON.parse(job.input) as { claimIds: string[] }).claimIds);
    const claimIds = (await prisma.claim.findMany({ where: { articleId: article.id }, select: { id: true } })).map((c) => c.id);
    expect(queuedIds.toSorted()).toEqual(claimIds.toSorted());
    expect(matching.length).toBe(Math.ceil(claimIds.length / 500));
  });

  it("two workers racing for one job: exactly one gets it", async () => {
    const job = await enqueueJob("RERUN_CHECKS", {}, reviewer.id);
    const leases = await Promise.all(Array.from({ length: 8 }, (_, i) => leaseNextJob(`racer-${i}`)));
    const winners = leases.filter((l) => l !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.id).toBe(job.id);
    expect((await prisma.job.findUniqueOrThrow({ where: { id: job.id } })).attempts).toBe(1);
  });

  it("a worker that dies mid-import: the job is taken up again once, what the first attempt made is undone, the article exists once", async () => {
    const input = longArticle();
    const queued = await enqueueImport(input, reviewer);
    const first = await leaseNextJob("worker-dies");
    // The first worker gets as far as creating the article and saving some claims, then its process is
    // killed: nothing after that point runs (no undo, no record of the end), as with SIGKILL.
    const killed = new Error("SIGKILL");
    const context = {
      job: first!,
      keep: async () => undefined,
      progress: async (_p: number, message: string) => {
        if (message.startsWith("Saving claims")) throw killed;
      },
    };
    await expect(JOB_HANDLERS.IMPORT_ARTICLE!(context)).rejects.toBe(killed);
    expect(await prisma.article.count({ where: { title: input.title } })).toBe(1); // half made
    await expireLeases();

    const second = await leaseNextJob("worker-b");
    expect(second).toMatchObject({ id: queued.id, attempts: 2 });
    await runLeasedJob(second!, "worker-b");
    const job = await getJobForUser(queued.id, reviewer);
    expect(job.state).toBe("DONE");
    expect(await prisma.article.count({ where: { title: input.title } })).toBe(1);
  });

  it("a job whose worker dies on every attempt fails, saying why, and is not run a third time", async () => {
    const job = await enqueueJob("RERUN_CHECKS", {}, reviewer.id);
    expect((await leaseNextJob("w1"))?.attempts).toBe(1);
    await expireLeases();
    expect((await leaseNextJob("w2"))?.attempts).toBe(2);
    await expireLeases();
    expect(await leaseNextJob("w3")).toBeNull();
    await endAbandonedJobs();
    const failed = await getJobForUser(job.id, reviewer);
    expect(failed.state).toBe("FAILED");
    expect(failed.error).toMatch(/stopped before it finished/);
  });

  it("cancelling: a queued job ends at once; a running import stops at its next step and leaves nothing behind", async () => {
    const queuedJob = await enqueueJob("RERUN_CHECKS", {}, reviewer.id);
    expect((await cancelJob(queuedJob.id, reviewer)).state).toBe("CANCELLED");
    expect(await leaseNextJob("nobody")).toBeNull();

    const input = longArticle();
    const running = await enqueueImport(input, reviewer);
    const leased = await leaseNextJob("worker-c");
    let asked = false;
    await runLeasedJob(leased!, "worker-c", {
      onProgress: async (_p, message) => {
        // The person presses Cancel once the article exists: while its claims are saved, or, when the steps are
        // quicker than the progress reports (on PostgreSQL they have no pause), as it is checked.
        if (!asked && (message.startsWith("Saving claims") || message.startsWith("Checking the article"))) {
          asked = true;
          expect((await cancelJob(running.id, reviewer)).message).toBe("Cancelling…");
        }
      },
    });
    const job = await getJobForUser(running.id, reviewer);
    expect(job.state).toBe("CANCELLED");
    expect(await prisma.article.count({ where: { title: input.title } })).toBe(0);
    await expect(cancelJob(running.id, reviewer)).rejects.toMatchObject({ status: 409 });
  });

  it("a worker that lost its lease cannot report progress or finish the job", async () => {
    const job = await enqueueJob("RERUN_CHECKS", {}, reviewer.id);
    await leaseNextJob("slow-worker");
    await expireLeases();
    await leaseNextJob("new-worker");
    expect(await reportProgress(job.id, "slow-worker", 0.5, "still here")).toBeNull();
    expect(await reportProgress(job.id, "new-worker", 0.5, "working")).toEqual({ cancelRequested: false });
  });

  it("people see their own jobs; another reviewer gets 404, an editor sees every job", async () => {
    const job = await enqueueJob("RERUN_CHECKS", {}, reviewer.id);
    const other = await createUser("REVIEWER");
    const editor = await createUser("EDITOR");
    await expect(getJobForUser(job.id, other)).rejects.toMatchObject({ status: 404 });
    await expect(cancelJob(job.id, other)).rejects.toMatchObject({ status: 404 });
    expect((await getJobForUser(job.id, editor)).id).toBe(job.id);
  });
});
