/**
 * Words grouped by one of their UTF-16 code units, order kept: a scanner looks up the
 * character it stands on instead of trying every word (region names by their first
 * character, project head nouns by their last).
 */
export function byCodeUnit(words: Iterable<string>, unitOf: (w: string) => number): Map<number, Array<string>> {
  const index = new Map<number, Array<string>>()
  for (const w of words) {
    const c = unitOf(w)
    const group = index.get(c)
    if (group) group.push(w)
    else index.set(c, [w])
  }
  return index
}
