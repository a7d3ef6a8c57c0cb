"use client";

import { useEffect } from "react";

/**
 * Brings the claim's highlight into view when its page opens, without moving keyboard focus: beside the card
 * on a wide screen; on a phone at the top of the screen, above the card's drawer (globals.css).
 */
export function ScrollToClaim({ id }: { id: string }) {
  useEffect(() => {
    const narrow = window.matchMedia("(max-width: 760px)").matches;
    document.getElementById(`claim-${id}`)?.scrollIntoView({ block: narrow ? "start" : "center" });
  }, [id]);
  return null;
}
