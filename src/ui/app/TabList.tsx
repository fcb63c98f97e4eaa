export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  label: string;
  tabs: ReadonlyArray<TabItem<Id>>;
  selected: Id;
  onSelect: (id: Id) => void;
  /** Tab i gets the id `${idPrefix}-tab-${id}` and controls `${idPrefix}-tabpanel-${id}`. */
  idPrefix: string;
  className: string;
  tabClassName: string;
}

/** An ARIA tablist with one tab stop; the arrow keys move the selection and the focus along it. */
export function TabList<Id extends string>({ label, tabs, selected, onSelect, idPrefix, className, tabClassName }: Props<Id>) {
  const step = (from: Id, by: number) => {
    const index = tabs.findIndex((tab) => tab.id === from);
    const next = tabs[(index + by + tabs.length) % tabs.length]!;
    onSelect(next.id);
    document.getElementById(`${idPrefix}-tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={`${idPrefix}-tab-${tab.id}`}
          type="button"
          role="tab"
          className={tabClassName}
          aria-selected={selected === tab.id}
          aria-controls={`${idPrefix}-tabpanel-${tab.id}`}
          tabIndex={selected === tab.id ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight') step(tab.id, 1);
            else if (event.key === 'ArrowLeft') step(tab.id, -1);
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
