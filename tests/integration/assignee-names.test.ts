import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { updateClaim } from "@/lib/review/update-claim";
import { getClaimDetail } from "@/lib/review/claim-detail";
import { recentActivity } from "@/lib/dashboard/activity";
import { ALL_CLAIMS } from "@/lib/dashboard/scope";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let editor: SessionUser;
let reviewer: SessionUser;
let claimId: string;

beforeEach(async () => {
  await clearDatabase();
  editor = await createUser("EDITOR");
  reviewer = await createUser("REVIEWER", { name: "Rita Checker" });
  claimId = (await createTestArticle(SAMPLE_BODY)).claims[0].id;
});

describe("history names people, not emails (issue #11)", () => {
  it("an assignment's history line carries the assignee's name, old events included", async () => {
    await updateClaim(editor, claimId, { version: 1, assigneeEmail: reviewer.email });
    // An event written before assignments carried the name.
    await prisma.claimEvent.create({ data: { claimId, actorId: editor.id, type: "ASSIGNED", field: "assignee", toValue: reviewer.email } });
    const assigned = (await getClaimDetail(claimId))!.events.filter((e) => e.type === "ASSIGNED");
    expect(assigned).toHaveLength(2);
    for (const event of assigned) expect(event.detail).toMatchObject({ assigneeName: "Rita Checker" });
    const activity = (await recentActivity(ALL_CLAIMS, 10)).filter((e) => e.type === "ASSIGNED");
    for (const event of activity) expect(event.detail).toMatchObject({ assigneeName: "Rita Checker" });
  });
});
