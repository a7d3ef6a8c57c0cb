"use client";

import { useState, type FormEvent } from "react";
import { callApi, postJson, type KeptSource } from "./evidence-api";

interface Props {
  disabled: boolean;
  onKept: (result: KeptSource) => void | Promise<void>;
  onProblem: (message: string) => void;
  setBusy: (busy: boolean) => void;
}

type Mode = "url" | "file" | "text";

/** Three ways to keep a source's document as a snapshot (POST /api/sources): fetch a URL, upload a file, paste text. */
export function AddDocumentForms({ disabled, onKept, onProblem, setBusy }: Props) {
  const [mode, setMode] = useState<Mode>("url");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setBusy(true);
    onProblem("");
    try {
      const kept =
        mode === "url"
          ? await postJson<KeptSource>("/api/sources", { url: text("url"), fetch: true })
          : mode === "text"
            ? await postJson<KeptSource>("/api/sources", { title: text("title"), text: String(form.get("text") ?? ""), url: text("url") || undefined })
            : await callApi<KeptSource>("/api/sources", { method: "POST", body: form });
      setBusy(false);
      await onKept(kept);
    } catch (error) {
      onProblem(error instanceof Error ? error.message : "The document could not be kept.");
      setBusy(false);
    }
  }

  return (
    <div className="add-document">
      <fieldset>
        <legend>Add a source document</legend>
        {(["url", "file", "text"] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="document-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{" "}
            {m === "url" ? "Fetch a web page" : m === "file" ? "Upload a file" : "Paste text"}
          </label>
        ))}
      </fieldset>
      <form onSubmit={submit} aria-label="Keep a source document">
        {mode === "url" && (
          <label>
            Page address (URL)
            <input name="url" type="url" required placeholder="https://" />
          </label>
        )}
        {mode === "file" && (
          <>
            <label>
              Document (PDF, HTML, DOCX, TXT or Markdown; up to 20 MB)
              <input name="file" type="file" required accept=".pdf,.html,.htm,.docx,.txt,.md,application/pdf,text/html,text/plain,text/markdown" />
            </label>
            <label>
              Where it was published (URL, optional)
              <input name="url" type="url" placeholder="https://" />
            </label>
            <label>
              Title (optional)
              <input name="title" type="text" maxLength={500} />
            </label>
          </>
        )}
        {mode === "text" && (
          <>
            <label>
              Title
              <input name="title" type="text" required maxLength={500} />
            </label>
            <label>
              Text
              <textarea name="text" required rows={6} />
            </label>
            <label>
              Where it was published (URL, optional)
              <input name="url" type="url" placeholder="https://" />
            </label>
          </>
        )}
        <button type="submit" disabled={disabled}>
          {mode === "url" ? "Fetch and keep" : mode === "file" ? "Upload and keep" : "Keep pasted text"}
        </button>
      </form>
    </div>
  );
}
