import fs from "node:fs";
import path from "node:path";

// The browser tests' server: the production build on its own port, with a fresh database and
// secret of its own, so a test run never touches the demo's data folder. With
// E2E_DATABASE=postgresql the fresh database is made on the server TEST_DATABASE_URL names.
async function main() {
  process.env.PORT ??= "3100";
  const dir = path.resolve("tests", ".tmp", `e2e-${process.env.PORT}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.env.CLAIMDESK_DATA_DIR = dir;
  if (process.env.E2E_DATABASE === "postgresql") {
    const { freshE2eDatabase } = await import("../tests/e2e/postgresql/databases");
    process.env.DATABASE_URL = await freshE2eDatabase(`claimdesk_e2e_${process.env.PORT}`);
  } else {
    process.env.DATABASE_URL = `file:${path.join(dir, "claimdesk.db")}`;
  }
  // The browser tests stand in for clients behind a proxy, each test with its own address.
  process.env.TRUST_PROXY = "1";
  await import("./start");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
