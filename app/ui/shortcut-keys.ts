/** The reviewer's keyboard shortcuts, listed by the `?` dialog (shortcuts-help.tsx) and handled where they act. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; does: string }> = [
  { keys: ["j"], does: "Next claim" },
  { keys: ["k"], does: "Previous claim" },
  { keys: ["↓", "↑"], does: "Next or previous claim in the claim list" },
  { keys: ["Enter"], does: "Open the claim" },
  { keys: ["Esc"], does: "Back to the claim's words in the text" },
  { keys: ["a"], does: "On a claim: the form for a new source" },
  { keys: ["v"], does: "On a claim: its verdict" },
  { keys: ["Ctrl", "Enter"], does: "Save the form you are in" },
  { keys: ["/"], does: "Search" },
  { keys: ["?"], does: "This list of shortcuts" },
];

/** True when a key press belongs to what the person is typing (or to a modifier chord), not to a shortcut. */
export function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || Boolean(target.closest("dialog[open]"));
}

/** The highlight (link) of a claim in the article text. */
export const spanOf = (claimId: string) => document.getElementById(`claim-${claimId}`);
