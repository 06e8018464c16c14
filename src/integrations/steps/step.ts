// What every after-build step is given: the built folder and a logger named after the step.
import type { AstroIntegrationLogger } from 'astro';

interface StepContext {
  /** The folder Astro built into (absolute path). */
  outDir: string;
  logger: AstroIntegrationLogger;
}

/** One step of the pipeline that runs over the built files (integrations/after-build.ts lists them). */
export interface BuildStep {
  name: string;
  run(context: StepContext): void | Promise<void>;
}
