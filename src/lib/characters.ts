/**
 * Counts characters as Postgres's char_length does: by Unicode code point. JavaScript's
 * `length` counts UTF-16 code units, so an emoji outside the Basic Multilingual Plane counts
 * twice there and once in the database.
 */
export function countCharacters(text: string): number {
  return Array.from(text).length;
}
