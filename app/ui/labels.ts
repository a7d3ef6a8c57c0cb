// How states, verdicts and kinds read on screen: the one vocabulary lives in lib/review/labels.ts.
export {
  ANCHOR_LABEL,
  FLAG_KIND_LABEL,
  FLAG_STATUS_LABEL,
  KIND_LABEL,
  ROLE_LABEL,
  SEVERITY_LABEL,
  STANCE_CHOICE,
  STANCE_LABEL,
  STATE_LABEL,
  VERDICT_LABEL,
  describeFlag,
  labelOf,
} from "@/lib/review/labels";

export function stateClass(state: string): string {
  return `state-${state.toLowerCase().replace(/_/g, "-")}`;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}

export function formatDate(iso: string | null): string {
  return iso ? new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" }) : "";
}
