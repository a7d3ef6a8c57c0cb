import type { VerdictKey } from "@/lib/dashboard/figures";

/** Verdict colours that match the badges and highlights (globals.css tokens); each carries white text at AA. */
export const VERDICT_COLOR: Record<VerdictKey, string> = {
  ACCURATE: "#1b6e3a",
  MOSTLY_ACCURATE: "#3d6418",
  MISLEADING: "#8a4500",
  INACCURATE: "#a4161a",
  UNVERIFIABLE: "#454d5c",
  NONE: "#d9dde5",
};

/**
 * A texture per verdict on top of its colour, so two neighbouring segments are told apart without colour
 * (the legend and the hover text say the words too).
 */
export const VERDICT_PATTERN: Record<VerdictKey, string> = {
  ACCURATE: "none",
  MOSTLY_ACCURATE: "repeating-linear-gradient(90deg, transparent 0 6px, rgba(255,255,255,0.25) 6px 8px)",
  MISLEADING: "repeating-linear-gradient(45deg, transparent 0 5px, rgba(255,255,255,0.25) 5px 7px)",
  INACCURATE: "repeating-linear-gradient(-45deg, transparent 0 5px, rgba(255,255,255,0.3) 5px 7px)",
  UNVERIFIABLE: "repeating-linear-gradient(0deg, transparent 0 5px, rgba(255,255,255,0.3) 5px 7px)",
  NONE: "none",
};
