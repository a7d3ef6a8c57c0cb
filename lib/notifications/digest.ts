import { z } from "zod";
import type { Transporter } from "nodemailer";
import { prisma } from "@/lib/db/client";
import { NOTIFICATION_KIND_LABEL, type NotificationKind } from "./kinds";

/** The Setting row every worker of every instance compares-and-swaps to take a digest round. */
const LAST_ROUND = "notifications.digest.lastRound";
/** A person's digest lists at most this many notifications; the inbox has the rest. */
const PER_DIGEST = 50;

export const digestEnvSchema = z.object({
  SMTP_URL: z
    .string()
    .url("SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587")
    .refine((url) => /^smtps?:\/\//.test(url), "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  SMTP_FROM: z.string().min(3).max(200).default("Claimdesk <claimdesk@localhost>"),
  CLAIMDESK_DIGEST_MINUTES: z.coerce.number().int("CLAIMDESK_DIGEST_MINUTES must be a whole number of minutes").min(1).max(1440).default(15),
});
export type DigestEnv = z.infer<typeof digestEnvSchema>;

/** Reads the e-mail settings, naming the variable that is wrong. */
export function parseDigestEnv(env: Record<string, string | undefined>): DigestEnv {
  const blank = (v: string | undefined) => (v === "" ? undefined : v);
  const parsed = digestEnvSchema.safeParse({ SMTP_URL: blank(env.SMTP_URL), SMTP_FROM: blank(env.SMTP_FROM), CLAIMDESK_DIGEST_MINUTES: blank(env.CLAIMDESK_DIGEST_MINUTES) });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return parsed.data;
}

/**
 * Takes this round of digests if none was taken in the last `everyMs`: a compare-and-swap on one
 * Setting row, so of several workers on several instances exactly one sends each round.
 */
export async function claimDigestRound(now: Date, everyMs: number): Promise<boolean> {
  const row = await prisma.setting.findUnique({ where: { key: LAST_ROUND } });
  const value = String(now.getTime());
  if (!row) {
    try {
      await prisma.setting.create({ data: { key: LAST_ROUND, value } });
      return true;
    } catch {
      return false; // another worker created it first
    }
  }
  if (now.getTime() - Number(row.value) < everyMs) return false;
  const { count } = await prisma.setting.updateMany({ where: { key: LAST_ROUND, value: row.value }, data: { value } });
  return count === 1;
}

export interface DigestItem {
  kind: string;
  text: string;
  claimId: string;
  createdAt: Date;
}

/** One person's digest: plain text, a line per notification with the link to its claim. */
export function composeDigest(person: { name: string }, items: DigestItem[], appUrl: string): { subject: string; text: string } {
  const base = appUrl.replace(/\/+$/, "");
  const lines = items.map((n) => `- ${NOTIFICATION_KIND_LABEL[n.kind as NotificationKind] ?? n.kind}: ${n.text}\n  ${base}/claims/${encodeURIComponent(n.claimId)}`);
  const subject = items.length === 1 ? "Claimdesk: 1 unread notification" : `Claimdesk: ${items.length} unread notifications`;
  const text = [`Hello ${person.name},`, "", "Waiting for you on Claimdesk:", "", ...lines, "", `Your inbox: ${base}/inbox`, `Turn these e-mails off: ${base}/settings/notifications`, ""].join("\n");
  return { subject, text };
}

/**
 * Sends each person who asked for e-mail one digest of their unread notifications not yet e-mailed.
 * Each notification is marked e-mailed before sending (never twice), and unmarked if sending fails
 * (so the next round tries again).
 */
export async function sendDueDigests(options: { transport: Transporter; from: string; appUrl: string; now?: Date; everyMs: number }): Promise<number> {
  const now = options.now ?? new Date();
  if (!(await claimDigestRound(now, options.everyMs))) return 0;
  const people = await prisma.user.findMany({
    where: { disabled: false, notificationPreference: { email: true }, notifications: { some: { readAt: null, emailedAt: null } } },
    select: { id: true, name: true, email: true },
  });
  let sent = 0;
  for (const person of people) {
    const items = await prisma.notification.findMany({
      where: { userId: person.id, readAt: null, emailedAt: null },
      orderBy: { createdAt: "asc" },
      take: PER_DIGEST,
      select: { id: true, kind: true, text: true, claimId: true, createdAt: true },
    });
    if (items.length === 0) continue;
    const ids = items.map((n) => n.id);
    await prisma.notification.updateMany({ where: { id: { in: ids }, emailedAt: null }, data: { emailedAt: now } });
    const { subject, text } = composeDigest(person, items, options.appUrl);
    try {
      await options.transport.sendMail({ from: options.from, to: { name: person.name, address: person.email }, subject, text });
      sent++;
    } catch (error) {
      await prisma.notification.updateMany({ where: { id: { in: ids }, emailedAt: now }, data: { emailedAt: null } });
      console.error(`The digest for ${person.email} could not be sent; it is tried again next round:`, error instanceof Error ? error.message : error);
    }
  }
  return sent;
}
