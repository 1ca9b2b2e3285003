// Counts in the CLI's messages, which are English: "1 article", "2 articles".

export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
