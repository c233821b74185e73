/** Puts generated content in place of what stands between a start and an end marker. */
export function between(
  text: string,
  start: string,
  end: string,
  content: string,
  what: string,
): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${what} markers`);
  return text.slice(0, from) + content + text.slice(to + end.length);
}
