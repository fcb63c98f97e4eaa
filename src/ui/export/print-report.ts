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
  // Styles go through the CSSOM: the window inherits the app's CSP, which refuses inline <style>.
  Object.assign(page.body.style, { font: '12pt/1.5 Georgia, "DejaVu Serif", serif', margin: '2cm', color: '#000' });
  const report = page.createElement('pre');
  Object.assign(report.style, { whiteSpace: 'pre-wrap', font: 'inherit', margin: '0' });
  report.textContent = toMarkdown(project);
  page.body.replaceChildren(report);
  view.focus();
  view.print();
  return true;
}
