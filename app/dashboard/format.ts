// Formatters made once: `toLocaleString` with options builds a new Intl formatter on every call,
// which showed as the largest single cost of rendering the dashboard (about 200 dates a page).
// The output matches app/ui/labels.ts (en-GB, UTC), whose date and time it shares.
export { formatDateTime } from "../ui/labels";
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const count = new Intl.NumberFormat("en-GB");

/** A UTC day given as YYYY-MM-DD. */
export const formatDay = (day: string) => date.format(new Date(`${day}T00:00:00Z`));
export const formatDayMonth = (day: string) => dayMonth.format(new Date(`${day}T00:00:00Z`));
export const formatCount = (n: number) => count.format(n);
