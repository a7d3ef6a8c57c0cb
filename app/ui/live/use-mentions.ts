"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { mentionAtCaret } from "@/lib/users/mention-at-caret";

export interface MentionPerson {
  id: string;
  name: string;
  handle: string;
}

/**
 * @-autocomplete for a textarea: while the caret is in "@ri…", colleagues from GET /api/people are
 * offered in a listbox; arrows move, Enter or Tab puts "@Full Name " in the text, Escape closes.
 */
export function useMentions(text: string, setText: (value: string) => void) {
  const [caret, setCaret] = useState(0);
  const [people, setPeople] = useState<MentionPerson[]>([]);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const field = useRef<HTMLTextAreaElement | null>(null);
  const mention = mentionAtCaret(text, caret);
  const query = mention && closedAt !== mention.start ? mention.query : null;

  useEffect(() => {
    if (query === null) return setPeople([]);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/people?q=${encodeURIComponent(query)}`, { signal: controller.signal }).catch(() => null);
      if (response?.ok) {
        setPeople(((await response.json()) as { people: MentionPerson[] }).people);
        setActive(0);
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const open = query !== null && people.length > 0;
  function choose(person: MentionPerson) {
    if (!mention) return;
    const before = text.slice(0, mention.start);
    const after = text.slice(caret);
    const inserted = `@${person.name} `;
    setText(before + inserted + after);
    const at = before.length + inserted.length;
    setCaret(at);
    setPeople([]);
    requestAnimationFrame(() => field.current?.setSelectionRange(at, at));
  }
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i + (event.key === "ArrowDown" ? 1 : people.length - 1)) % people.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(people[active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setClosedAt(mention!.start);
    }
  }
  const trackCaret = (event: { currentTarget: HTMLTextAreaElement }) => setCaret(event.currentTarget.selectionStart ?? 0);
  return { field, open, people, active, choose, onKeyDown, trackCaret };
}
