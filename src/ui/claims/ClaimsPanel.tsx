// Initial shell: the owning feature replaces this component.
export function ClaimsPanel() {
  return null;
}
