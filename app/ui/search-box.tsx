"use client";

import { useEffect, useRef } from "react";

/** The header's search: a plain GET form to /search; "/" focuses it from anywhere but a text field. */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      event.preventDefault();
      input.current?.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form role="search" action="/search" method="get" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        Search the desk
      </label>
      <input ref={input} id="site-search" name="q" type="search" placeholder="Search (press /)" aria-keyshortcuts="/" maxLength={200} />
    </form>
  );
}
