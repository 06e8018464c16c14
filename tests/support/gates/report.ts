// One way for every gate to end: a readable list of what is wrong, and an exit code CI can count.

/** Print the gate's verdict and set the exit code; `problems` are one line each. */
export function finish(gate: string, problems: string[], summary = ''): void {
  if (problems.length === 0) {
    console.log(`\n${gate}: passed${summary ? ` (${summary})` : ''}`);
    return;
  }
  console.log(`\n${gate}: ${problems.length} problem(s)${summary ? ` (${summary})` : ''}`);
  for (const line of problems) console.log(`  - ${line}`);
  process.exitCode = 1;
}
