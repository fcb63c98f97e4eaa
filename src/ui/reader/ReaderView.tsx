// Initial shell: the owning feature replaces this component.
export function ReaderView(_props: { docId: string | null }) {
  return null;
}
