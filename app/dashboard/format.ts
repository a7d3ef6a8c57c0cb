// Formatters made once: `toLocaleString` with options builds a new Intl formatter on every call,
// which showed as the largest single cost of rendering the dashboard (about 200 dates a page).
// The output matches app/ui/labels.ts (en-GB, UTC), whose date and date-time formatters it shares.
import { formatDate } from "../ui/labels";

export { formatDateTime } from "../ui/labels";
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const count = new Intl.NumberFormat("en-GB");

/** A UTC day given as YYYY-MM-DD. */
export const formatDay = (day: string) => formatDate(`${day}T00:00:00Z`);
export const formatDayMonth = (day: string) => dayMonth.format(new Date(`${day}T00:00:00Z`));
export const formatCount = (n: number) => count.format(n);
