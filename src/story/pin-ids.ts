// A pin's place id: "pin-" and its English name as a slug ("Kanam village" → pin-kanam-village), numbered when
// two pins share a name or a name has no Latin letters. Stable across edits of the article.

const PREFIX = 'pin-';

/** The ids of a file's pins, in order. */
export function pinIds(pins: readonly { name: string }[]): string[] {
  const taken = new Set<string>();
  return pins.map(({ name }, i) => {
    const base = slugOf(name) || String(i + 1);
    let id = `${PREFIX}${base}`;
    for (let n = 2; taken.has(id); n++) id = `${PREFIX}${base}-${n}`;
    taken.add(id);
    return id;
  });
}

export function isPinId(id: string): boolean {
  return id.startsWith(PREFIX);
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .join('-');
}
