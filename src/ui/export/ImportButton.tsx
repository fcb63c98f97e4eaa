// Initial shell: the owning feature replaces this component.
export function ImportButton() {
  return null;
}
