// Initial shell: the owning feature replaces this component.
export function OverviewView() {
  return null;
}
