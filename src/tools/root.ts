// The project's root folder, for the command-line tools, tests and benchmarks that read or build from it.
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
