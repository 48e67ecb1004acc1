/** Escapes LIKE's wildcards (and its escape character, backslash) so the text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching the text anywhere. */
export function containing(text: string): string {
  return `%${escapeLike(text)}%`;
}
