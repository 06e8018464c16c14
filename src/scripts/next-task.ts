// Lets the browser run what is waiting (a paint, a tap, a keystroke) before the code goes on: search work is
// cut into tasks short enough that a phone's main thread is never held for long (total blocking time).

/** Resolves in a new task. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
