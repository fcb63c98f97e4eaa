// Initial shell: the owning feature replaces this component.
export function ExportMenu() {
  return null;
}
