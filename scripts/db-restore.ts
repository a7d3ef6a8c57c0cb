import { restoreLiveDatabase } from "@/lib/db/backup";

// npm run -s db:restore -- FILE   (replaces the database named by DATABASE_URL with the backup)
const source = process.argv[2];
if (!source) {
  console.error("db:restore: give the backup file, e.g. npm run -s db:restore -- backups/claimdesk-2026-12-04.db (or .dump on PostgreSQL)");
  process.exit(2);
}
restoreLiveDatabase(source).then(
  (into) => console.log(`Restored ${into} from ${source}`),
  (error: Error) => {
    console.error(`db:restore: ${error.message}`);
    process.exit(2);
  },
);
