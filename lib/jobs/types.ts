import { z } from "zod";

export const JOB_KINDS = ["IMPORT_ARTICLE", "RERUN_CHECKS", "REPORT", "CHECK_SOURCES", "MATCH_CLAIMS", "INDEX_CLAIMS"] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_STATES = ["QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A job as the API and the browser see it (API.md, "Background jobs"). */
export interface JobView {
  id: string;
  kind: JobKind;
  state: JobState;
  progress: number;
  message: string;
  result?: unknown;
  error?: string;
  createdAt: string;
  finishedAt?: string;
}

/** A job a worker has leased: what its handler needs. */
export interface LeasedJob {
  id: string;
  kind: JobKind;
  input: unknown;
  attempts: number;
  createdById: string | null;
  /** What an earlier, interrupted attempt left (an import's half-made article), for its handler to clean up. */
  result: unknown;
}

export const jobIdSchema = z.string().min(1).max(64);

/** A handler stops with this when the person cancelled: the job ends CANCELLED, not FAILED. */
export class JobCancelled extends Error {
  constructor() {
    super("Cancelled.");
    this.name = "JobCancelled";
  }
}

/** How long a lease lasts; a worker renews it at every progress report. */
export const LEASE_MS = 30_000;
