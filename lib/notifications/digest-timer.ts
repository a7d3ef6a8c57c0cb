import nodemailer from "nodemailer";
import { deskConfig } from "@/lib/config/organization";
import { parseDigestEnv, sendDueDigests } from "./digest";

/** How often a worker asks whether a digest round is due (the round itself comes every N minutes). */
const CHECK_MS = 30_000;

/**
 * Started by each job worker: with SMTP_URL set, e-mails digests every CLAIMDESK_DIGEST_MINUTES
 * (one worker of all instances sends each round); without it, nothing is ever sent.
 */
export function startDigestTimer(env: Record<string, string | undefined> = process.env): () => void {
  const config = parseDigestEnv(env);
  if (!config.SMTP_URL) return () => {};
  const transport = nodemailer.createTransport(config.SMTP_URL);
  const appUrl = deskConfig().publicUrl ?? env.NEXTAUTH_URL ?? "http://localhost:3000";
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendDueDigests({ transport, from: config.SMTP_FROM, appUrl, everyMs: config.CLAIMDESK_DIGEST_MINUTES * 60_000 });
    } catch (error) {
      console.error("The e-mail digest round failed; it is tried again:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), CHECK_MS);
  void tick();
  return () => {
    clearInterval(timer);
    transport.close();
  };
}
