import { resolveAuthSecret } from "@/lib/auth/secret";
import { databaseUrl } from "@/lib/db/url";
import { parseDeskConfig } from "@/lib/config/organization";
import { checkAllowListEnv } from "@/lib/fetch/allow-list";
import { evidenceTextBudget } from "@/lib/snapshots/evidence-text-budget";
import { parseDigestEnv } from "@/lib/notifications/digest";
import { prepareDatabase } from "./prepare-db";
import { buildIfStale } from "./build-if-stale";
import { startCluster } from "./cluster";

// `npm start`: a fresh clone serves the demo with no environment variables set.
async function main() {
  const port = process.env.PORT ?? "3000";
  process.env.DATABASE_URL = databaseUrl();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  // The organization that signs reports and the public URL for their links: a bad value stops here, with its name.
  parseDeskConfig(process.env);
  checkAllowListEnv(process.env);
  evidenceTextBudget(process.env); // CLAIMDESK_EVIDENCE_TEXT_MB
  parseDigestEnv(process.env); // SMTP_URL, SMTP_FROM, CLAIMDESK_DIGEST_MINUTES

  await prepareDatabase();
  process.env.NEXTAUTH_SECRET = await resolveAuthSecret();
  buildIfStale();

  // One `next start` per core (CLAIMDESK_WORKERS=1 for a single process).
  startCluster({ port });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
