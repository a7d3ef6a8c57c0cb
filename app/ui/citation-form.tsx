"use client";

import { useEffect, useState } from "react";
import { attachSourceAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { CharCount, FieldError, FormStatus, Required, describedBy } from "./form-bits";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { STANCE_CHOICE } from "./labels";
import { postJson } from "./evidence-api";

export interface KnownSource {
  url: string;
  title: string;
  publisher: string | null;
  kind: string;
}

const EMPTY = { url: "", title: "", publisher: "", passage: "", stance: "SUPPORTS", sourceKind: "SECONDARY", publishedAt: "", accessedAt: "" };
type Values = typeof EMPTY;

/**
 * The desk's recent sources, asked for once the form is first opened: most visits to a claim page never cite, and the
 * page no longer carries fifty sources twice. Suggestions only: without them the form works all the same.
 */
function useKnownSources(wanted: boolean): KnownSource[] {
  const [sources, setSources] = useState<KnownSource[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    fetch("/api/sources/known", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { sources: [] }))
      .then((body: { sources?: KnownSource[] }) => live && setSources(body.sources ?? []))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted]);
  return sources;
}

export function CitationForm({ claimId }: { claimId: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(attachSourceAction.bind(null, claimId));
  const [opened, setOpened] = useState(false);
  const knownSources = useKnownSources(opened);
  const [values, setValues] = useState<Values>(EMPTY);
  // Picking a source the desk already has (by URL or by title) fills in the rest of it.
  const pick = (match: KnownSource | undefined, next: Values) =>
    match ? { ...next, url: match.url, title: match.title, publisher: match.publisher ?? "", sourceKind: match.kind } : next;
  const set = (name: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => {
      const next = { ...v, [name]: e.target.value };
      if (name === "url") return pick(knownSources.find((s) => s.url === e.target.value), next);
      if (name === "title") return pick(knownSources.find((s) => s.title === e.target.value), next);
      return next;
    });
  // "Fill in from the page": the server fetches the URL (keeping a snapshot of it) and its metadata fills the
  // fields the person left empty. A button, not a reaction to typing, so half-typed addresses are never fetched.
  const [fillNote, setFillNote] = useState("");
  const [filling, setFilling] = useState(false);
  async function fillFromPage() {
    setFilling(true);
    setFillNote("");
    try {
      const kept = await postJson<{ source: { title: string; publisher: string | null; publishedAt: string | null }; snapshot: { retrievedAt: string } }>("/api/sources", { url: values.url, fetch: true });
      setValues((v) => ({
        ...v,
        title: v.title || kept.source.title,
        publisher: v.publisher || kept.source.publisher || "",
        publishedAt: v.publishedAt || kept.source.publishedAt || "",
        accessedAt: v.accessedAt || kept.snapshot.retrievedAt.slice(0, 10),
      }));
      setFillNote("Filled in from the page; a copy of it is kept.");
    } catch (error) {
      setFillNote(error instanceof Error ? error.message : "The page could not be fetched.");
    } finally {
      setFilling(false);
    }
  }
  useEffect(() => {
    // The loop's next step is the verdict: once the source is attached, the review comes into view.
    if (state.status !== "saved") return;
    document.getElementById("review-title")?.scrollIntoView({ block: "start", behavior: "instant" });
    // From the keyboard, the next step is at hand: the verdict, while the claim has none.
    const verdict = document.getElementById("review-verdict") as HTMLSelectElement | null;
    if (verdict && verdict.value === "" && document.activeElement?.closest("#attach-source")) verdict.focus();
  }, [state.savedAt, state.status]);
  useEffect(() => {
    if (state.status === "saved") setValues(EMPTY);
  }, [state.savedAt, state.status]);
  const passageOver = values.passage.length > TEXT_LIMITS.passage;
  // The optional details fold away (the loop stays short) but open by themselves when one of them is refused.
  const optionalError = ["publisher", "publishedAt", "accessedAt"].some((name) => state.fields?.[name]);
  // A passage over its maximum is stopped here, with the counter saying by how much, before anything is sent.
  const submit = (event: React.FormEvent<HTMLFormElement>) => (passageOver ? event.preventDefault() : onSubmit(event));
  const field = (name: keyof Values, label: string, props: Record<string, unknown> = {}, required = false) => (
    <div className="field">
      <label htmlFor={`citation-${name}`}>
        {label}
        {required && <Required />}
      </label>
      <input id={`citation-${name}`} name={name} value={values[name]} onChange={set(name)} {...props} {...describedBy(state, name, `citation-${name}-error`)} />
      <FieldError id={`citation-${name}-error`} state={state} name={name} />
    </div>
  );

  return (
    <details
      id="attach-source"
      className="form-box"
      open={state.status === "error" || undefined}
      // Opened, the whole form comes into view at the top of the card instead of unfolding below the fold.
      onToggle={(e) => {
        if (!(e.currentTarget as HTMLDetailsElement).open) return;
        setOpened(true);
        e.currentTarget.scrollIntoView({ block: "start", behavior: "instant" });
      }}
    >
      <summary>Attach a source</summary>
      <form onSubmit={submit} className="stack" noValidate>
        <datalist id="known-source-urls">
          {knownSources.map((s) => (
            <option key={s.url} value={s.url}>
              {s.title}
            </option>
          ))}
        </datalist>
        <datalist id="known-source-titles">
          {knownSources.map((s) => (
            <option key={s.url} value={s.title}>
              {s.url}
            </option>
          ))}
        </datalist>
        {field("url", "Source URL", { type: "url", inputMode: "url", list: "known-source-urls", maxLength: TEXT_LIMITS.sourceUrl, required: true }, true)}
        <p>
          <button type="button" onClick={fillFromPage} disabled={filling || !values.url.trim()}>
            {filling ? "Fetching the page…" : "Fill in from the page"}
          </button>{" "}
          <span role="status" aria-live="polite" className="muted small">
            {fillNote}
          </span>
        </p>
        {field("title", "Source title", { list: "known-source-titles", maxLength: TEXT_LIMITS.sourceTitle, required: true }, true)}
        <div className="field">
          <label htmlFor="citation-passage">
            Passage from the source
            <Required />
          </label>
          <textarea
            id="citation-passage"
            name="passage"
            rows={4}
            required
            value={values.passage}
            onChange={set("passage")}
            aria-describedby={state.fields?.passage ? "citation-passage-count citation-passage-error" : "citation-passage-count"}
            aria-invalid={passageOver || !!state.fields?.passage || undefined}
          />
          <CharCount id="citation-passage-count" value={values.passage} max={TEXT_LIMITS.passage} />
          <FieldError id="citation-passage-error" state={state} name="passage" />
        </div>
        <fieldset className="field">
          <legend>
            Stance
            <Required />
          </legend>
          {(["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const).map((stance) => (
            <label key={stance} className="radio">
              <input type="radio" name="stance" value={stance} checked={values.stance === stance} onChange={set("stance")} />{" "}
              {STANCE_CHOICE[stance]}
            </label>
          ))}
          <FieldError id="citation-stance-error" state={state} name="stance" />
        </fieldset>
        <details className="inline-form" open={optionalError || Boolean(values.publisher || values.publishedAt || values.accessedAt) || undefined}>
          <summary>More about the source (optional)</summary>
          <div className="stack">
            {field("publisher", "Publisher (optional)", { maxLength: TEXT_LIMITS.publisher })}
            <div className="field-row">
              {field("publishedAt", "Published (optional)", { type: "date" })}
              {field("accessedAt", "Accessed (optional)", { type: "date" })}
            </div>
            <div className="field">
              <label htmlFor="citation-sourceKind">Kind of source</label>
              <select id="citation-sourceKind" name="sourceKind" value={values.sourceKind} onChange={set("sourceKind")}>
                <option value="PRIMARY">Primary (the record itself)</option>
                <option value="SECONDARY">Secondary (a report about it)</option>
              </select>
            </div>
          </div>
        </details>
        <FormStatus state={state} fields={["url", "title", "publisher", "publishedAt", "accessedAt", "passage", "stance"]} />
        <button type="submit" className="button-primary" disabled={pending || !ready || passageOver}>
          {pending ? "Attaching…" : "Attach source"}
        </button>
      </form>
    </details>
  );
}
