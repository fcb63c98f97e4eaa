// Initial shell: the owning feature replaces this component.
export function TimelineView() {
  return null;
}
