/**
 * A section made of similar one-line items (list entries, table rows) that the size budget may
 * cut short: rendered as head + the first k items + a "… N more" line + tail, so whatever is cut,
 * the Markdown around it (a table, a <details>) stays closed.
 */
export interface ListSection {
  head: string;
  items: string[];
  /** The line that stands for `omitted` items left out (may start with '\n' to leave a table). */
  more: (omitted: number) => string;
  tail: string;
}

export function renderList(section: ListSection, shown = section.items.length): string {
  const k = Math.min(shown, section.items.length);
  const omitted = section.items.length - k;
  const lines = section.items.slice(0, k);
  if (omitted > 0) lines.push(section.more(omitted));
  return `${section.head}${lines.join('\n')}${section.tail}`;
}

/** An upper bound on the rendered size with no items: head, tail and the longest possible "more" line. */
export function listFixedCost(section: ListSection): number {
  return section.head.length + section.tail.length + section.more(section.items.length).length + 1;
}

export function listItemCost(item: string): number {
  return item.length + 1;
}
