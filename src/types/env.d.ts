// Build-time constants the client scripts read (set in astro.config.mjs).
interface ImportMetaEnv {
  /** True in web builds, which register the service worker; false in the file build. */
  readonly SITE_SERVICE_WORKER: boolean;
  /** True in web builds, which write the hosts' rules: the pages state the same CSP in a <meta>. */
  readonly SITE_HOST_RULES: boolean;
}
