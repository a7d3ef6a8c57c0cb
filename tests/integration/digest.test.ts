import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { updateClaim } from "@/lib/review/update-claim";
import { addComment } from "@/lib/review/add-comment";
import { markNotificationsRead } from "@/lib/notifications/inbox";
import { savePreferences } from "@/lib/notifications/preferences";
import { parseDigestEnv, sendDueDigests } from "@/lib/notifications/digest";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

// A local SMTP server started by the test: mail never leaves 127.0.0.1.
const received: ParsedMail[] = [];
let server: SMTPServer;
let port: number;
beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const EVERY = 15 * 60_000;
const transport = () => nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
const send = (now: Date) => sendDueDigests({ transport: transport(), from: "Claimdesk <desk@claimdesk.test>", appUrl: "https://desk.example.org/", now, everyMs: EVERY });

let reviewer: SessionUser;
let editor: SessionUser;
let claimId: string;
beforeEach(async () => {
  await clearDatabase();
  await prisma.setting.deleteMany({ where: { key: { startsWith: "notifications.digest" } } });
  received.length = 0;
  reviewer = await createUser("REVIEWER", { name: "Ana Reviewer" });
  editor = await createUser("EDITOR", { name: "Ed Editor" });
  const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
  claimId = article.claims.find((c) => c.quote.includes("$200 billion"))!.id;
});

describe("the e-mail digest", () => {
  it("mails each person who asked a digest of their unread notifications, with links, once per round and never twice", async () => {
    await savePreferences(reviewer, { kinds: ["ASSIGNED", "MENTIONED", "AWAITING_SIGNOFF", "SIGNED_OFF", "SENT_BACK"], email: true });
    await updateClaim(editor, claimId, { version: 1, assigneeEmail: reviewer.email });
    await addComment(editor, claimId, { body: "@Ana Reviewer the figure looks off" });
    await addComment(reviewer, claimId, { body: "@Ed Editor on it" }); // the editor did not ask for e-mail

    const t0 = new Date("2026-12-05T09:00:00Z");
    expect(await send(t0)).toBe(1);
    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail.to && "value" in mail.to ? mail.to.value[0].address : null).toBe(reviewer.email);
    expect(mail.subject).toBe("Claimdesk: 2 unread notifications");
    expect(mail.text).toContain("Assigned to you: Ed Editor assigned you");
    expect(mail.text).toContain("Mentioned in a comment: Ed Editor mentioned you on");
    expect(mail.text).toContain(`https://desk.example.org/claims/${claimId}`);
    expect(mail.text).toContain("https://desk.example.org/settings/notifications");

    // Within the interval no round is taken; in the next round nothing new means no mail.
    await addComment(editor, claimId, { body: "@Ana Reviewer and the date?" });
    expect(await send(new Date(t0.getTime() + 60_000))).toBe(0);
    expect(await send(new Date(t0.getTime() + EVERY))).toBe(1);
    expect(received).toHaveLength(2);
    expect(received[1].subject).toBe("Claimdesk: 1 unread notification");
    expect(await send(new Date(t0.getTime() + 2 * EVERY))).toBe(0);

    // Read before the round: not mailed.
    await addComment(editor, claimId, { body: "@Ana Reviewer one more" });
    await markNotificationsRead(reviewer, { all: true });
    expect(await send(new Date(t0.getTime() + 3 * EVERY))).toBe(0);
    expect(received).toHaveLength(2);
  });

  it("takes each round once however many workers ask at the same moment", async () => {
    await savePreferences(reviewer, { kinds: ["MENTIONED"], email: true });
    await addComment(editor, claimId, { body: "@Ana Reviewer look" });
    const now = new Date("2026-12-05T10:00:00Z");
    const results = await Promise.all([send(now), send(now), send(now)]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(received).toHaveLength(1);
  });

  it("keeps a notification for the next round when the mail server refuses it", async () => {
    await savePreferences(reviewer, { kinds: ["MENTIONED"], email: true });
    await addComment(editor, claimId, { body: "@Ana Reviewer look" });
    const refusing = nodemailer.createTransport({ host: "127.0.0.1", port: 1, secure: false, ignoreTLS: true, connectionTimeout: 2000 });
    const now = new Date("2026-12-05T11:00:00Z");
    expect(await sendDueDigests({ transport: refusing, from: "desk@claimdesk.test", appUrl: "http://localhost:3000", now, everyMs: EVERY })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: reviewer.id, emailedAt: null } })).toBe(1);
    expect(await send(new Date(now.getTime() + EVERY))).toBe(1);
  });

  it("reads its settings strictly: without SMTP_URL nothing is configured, a wrong one is named", () => {
    expect(parseDigestEnv({}).SMTP_URL).toBeUndefined();
    expect(parseDigestEnv({ SMTP_URL: "smtp://127.0.0.1:2525", CLAIMDESK_DIGEST_MINUTES: "5" })).toMatchObject({ SMTP_URL: "smtp://127.0.0.1:2525", CLAIMDESK_DIGEST_MINUTES: 5 });
    expect(() => parseDigestEnv({ SMTP_URL: "http://mail.example.org" })).toThrow(/SMTP_URL/);
    expect(() => parseDigestEnv({ CLAIMDESK_DIGEST_MINUTES: "0" })).toThrow(/CLAIMDESK_DIGEST_MINUTES/);
  });
});
