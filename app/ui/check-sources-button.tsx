"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { JobProgress } from "./job-progress";
import { postJson } from "./evidence-api";

/** "Check sources" for an article or the desk: queued as a job (CHECK_SOURCES) and followed in place. */
export function CheckSourcesButton({ path, label }: { path: string; label: string }) {
  const router = useRouter();
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState("");
  async function start() {
    setProblem("");
    try {
      setJobId((await postJson<{ job: { id: string } }>(path)).job.id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "The check could not start.");
    }
  }
  return (
    <span className="check-sources">
      <button type="button" onClick={start} disabled={!!jobId}>
        {label}
      </button>
      {problem && (
        <span role="alert" className="error">
          {problem}
        </span>
      )}
      {jobId && (
        <JobProgress key={jobId} jobId={jobId} label={label}>
          {(job) => {
            if (job.state === "DONE") router.refresh();
            return <span className="form-ok">{job.message}</span>;
          }}
        </JobProgress>
      )}
    </span>
  );
}
