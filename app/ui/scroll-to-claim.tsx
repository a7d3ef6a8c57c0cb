"use client";

import { useEffect } from "react";

/** Brings the claim's highlight into view when its page opens, without moving keyboard focus. */
export function ScrollToClaim({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "center" });
  }, [id]);
  return null;
}
