// Registry and lockfile text is attacker-controlled: flatten it to one bounded line before it goes
// into a finding (the report escapes it for markdown later).

export function oneLine(text: unknown, max: number): string {
  const flat = String(text)
    .replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
