// How the report says states, verdicts, stances and dates. Kept here (not in app/ui) so the renderers,
// the CLI and the API share one wording without lib/ depending on the UI.
import { FLAG_KIND_LABEL, STANCE_LABEL, STATE_LABEL, VERDICT_LABEL } from "@/lib/review/labels";

export const VERDICT_WORDS = VERDICT_LABEL;
export const STATE_WORDS = STATE_LABEL;
export const STANCE_WORDS = STANCE_LABEL;
export const FLAG_WORDS = FLAG_KIND_LABEL;

export const word = (table: Record<string, string>, key: string | null): string => (key ? (table[key] ?? key) : "");

// Made once: `toLocale*String` with options builds a new Intl formatter on every call (a report dates every entry).
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "5 Mar 2024", in UTC so a report reads the same wherever it is generated. */
export function formatDay(iso: string | null): string {
  return iso ? DAY.format(new Date(iso)) : "";
}

/** "5 Mar 2024, 14:05 UTC". */
export function formatMoment(iso: string | null): string {
  if (!iso) return "";
  const time = TIME.format(new Date(iso));
  return `${formatDay(iso)}, ${time} UTC`;
}

/** A person by name (their email only when they have no name): a published report carries no staff emails. */
export function personLine(person: { name: string; email: string } | null, at: string | null): string {
  return person ? `${person.name.trim() || person.email}${at ? `, ${formatMoment(at)}` : ""}` : "";
}

export function evidenceLine(e: { stance: string; title: string; publisher: string | null; url: string; passage: string; archive?: string }): string {
  return `${word(STANCE_WORDS, e.stance)}: ${e.title}${e.publisher ? ` (${e.publisher})` : ""} <${e.url}> — “${e.passage}”${e.archive ? ` (${e.archive})` : ""}`;
}

/** "Signed by Example Fact Check (https://factcheck.example.org)": who stands behind the report. */
export function signedBy(organization: { name: string; url: string | null }): string {
  return `Signed by ${organization.name}${organization.url ? ` (${organization.url})` : ""}`;
}
