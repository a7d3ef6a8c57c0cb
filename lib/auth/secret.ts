import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where the demo keeps its generated secret: beside the default database, git-ignored. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CLAIMDESK_DATA_DIR ?? "data");
}

/**
 * The secret that signs session tokens. A real deployment sets NEXTAUTH_SECRET; a fresh clone
 * gets one generated once and kept in the data folder, so sessions survive restarts.
 */
export function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir(), "auth-secret");
  try {
    const kept = fs.readFileSync(file, "utf8").trim();
    if (kept) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  // wx: when two processes race, the first file wins and both read it back.
  try {
    fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}
