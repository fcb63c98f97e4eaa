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
    const seen = new Map<number, RowSummary>();
    let view = await this.scrollAndRead({ to: 0 });
    for (let pass = 0; pass < 200; pass += 1) {
      for (const row of view.rows) seen.set(row.index, row);
      if (view.atEnd) break;
      view = await this.scrollAndRead({ by: 0.7 });
    }
    // Back at the top, and rendered there: a row looked up next must not be one about to unmount.
    await this.scrollAndRead({ to: 0 });
    return [...seen.values()].sort((a, b) => a.index - b.index);
  }

  /**
   * Scrolls the list (to a position, or by a share of its height), waits in the page until the
   * virtual list has caught up — its rendered rows, which abut, cover the view from top to bottom —
   * and reads those rows: one round trip, and no guessed delay.
   */
  private scrollAndRead(scroll: { to: number } | { by: number }): Promise<{ rows: RowSummary[]; atEnd: boolean }> {
    return this.page.locator('.compare-scroll').evaluate(async (el, scroll) => {
      el.scrollTop = 'to' in scroll ? scroll.to : el.scrollTop + el.clientHeight * scroll.by;
      const rendered = () => [...el.querySelectorAll<HTMLElement>('[role="listitem"][data-row-index]')];
      const fillsView = () => {
        const view = el.getBoundingClientRect();
        const boxes = rendered().map((row) => row.getBoundingClientRect());
        const covered = (y: number) => boxes.some((box) => box.top - 2 <= y && box.bottom + 2 >= y);
        const bottom = Math.min(view.top + el.clientHeight, view.top + el.scrollHeight - el.scrollTop) - 1;
        return covered(view.top + 1) && covered(bottom);
      };
      // A bound in frames, not time, so that a loaded machine gets as many chances as an idle one.
      for (let frame = 0; !fillsView(); frame += 1) {
        if (frame === 600) throw new Error(`the compare rows did not fill the view at scroll position ${el.scrollTop}`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return {
        rows: rendered().map((row) => ({
          index: Number(row.dataset.rowIndex),
          badge: row.querySelector('.kind-badge')?.textContent ?? '',
          text: row.textContent ?? '',
        })),
        atEnd: el.scrollTop + el.clientHeight >= el.scrollHeight - 2,
      };
    }, scroll);
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
    if ((await row.count()) === 0) {
      for (let pass = 0; pass < 200; pass += 1) {
        const view = await this.scrollAndRead({ by: 0.7 });
        if (view.rows.some((shown) => shown.index === index) || view.atEnd) break;
      }
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
