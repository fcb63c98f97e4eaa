import { expect, type Locator, type Page } from '@playwright/test';
import { openReader } from './reader';

/** The Claims tab of the right-hand panel, plus selecting document text to cite. */
export class ClaimsPanel {
  readonly panel: Locator;
  readonly cards: Locator;
  readonly notice: Locator;
  readonly newClaimButton: Locator;
  /** What the last re-anchorings did to the evidence (after a text replacement or an import). */
  readonly placementReports: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.locator('.claims-panel');
    this.cards = this.panel.locator('.claim-card');
    this.notice = this.panel.locator('.claims-notice');
    this.newClaimButton = this.panel.locator('.claims-actions').getByRole('button', { name: /New claim/ });
    this.placementReports = this.panel.getByRole('list', { name: 'Evidence placement reports' });
  }

  /** The reader on `docId`, its text in place (see openReader in reader.ts). */
  async openReader(docId: string): Promise<void> {
    await openReader(this.page, docId);
  }

  /** Selects `phrase` in the document text shown in the main view, as a mouse drag would. */
  async selectText(docId: string, phrase: string): Promise<void> {
    const found = await this.page.evaluate(
      ({ docId, phrase }) => {
        const nodes: Text[] = [];
        for (const element of document.querySelectorAll(`.app-main [data-doc-id="${docId}"]`)) {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        }
        const text = nodes.map((node) => node.data).join('');
        const start = text.indexOf(phrase);
        if (start < 0) return false;
        const locate = (offset: number, isEnd: boolean): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            const inside = isEnd ? offset <= seen + node.data.length : offset < seen + node.data.length;
            if (inside) return [node, offset - seen];
            seen += node.data.length;
          }
          const last = nodes[nodes.length - 1]!;
          return [last, last.data.length];
        };
        const [startNode] = locate(start, false);
        // Scroll only the main view (as a reader would), never the page around the app.
        const main = document.querySelector<HTMLElement>('.app-main')!;
        const top = startNode.parentElement!.getBoundingClientRect().top;
        main.scrollTop += top - main.getBoundingClientRect().top - main.clientHeight / 2;
        const range = document.createRange();
        range.setStart(...locate(start, false));
        range.setEnd(...locate(start + phrase.length, true));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      },
      { docId, phrase },
    );
    expect(found, `"${phrase}" in ${docId}`).toBe(true);
    await expect(this.page.locator('.selection-toolbar')).toBeVisible();
  }

  /** Drags a selection from the text of one document into another's, as in the compare view. */
  async selectAcross(fromDocId: string, toDocId: string): Promise<void> {
    await this.page.evaluate(
      ({ fromDocId, toDocId }) => {
        const first = (docId: string) => {
          const element = document.querySelector(`.app-main [data-doc-id="${docId}"]`)!;
          return document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text;
        };
        let [a, b] = [first(fromDocId), first(toDocId)];
        if (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING) [a, b] = [b, a];
        const range = document.createRange();
        range.setStart(a, 0);
        range.setEnd(b, Math.min(5, b.data.length));
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      },
      { fromDocId, toDocId },
    );
  }

  /** A shortcut key pressed with focus outside any field, as after clicking in the text. */
  async pressShortcut(key: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
  }

  card(statement: RegExp | string): Locator {
    return this.cards.filter({ has: this.page.locator('.claim-statement', { hasText: statement }) });
  }

  /**
   * What the status line reads out and whether it is shown, taken at one moment: it hides itself
   * after a few seconds, so a retried "not shown" alone would pass once the message expired.
   */
  async statusLine(): Promise<{ text: string; shown: boolean }> {
    return this.page.locator('.announcer').evaluate((element) => ({ text: element.textContent ?? '', shown: element.classList.contains('is-visible') }));
  }

  selectedCard(): Locator {
    return this.panel.locator('.claim-card.is-selected');
  }

  evidence(source: string): Locator {
    return this.selectedCard().locator('.evidence-item').filter({ has: this.page.locator('.evidence-source', { hasText: source }) });
  }

  /** The mark on a span that moved or was placed approximately, in the open claim. */
  reviewMark(source: string): Locator {
    return this.evidence(source).locator('.placement-mark');
  }

  async setStance(source: string, stance: 'Supports' | 'Contradicts' | 'Mentions'): Promise<void> {
    await this.evidence(source).getByRole('combobox').selectOption({ label: stance });
  }

  async filterBy(label: 'Status' | 'Source' | 'Tag', option: string): Promise<void> {
    await this.panel.locator('.claim-filters').getByLabel(label).selectOption({ label: option });
  }

  async search(words: string): Promise<void> {
    await this.panel.getByRole('searchbox', { name: 'Search claims' }).fill(words);
  }
}
