import { expect, type Locator, type Page } from '@playwright/test';
import { AddDocumentDialog } from './add-document-dialog';

/** Adds text files through the real "Add document" dialog (Files tab), as an analyst would. */
export async function addDocumentFiles(page: Page, files: Array<{ name: string; text: string }>) {
  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.chooseFiles(files.map(({ name, text }) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })));
  await dialog.addFiles();
  await expect(dialog.dialog).toBeHidden({ timeout: 30_000 });
}

/** The compare view (#/compare?docs=…): rows of aligned passages, one column per source. */
export class CompareView {
  readonly rows: Locator;
  readonly alignedRows: Locator;
  readonly progress: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByRole('list', { name: 'Aligned passages' }).getByRole('listitem');
    this.alignedRows = this.rows.filter({ has: page.locator('.kind-badge:not(.kind-single)') });
    this.progress = page.getByRole('progressbar', { name: 'Analysis progress' });
  }

  async open(docIds: string[], params = '') {
    await this.page.goto(`/#/compare?docs=${docIds.join(',')}${params}`);
    await this.waitForRows();
  }

  async waitForRows() {
    await expect(this.rows.first()).toBeVisible({ timeout: 30_000 });
  }

  /** Ticks the sources in the Sources panel and presses its Compare button. */
  async chooseInSourcesPanel(titles: string[]) {
    const panel = this.page.getByRole('complementary', { name: 'Sources' });
    for (const title of titles) await panel.getByRole('checkbox', { name: `Select ${title} for comparison` }).check();
    await panel.getByRole('button', { name: /^Compare/ }).click();
    await this.waitForRows();
  }

  /** The folded lines of page furniture ("6 lines of page furniture — show"). */
  folds(): Locator {
    return this.page.locator('.compare-row-fold');
  }

  /** Unfolds page furniture with the first fold's "show" button. */
  async showFurniture() {
    await this.page.getByRole('button', { name: /^Show \d+ lines? of page furniture$/ }).first().click();
    await expect(this.folds()).toHaveCount(0);
  }

  activeRow(): Locator {
    return this.page.locator('[role="listitem"][aria-current="true"]');
  }

  async activeRowNumber(): Promise<number> {
    return Number(await this.activeRow().getAttribute('data-row-index')) + 1;
  }

  /** Every row (they are virtualised: the list is scrolled through to render each in turn). */
  async collectRows(): Promise<RowSummary[]> {
    const scroller = this.page.locator('.compare-scroll');
    const seen = new Map<number, RowSummary>();
    await scroller.evaluate((el) => (el.scrollTop = 0));
    for (let pass = 0; pass < 200; pass += 1) {
      await this.rowsFillView();
      const visible = await this.rows.evaluateAll((rows) =>
        rows.map((row) => ({
          index: Number(row.getAttribute('data-row-index')),
          badge: row.querySelector('.kind-badge')?.textContent ?? '',
          text: row.textContent ?? '',
        })),
      );
      for (const row of visible) seen.set(row.index, row);
      const atEnd = await scroller.evaluate((el) => {
        const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
        el.scrollTop += el.clientHeight * 0.7;
        return end;
      });
      if (atEnd) break;
    }
    await scroller.evaluate((el) => (el.scrollTop = 0));
    return [...seen.values()].sort((a, b) => a.index - b.index);
  }

  /**
   * Waits until the virtual list has caught up with its scroll position: rendered rows (which abut)
   * cover the visible part of the list from top to bottom.
   */
  private async rowsFillView(): Promise<void> {
    const scroller = this.page.locator('.compare-scroll');
    await expect
      .poll(
        () =>
        scroller.evaluate((el) => {
          const view = el.getBoundingClientRect();
          const rows = [...el.querySelectorAll('[role="listitem"][data-row-index]')].map((row) => row.getBoundingClientRect());
          const covered = (y: number) => rows.some((row) => row.top - 2 <= y && row.bottom + 2 >= y);
          const bottom = Math.min(view.top + el.clientHeight, view.top + el.scrollHeight - el.scrollTop) - 1;
          return covered(view.top + 1) && covered(bottom);
        }),
        // A frame or two after the scroll, not the default first retry after 100 ms.
        { intervals: [20] },
      )
      .toBe(true);
  }

  /** A cell's text outside deletions, insertions and moves: what it shows as shared, in order. */
  async unmarkedText(cell: Locator): Promise<string> {
    return cell.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('del, ins, .diff-moved, [data-offset-ignore]')) text += node.textContent;
      }
      return text;
    });
  }

  /** The row with this index, scrolled into view (rendered) first. */
  async row(index: number): Promise<Locator> {
    const row = this.page.locator(`[role="listitem"][data-row-index="${index}"]`);
    const scroller = this.page.locator('.compare-scroll');
    for (let pass = 0; pass < 200 && (await row.count()) === 0; pass += 1) {
      await scroller.evaluate((el) => (el.scrollTop += el.clientHeight * 0.7));
      await this.rowsFillView();
    }
    await row.scrollIntoViewIfNeeded();
    return row;
  }
}

export interface RowSummary {
  index: number;
  /** "paraphrase", "near-duplicate", "identical", or "only in <source>". */
  badge: string;
  text: string;
}
