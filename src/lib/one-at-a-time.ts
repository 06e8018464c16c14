// Work that must see the latest state, asked for by events that come in bursts (a save writes two chapter
// files, an editor writes then renames): one run at a time, and the calls during a run make one more run after
// it, however many they were. Ordered by awaiting the run, not by a timer guessing how long a burst lasts.

/** `run`, one call at a time; a call while it runs resolves when the one run after it has finished. */
export function oneAtATime(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again: Promise<void> | undefined;
  const call = (): Promise<void> => {
    if (running) {
      const next = (): Promise<void> => {
        again = undefined;
        return call();
      };
      // After the run, whether it succeeded or not: its failure is its own caller's.
      again ??= running.then(next, next);
      return again;
    }
    running = run().finally(() => {
      running = undefined;
    });
    return running;
  };
  return call;
}
