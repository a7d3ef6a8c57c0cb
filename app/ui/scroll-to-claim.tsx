"use client";

import { useEffect } from "react";

/**
 * Brings the claim's highlight into view when its page opens, without moving keyboard focus. On a
 * narrow screen the claim's card comes first on the page (globals.css), so the page stays at its top.
 */
export function ScrollToClaim({ id }: { id: string }) {
  useEffect(() => {
    if (window.matchMedia("(max-width: 760px)").matches) return;
    document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "center" });
  }, [id]);
  return null;
}
