// A white paper's list of references (`附件一：参考文献`), run together on the collection's line:
// `[1]U.S.DepartmentOfTheTreasury.…(2023-06-07).[2]ConnectedAutomatedDrivingEurope.…`. Each entry
// opens with its number in square brackets, numbered 1, 2, 3… from the start: each is a list item,
// its number kept (the text cites it).

/** The entries of a list of references, each with its number, or null where the text is not wholly such entries in order. */
export function referenceItems(text: string): string[] | null {
  const body = text.trim();
  const starts: number[] = [];
  for (let n = 1, from = 0; ; n++) {
    const at = body.indexOf(`[${n}]`, from);
    if (at < 0) break;
    starts.push(at);
    from = at + `[${n}]`.length;
  }
  if (starts.length < 2 || starts[0] !== 0) return null;
  return starts.map((at, k) => body.slice(at, starts[k + 1] ?? body.length));
}
