/**
 * Brings a claim's highlight into view without moving keyboard focus: beside the card on a wide screen; on a
 * phone at the top of the screen, above the card's drawer (globals.css).
 */
export function scrollClaimIntoView(id: string): void {
  const narrow = window.matchMedia("(max-width: 760px)").matches;
  document.getElementById(`claim-${id}`)?.scrollIntoView({ block: narrow ? "start" : "center" });
}
