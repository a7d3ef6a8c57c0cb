import fs from "node:fs";
import path from "node:path";

// The browser tests' server: the production build on its own port, with a fresh database and
// secret of its own, so a test run never touches the demo's data folder.
process.env.PORT ??= "3100";
const dir = path.resolve("tests", ".tmp", `e2e-${process.env.PORT}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(dir, "claimdesk.db")}`;
process.env.CLAIMDESK_DATA_DIR = dir;
// The browser tests stand in for clients behind a proxy, each test with its own address.
process.env.TRUST_PROXY = "1";

// eslint-disable-next-line @typescript-eslint/no-require-imports
require("./start");
