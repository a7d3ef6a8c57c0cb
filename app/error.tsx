"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="page narrow">
      <h1>Something went wrong</h1>
      <p>Nothing you saved before this was lost. Try again; if it keeps happening, tell the desk's admin.</p>
      <button type="button" className="button-primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
