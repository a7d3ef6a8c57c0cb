import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { updateClaim } from "@/lib/review/update-claim";
import { createTestArticle, createUser, SAMPLE_BODY } from "../factories";

describe("concurrent edits of one claim", () => {
  it("commits each of 60 racing writes with its event or refuses it with 409, and the history tells the whole story", async () => {
    const reviewers = await Promise.all(Array.from({ length: 6 }, () => createUser("REVIEWER")));
    const article = await createTestArticle(SAMPLE_BODY, { title: "Race" });
    const claimId = article.claims[0].id;

    // Every writer read version 1 or 2; most must lose.
    const attempts = Array.from({ length: 60 }, (_, i) =>
      updateClaim(reviewers[i % reviewers.length], claimId, { version: (i % 2) + 1, rationale: `Rationale #${i}` }).then(
        () => ({ i, outcome: "committed" as const }),
        (error: unknown) => {
          if (error instanceof AppError && error.status === 409) return { i, outcome: "conflict" as const };
          throw error;
        },
      ),
    );
    const outcomes = await Promise.all(attempts);
    const committed = outcomes.filter((o) => o.outcome === "committed");
    expect(committed.length).toBeGreaterThanOrEqual(1);
    expect(committed.length + outcomes.filter((o) => o.outcome === "conflict").length).toBe(60);

    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    const events = await prisma.claimEvent.findMany({ where: { claimId, type: "RATIONALE_CHANGED" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(claim.version).toBe(1 + committed.length);
    expect(events).toHaveLength(committed.length);
    expect(events.map((e) => e.toValue).sort()).toEqual(committed.map((o) => `Rationale #${o.i}`).sort());
    // Each event starts from what the one before it left.
    events.forEach((event, k) => expect(event.fromValue).toBe(k === 0 ? null : events[k - 1].toValue));
    expect(claim.rationale).toBe(events.at(-1)!.toValue);
  });
});

describe("a transaction that rolls back", () => {
  it("takes with it none of the writes other requests made while it was open", async () => {
    const article = await createTestArticle(`${SAMPLE_BODY}\n\nThe neighbour paragraph of the rollback test.`, { title: "Rollback neighbour" });
    const claimId = article.claims[0].id;
    const reviewer = await createUser("REVIEWER");
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    // One request's transaction reads, waits (as for a slow check), then fails and rolls back…
    const failing = prisma
      .$transaction(async (tx) => {
        await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
        await held;
        throw new Error("conflict");
      })
      .catch((error: Error) => error.message);
    // …while another request's plain write is acknowledged meanwhile.
    setTimeout(letGo, 100);
    const comment = await prisma.comment.create({ data: { claimId, authorId: reviewer.id, body: "Written while another transaction was open" } });
    expect(await failing).toBe("conflict");
    expect(await prisma.comment.findUnique({ where: { id: comment.id } })).not.toBeNull();
  });
});
