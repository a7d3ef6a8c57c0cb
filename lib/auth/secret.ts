import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl } from "@/lib/db/url";
import { providerOf } from "@/lib/db/provider";

/** Where the demo keeps its generated secret: beside the default database, git-ignored. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CLAIMDESK_DATA_DIR ?? "data");
}

const newSecret = () => crypto.randomBytes(32).toString("base64url");

/** SQLite (one machine): the secret lives in the data folder beside the database. */
function secretFromDataFolder(): string {
  const file = path.join(dataDir(), "auth-secret");
  try {
    const kept = fs.readFileSync(file, "utf8").trim();
    if (kept) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // wx: when two processes race, the first file wins and both read it back.
  try {
    fs.writeFileSync(file, newSecret(), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * The secret that signs session tokens. A real deployment sets NEXTAUTH_SECRET. Without it,
 * `npm start` resolves one before the server starts (`resolveAuthSecret`) and hands it to its
 * workers through the environment; on SQLite a process started otherwise (`next dev`) reads the
 * data folder.
 */
export function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (providerOf(databaseUrl()) === "postgresql") {
    // `next build` loads the auth route to collect its configuration; no session is signed then, and
    // the server reads the real secret when it starts.
    if (process.env.NEXT_PHASE === "phase-production-build") return "not-a-secret-build-time-only";
    throw new Error("NEXTAUTH_SECRET is not set: start Claimdesk with `npm start` (it keeps a generated secret in the database) or set it.");
  }
  return secretFromDataFolder();
}

/**
 * The secret for this start: NEXTAUTH_SECRET, or a generated one kept where every instance finds
 * it — the data folder for SQLite, the Setting table for PostgreSQL (instances on other machines
 * share the database, not a folder). Two instances starting at once insert-if-absent, then both
 * read the one that won.
 */
export async function resolveAuthSecret(): Promise<string> {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (providerOf(databaseUrl()) === "sqlite") return secretFromDataFolder();
  const { prisma } = await import("@/lib/db/client");
  await prisma.$executeRaw`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('auth-secret', ${newSecret()}, ${new Date()}) ON CONFLICT ("key") DO NOTHING`;
  const row = await prisma.setting.findUniqueOrThrow({ where: { key: "auth-secret" }, select: { value: true } });
  await prisma.$disconnect();
  return row.value;
}
