// Formatters made once: `toLocaleString` with options builds a new Intl formatter on every call,
// which showed as the largest single cost of rendering the dashboard (about 200 dates a page).
// The output matches app/ui/labels.ts (en-GB, UTC).
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const count = new Intl.NumberFormat("en-GB");

export const formatDateTime = (iso: string) => `${dateTime.format(new Date(iso))} UTC`;
/** A UTC day given as YYYY-MM-DD. */
export const formatDay = (day: string) => date.format(new Date(`${day}T00:00:00Z`));
export const formatDayMonth = (day: string) => dayMonth.format(new Date(`${day}T00:00:00Z`));
export const formatCount = (n: number) => count.format(n);
