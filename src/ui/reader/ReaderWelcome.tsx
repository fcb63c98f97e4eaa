import { useActiveDocuments } from '../../state/documents-store';
import { useStoryParam } from '../../state/current-story';
import { formatRoute } from '../app/route';

/** What Crosscheck is for and how to begin, shown when no document is open. */
export function ReaderWelcome() {
  const documents = useActiveDocuments();
  const first = documents[0];
  const story = useStoryParam();
  return (
    <article className="reader-welcome">
      <h1>Check one story across its sources</h1>
      <p>
        Crosscheck lines up several news reports of the same event, shows where they tell the same thing in other words, and points
        out where they disagree: dates (including “last year” read against each article’s publication date), numbers, the spelling of
        names and the wording of quotes.
      </p>
      <ol className="welcome-steps">
        <li>
          <strong>Read a source.</strong> Pick a document in the Sources list. Check its publication date: relative dates are resolved
          against it.
        </li>
        <li>
          <strong>Add your own.</strong> “Add documents” takes pasted text or .txt, .md and .html files; a date written in the text is
          proposed for you to confirm.
        </li>
        <li>
          <strong>Compare.</strong> Tick two to four sources and press Compare to see aligned passages side by side with word-level
          differences. Overview and Timeline show the whole set.
        </li>
        <li>
          <strong>Record claims.</strong> Select text in any view to attach it as evidence to a claim, give it a verdict, and export the
          claims as JSON, CSV, Markdown, Web Annotations or ClaimReview.
        </li>
      </ol>
      {/* Last, so that nothing moves when the first document arrives. */}
      {first && (
        <p>
          To begin: <a href={formatRoute({ view: 'read', docId: first.id }, story)}>{first.title}</a>.
        </p>
      )}
    </article>
  );
}
