// Initial shell: the owning feature replaces this component.
export function SuggestionsPanel() {
  return null;
}
