"use client";

import { useEffect, useState } from "react";
import type { JobView } from "@/lib/jobs/types";

const POLL_MS = 500;
const ended = (job: JobView | null) => job?.state === "DONE" || job?.state === "FAILED" || job?.state === "CANCELLED";

/**
 * A background job followed in place: a progress bar with what is happening, a Cancel button until
 * it ends, and, once it is done, whatever `children` makes of its result — without a reload.
 */
export function JobProgress({ jobId, label, children }: { jobId: string; label: string; children: (job: JobView) => React.ReactNode }) {
  const [job, setJob] = useState<JobView | null>(null);
  const [problem, setProblem] = useState("");
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(`/api/jobs/${encodeURIComponent(jobId)}`, { cache: "no-store" });
        const body = await response.json();
        if (!response.ok) throw new Error(body?.error?.message ?? "The job could not be read.");
        if (stop) return;
        setJob(body.job);
        setProblem("");
        if (ended(body.job)) return;
      } catch (error) {
        if (!stop) setProblem(error instanceof Error ? error.message : "The job could not be read.");
      }
      if (!stop) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  async function cancel() {
    setCancelling(true);
    const response = await fetch(`/api/jobs/${encodeURIComponent(jobId)}/cancel`, { method: "POST" });
    if (!response.ok) setProblem((await response.json())?.error?.message ?? "The job could not be cancelled.");
    setCancelling(false);
  }

  const percent = Math.round((job?.progress ?? 0) * 100);
  return (
    <section className="card stack job-progress" aria-label={label}>
      <div className="job-progress-row">
        <progress max={100} value={percent} aria-label={`${label}: ${percent}%`} />
        <span className="job-percent" aria-hidden="true">
          {percent}%
        </span>
      </div>
      <p role="status" aria-live="polite">
        {job?.state === "FAILED" ? `The import failed: ${job.error ?? "unknown reason"}` : job?.state === "CANCELLED" ? "Cancelled; nothing was kept." : (job?.message ?? "Starting…")}
      </p>
      {problem && <p className="form-error">{problem}</p>}
      {/* From the start: a person may cancel before the first report arrives (and a queued job before it runs). */}
      {!ended(job) && (
        <button type="button" className="button-quiet" onClick={cancel} disabled={cancelling}>
          {cancelling ? "Cancelling…" : "Cancel"}
        </button>
      )}
      {job?.state === "DONE" && children(job)}
    </section>
  );
}
