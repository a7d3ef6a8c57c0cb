import { authSecret } from "@/lib/auth/secret";
import { databaseUrl } from "@/lib/db/url";
import { prepareDatabase } from "./prepare-db";
import { buildIfStale } from "./build-if-stale";
import { startCluster } from "./cluster";
import { parseDeskConfig } from "@/lib/config/organization";

// `npm start`: a fresh clone serves the demo with no environment variables set.
const port = process.env.PORT ?? "3000";
process.env.DATABASE_URL = databaseUrl();
process.env.NEXTAUTH_SECRET = authSecret();
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

// The organization that signs reports and the public URL for their links: a bad value stops here, with its name.
try {
  parseDeskConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

prepareDatabase();
buildIfStale();

// One `next start` per core (CLAIMDESK_WORKERS=1 for a single process).
startCluster({ port });
