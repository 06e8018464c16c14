// The one rule for the search shortcuts, Ctrl/⌘+K anywhere and "/" where it is not being typed; the disk
// edition's classic script (scripts/disk-edition.js) writes the same rule out, and a test holds the two together.

/** The parts of a key press the rule reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** Whether the press's target takes typed text (where "/" is a character, not a shortcut): a form field
 *  (anything with a value) or an editable element. */
function isTyping(target: EventTarget | null): boolean {
  return !!target && ('value' in target || !!(target as Partial<HTMLElement>).isContentEditable);
}

/** Whether a key press opens the search: Ctrl/⌘+K (either case), or "/" alone outside a field; never with Alt. */
export function isSearchShortcut(press: KeyPress): boolean {
  if (press.altKey) return false;
  if (press.ctrlKey || press.metaKey) return press.key.toLowerCase() === 'k';
  return press.key === '/' && !isTyping(press.target);
}
