// Build-time constants the client scripts read (set in astro.config.mjs).
interface ImportMetaEnv {
  /** True in web builds, which register the service worker; false in the file build. */
  readonly SITE_SERVICE_WORKER: boolean;
}
