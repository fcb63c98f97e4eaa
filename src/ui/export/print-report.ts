import { toMarkdown, type CrosscheckProject } from '../../core/formats';

/**
 * Opens the Markdown report in a new window laid out for paper and starts printing. The report
 * goes in as text (never HTML), so document quotes cannot inject markup. False when a pop-up
 * blocker stopped the window.
 */
export function printReport(project: CrosscheckProject): boolean {
  const view = window.open('', '_blank');
  if (view === null) return false;
  const page = view.document;
  page.title = 'Crosscheck report';
  const style = page.createElement('style');
  style.textContent =
    'body{font:12pt/1.5 Georgia,"DejaVu Serif",serif;margin:2cm;color:#000}pre{white-space:pre-wrap;font:inherit;margin:0}';
  page.head.append(style);
  const report = page.createElement('pre');
  report.textContent = toMarkdown(project);
  page.body.replaceChildren(report);
  view.focus();
  view.print();
  return true;
}
