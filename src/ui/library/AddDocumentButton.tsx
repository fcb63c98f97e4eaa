// Initial shell: the owning feature replaces this component.
export function AddDocumentButton() {
  return null;
}
