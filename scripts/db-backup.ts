import { sqliteFilePath } from "@/lib/db/url";
import { backupDatabase } from "@/lib/db/backup";

// npm run -s db:backup -- FILE   (a consistent copy while the app serves)
const target = process.argv[2];
if (!target) {
  console.error("db:backup: give the file to write, e.g. npm run -s db:backup -- backups/claimdesk-2026-11-30.db");
  process.exit(2);
}
backupDatabase(sqliteFilePath(), target).then(
  () => console.log(`Backed up ${sqliteFilePath()} to ${target}`),
  (error: Error) => {
    console.error(`db:backup: ${error.message}`);
    process.exit(1);
  },
);
