"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** A burst of changes (a bulk move, an import's claims) refreshes the page once. */
const REFRESH_DELAY_MS = 400;

/**
 * Keeps a page over the whole desk (the dashboard, the claims table) current: it follows
 * /api/stream?scope=desk and re-renders its server data when any claim changes. Renders nothing.
 */
export function LiveDeskRefresh() {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource("/api/stream?scope=desk");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), REFRESH_DELAY_MS);
    };
    for (const name of ["claim", "citation", "flag", "comment", "revision"]) source.addEventListener(name, refresh);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [router]);
  return null;
}
