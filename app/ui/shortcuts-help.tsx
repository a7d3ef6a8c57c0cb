"use client";

import { useEffect, useRef, useState } from "react";
import { SHORTCUTS, isTyping } from "./shortcut-keys";

/** `?` opens a dialog listing the shortcuts (a native modal dialog: Escape closes it and focus returns). */
export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  // The list is rendered only while open, so its words never stand in for the controls they describe.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || isTyping(event)) return;
      event.preventDefault();
      if (!dialog.current?.open) {
        setOpen(true);
        dialog.current?.showModal();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button type="button" className="button-quiet shortcuts-button" aria-keyshortcuts="?" aria-label="Keyboard shortcuts" onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}>
        Shortcuts
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
        {open && (
          <>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map((s) => (
            <div key={s.does}>
              <dt>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (s.keys[0] === "Ctrl" ? " + " : " or ")}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{s.does}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit" className="button-primary">
            Close
          </button>
        </form>
          </>
        )}
      </dialog>
    </>
  );
}
