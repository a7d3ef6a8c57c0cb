import type { VerdictKey } from "@/lib/dashboard/figures";

/** Verdict colours that match the badges elsewhere; each is told apart by the legend and the table too, never by colour alone. */
export const VERDICT_COLOR: Record<VerdictKey, string> = {
  ACCURATE: "#1b6e3a",
  MOSTLY_ACCURATE: "#7cb36b",
  MISLEADING: "#c77700",
  INACCURATE: "#a4161a",
  UNVERIFIABLE: "#545d6e",
  NONE: "#d9dde5",
};
