import { backupLiveDatabase } from "@/lib/db/backup";

// npm run -s db:backup -- FILE   (a consistent copy while the app serves: SQLite's backup API, or pg_dump)
const target = process.argv[2];
if (!target) {
  console.error("db:backup: give the file to write, e.g. npm run -s db:backup -- backups/claimdesk-2026-12-04.db (or .dump on PostgreSQL)");
  process.exit(2);
}
backupLiveDatabase(target).then(
  (from) => console.log(`Backed up ${from} to ${target}`),
  (error: Error) => {
    console.error(`db:backup: ${error.message}`);
    process.exit(1);
  },
);
