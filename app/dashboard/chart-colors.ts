import type { VerdictKey } from "@/lib/dashboard/figures";
import styles from "./dashboard.module.css";

/**
 * Each verdict's colour and texture (dashboard.module.css: the colours match the badges and highlights, each
 * carries its text at AA; the texture tells two neighbouring segments apart without colour). Classes rather than
 * inline styles: a page of bars then carries a class name per segment, not its whole background.
 */
export const VERDICT_CLASS: Record<VerdictKey, string> = {
  ACCURATE: styles.verdictAccurate,
  MOSTLY_ACCURATE: styles.verdictMostlyAccurate,
  MISLEADING: styles.verdictMisleading,
  INACCURATE: styles.verdictInaccurate,
  UNVERIFIABLE: styles.verdictUnverifiable,
  NONE: styles.verdictNone,
};
