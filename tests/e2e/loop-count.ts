import type { Locator, Page } from "@playwright/test";

/**
 * Counts a person's interactions as the reviewer's loop test makes them (issue #11: at most 6 from the article
 * page): each click, choice (radio, select) and command key is one; typing the words of a field is the
 * content, not an interaction; and an action on something out of sight first costs a scroll, as it would a
 * person (judged by IntersectionObserver, so a box clipped by the panel's own scroll counts as out of sight).
 * By keyboard, Tab from one field of the form being filled to the next is the keyboard's click into a field,
 * which the pointer count does not count either (`next`); every other key press is one.
 */
export class InteractionCount {
  readonly steps: string[] = [];
  constructor(private readonly page: Page) {}

  get total() {
    return this.steps.length;
  }

  private async reach(target: Locator, what: string) {
    await target.waitFor({ state: "visible" });
    const inSight = await target.evaluate(
      (el) =>
        new Promise<boolean>((resolve) => {
          const observer = new IntersectionObserver(([entry]) => {
            observer.disconnect();
            resolve(entry.intersectionRatio > 0.9);
          });
          observer.observe(el);
        }),
    );
    if (!inSight) this.steps.push(`scroll to ${what}`);
  }

  async click(target: Locator, what: string) {
    await this.reach(target, what);
    this.steps.push(`click ${what}`);
    await target.click();
  }

  /** A choice already made (a default) costs nothing: the person only sees it. */
  async check(target: Locator, what: string) {
    if (await target.isChecked()) return;
    await this.reach(target, what);
    this.steps.push(`choose ${what}`);
    await target.check();
  }

  async select(target: Locator, label: string, what: string) {
    await this.reach(target, what);
    this.steps.push(`choose ${what}`);
    await target.selectOption({ label });
  }

  /** Typing a field's words: the words are content; reaching the field may still cost a scroll. */
  async type(target: Locator, text: string, what: string) {
    await this.reach(target, what);
    await target.fill(text);
  }

  /** Tab to the next field of the form being filled: free, like a click into a field. */
  async next() {
    await this.page.keyboard.press("Tab");
  }

  /** Typing into the focused field: the words are content. */
  async typeHere(text: string) {
    await this.page.keyboard.type(text);
  }

  async press(key: string, what: string) {
    this.steps.push(`${key} (${what})`);
    await this.page.keyboard.press(key);
  }
}
