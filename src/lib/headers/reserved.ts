// URL folders that common server configurations take for themselves, ahead of the site's own files: a site
// folder of that name is shadowed (Debian's Apache answers /icons/ from /usr/share/apache2/icons/, so the
// site's icons 404 and its service worker never installs).

/** Top-level folder names servers and hosting panels claim, with where the claim comes from. */
export const RESERVED_FOLDERS: Readonly<Record<string, string>> = {
  icons: "Apache's Alias /icons/ (Debian, Red Hat, most distributions)",
  'cgi-bin': "Apache's ScriptAlias /cgi-bin/",
  'server-status': "Apache's mod_status",
  'server-info': "Apache's mod_info",
  manual: "Apache's own manual (apache2-doc)",
  error: "Apache's localized error pages (Alias /error/)",
  javascript: "Debian's javascript-common (Alias /javascript)",
  doc: "older Debian Apache's Alias /doc/",
  nginx_status: "nginx's stub_status, by convention",
  phpmyadmin: 'phpMyAdmin',
  cpanel: 'cPanel',
  whm: 'cPanel',
  webmail: 'cPanel and Plesk',
  mailman: 'cPanel (Mailman)',
  pipermail: 'cPanel (Mailman archives)',
  awstats: 'hosting panels (AWStats)',
  'plesk-stat': 'Plesk',
};

/** The names among a site's top-level folders that a server may shadow, each with the reason. */
export function reservedClashes(folders: Iterable<string>): string[] {
  return [...folders]
    .filter((name) => Object.hasOwn(RESERVED_FOLDERS, name.toLowerCase()))
    .map((name) => `${name}/: ${RESERVED_FOLDERS[name.toLowerCase()] ?? ''}`);
}
