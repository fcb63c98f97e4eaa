const MAX_TITLE_LENGTH = 140;

/** Lines that label the date or the byline, not the story: "Published 12 March 2024", "By AFP". */
const NOT_A_TITLE = /^(?:(?:published|updated|posted|dated?)\b.*\d|by\s)/i;

/** The file name without folder or extension, as a last-resort title. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).replace(/[_-]+/g, ' ').trim();
}

/** The first line with words in it that is not a date or byline label (a Markdown heading loses its #), shortened at a word. */
export function titleFromText(text: string): string | null {
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/^\s*#{1,6}\s+/, '').replace(/\s+/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(line) || NOT_A_TITLE.test(line)) continue;
    if (line.length <= MAX_TITLE_LENGTH) return line;
    const cut = line.slice(0, MAX_TITLE_LENGTH);
    const space = cut.lastIndexOf(' ');
    return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trim()}…`;
  }
  return null;
}
