// Initial shell: the owning feature replaces this component.
export function SourcesPanel() {
  return null;
}
