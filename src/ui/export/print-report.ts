import type { CrosscheckProject } from '../../core/formats/project';
import { buildReport, type Report, type ReportClaim, type ReportEvidence } from '../../core/formats/report';

/** The printed page's look. Adopted as a constructed stylesheet: the window inherits the app's
 * CSP, which refuses inline <style> but not stylesheets built through the CSSOM. */
const PRINT_CSS = `
body { font: 12pt/1.5 Georgia, "DejaVu Serif", serif; margin: 2cm; color: #000; background: #fff; }
h1 { font-size: 20pt; margin: 0 0 0.2em; }
h2 { font-size: 15pt; margin: 1.4em 0 0.4em; border-bottom: 1px solid #888; }
h3 { font-size: 12.5pt; margin: 1.2em 0 0.3em; }
.summary, .tags, .empty { color: #333; }
ul.evidence { padding-left: 1.2em; }
ul.evidence li { margin: 0.5em 0; }
blockquote { margin: 0.3em 0 0 0; padding-left: 0.8em; border-left: 3px solid #999; white-space: pre-wrap; }
.note { white-space: pre-wrap; }
.source-title { font-weight: bold; }
section.claim { break-inside: avoid; }
h2, h3 { break-after: avoid; }
@page { margin: 2cm; }
@media print { body { margin: 0; } }
`;

type Build = (tag: string, text?: string, className?: string) => HTMLElement;

function evidenceItem(build: Build, evidence: ReportEvidence): HTMLElement {
  const item = build('li');
  const { source } = evidence;
  if (source.kind === 'document') {
    item.append(build('span', source.title, 'source-title'));
    const rest = [source.outlet, source.published ?? 'date unknown'].filter(Boolean).join(', ');
    item.append(`, ${rest} — ${evidence.stance}`);
  } else {
    item.append(build('span', `Missing document ${source.docId}`, 'source-title'), ` — ${evidence.stance}`);
  }
  item.append(build('blockquote', evidence.quote));
  return item;
}

function claimSection(build: Build, claim: ReportClaim): HTMLElement {
  const section = build('section', undefined, 'claim');
  section.append(build('h3', claim.statement || '(no statement)'));
  if (claim.tags.length > 0) section.append(build('p', `Tags: ${claim.tags.join(', ')}`, 'tags'));
  if (claim.evidence.length === 0) section.append(build('p', 'No evidence recorded.', 'empty'));
  else {
    const list = build('ul', undefined, 'evidence');
    list.append(...claim.evidence.map((evidence) => evidenceItem(build, evidence)));
    section.append(build('p', 'Evidence:'), list);
  }
  if (claim.note !== '') section.append(build('p', `Note: ${claim.note}`, 'note'));
  return section;
}

/** The report as a formatted page; every user string goes in as text, never as HTML. */
export function renderReportPage(page: Document, report: Report): void {
  const build: Build = (tag, text, className) => {
    const element = page.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className !== undefined) element.className = className;
    return element;
  };
  page.title = report.title;
  const body = [build('h1', report.title), build('p', report.summary, 'summary')];
  for (const section of report.sections) body.push(build('h2', section.heading), ...section.claims.map((claim) => claimSection(build, claim)));
  if (report.sections.length === 0) body.push(build('p', 'No claims recorded.', 'empty'));
  page.body.replaceChildren(...body);
  const view = page.defaultView;
  if (view !== null) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    page.adoptedStyleSheets = [sheet];
  }
}

/**
 * Opens the report in a new window as a formatted page laid out for paper, and starts printing.
 * False when a pop-up blocker stopped the window.
 */
export function printReport(project: CrosscheckProject): boolean {
  const view = window.open('', '_blank');
  if (view === null) return false;
  renderReportPage(view.document, buildReport(project));
  view.focus();
  view.print();
  return true;
}
