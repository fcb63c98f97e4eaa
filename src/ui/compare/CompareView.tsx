// Initial shell: the owning feature replaces this component.
export function CompareView(_props: { docs: string[]; params: Record<string, string> }) {
  return null;
}
