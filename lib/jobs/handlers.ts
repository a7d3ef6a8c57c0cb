import type { JobKind, LeasedJob } from "./types";
import { importArticleJob, undoImportArticleJob } from "@/lib/import/import-job";
import { rerunChecksJob } from "@/lib/checks/rerun-checks-job";
import { checkSourcesJob } from "@/lib/snapshots/check-sources-job";
import { matchClaimsJob } from "@/lib/repeats/match-job";
import { backfillFingerprintsJob } from "@/lib/repeats/backfill";

/** What a handler is given: its job, progress (which renews the lease and may throw JobCancelled), and a way to keep partial work. */
export interface JobContext {
  job: LeasedJob;
  progress(fraction: number, message: string, options?: { force?: boolean }): Promise<void>;
  keep(partial: unknown): Promise<void>;
}

export interface JobHandler {
  (context: JobContext): Promise<{ result: unknown; output?: string; message: string }>;
  /** Takes back what a failed or cancelled attempt made, so nothing half-done is left. */
  undo?: (context: JobContext) => Promise<void>;
}

export const JOB_HANDLERS: Partial<Record<JobKind, JobHandler>> = {
  IMPORT_ARTICLE: Object.assign(importArticleJob, { undo: undoImportArticleJob }),
  RERUN_CHECKS: rerunChecksJob,
  CHECK_SOURCES: checkSourcesJob,
  MATCH_CLAIMS: matchClaimsJob,
  INDEX_CLAIMS: backfillFingerprintsJob,
};
