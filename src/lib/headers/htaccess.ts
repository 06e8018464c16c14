// The policy as an `.htaccess` for Apache: the one lever on shared hosting, and read by any Apache that allows
// overrides (`AllowOverride All`). Written into the build, so an upload of the folder is the whole deploy.
import { quoted, underBase, type HostPolicy } from './policy.ts';

/** Extensions grouped by media type, for `AddType` lines. */
function byType(policy: HostPolicy): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [ext, { type }] of Object.entries(policy.types)) groups.set(type, [...(groups.get(type) ?? []), ext]);
  return [...groups];
}

/** The text of the build's `.htaccess`. Needs mod_headers; mod_rewrite sends the gzipped copies of text files. */
export function formatHtaccess(policy: HostPolicy): string {
  const { base } = policy;
  const hashed = underBase(policy.cache.hashed, base);
  const hidden = underBase(policy.hidden, base);
  const extensions = (keep: (m: HostPolicy['types'][string]) => boolean) =>
    Object.entries(policy.types)
      .filter(([, m]) => keep(m))
      .map(([ext]) => ext);
  const textExtensions = extensions((m) => m.text === true);
  const compressed = extensions((m) => m.text === true || m.compress === true);
  return [
    '# Generated at build time by src/integrations/steps/headers.ts from the rules that also write _headers;',
    '# see README (Deploying). Apache reads it where overrides are allowed (AllowOverride All): it needs',
    '# mod_headers (`a2enmod headers`) and mod_rewrite for the gzipped copies of text files.',
    '',
    '# No folder listings; unknown paths, and folders without a page, get the Arabic 404 page.',
    'Options -Indexes -MultiViews',
    'DirectoryIndex index.html',
    `ErrorDocument 404 ${base}${policy.notFound}`,
    `ErrorDocument 403 ${base}${policy.notFound}`,
    '',
    '# The hosts\u2019 own files and dotfiles are never served.',
    `RedirectMatch 404 ${quoted(hidden)}`,
    '',
    '# Types by extension, whatever the server\u2019s mime.types says; text in UTF-8; `name.css.gz` is a',
    '# gzipped `name.css`.',
    ...byType(policy).map(([type, exts]) => `AddType ${type} ${exts.map((e) => `.${e}`).join(' ')}`),
    `AddCharset utf-8 ${textExtensions.map((e) => `.${e}`).join(' ')}`,
    'RemoveType .gz',
    'AddEncoding gzip .gz',
    '',
    '# Security headers on every response, error pages included; one Cache-Control for each file.',
    ...Object.entries(policy.security).map(([name, value]) => `Header always set ${name} ${quoted(value)}`),
    `Header set Cache-Control ${quoted(policy.cache.revalidate)}`,
    `<If "%{REQUEST_URI} =~ m#${hashed}#">`,
    `  Header set Cache-Control ${quoted(policy.cache.immutable)}`,
    '</If>',
    `<FilesMatch "\\.(?:${compressed.join('|')})(?:\\.gz)?$">`,
    '  Header append Vary Accept-Encoding',
    '</FilesMatch>',
    '',
    '# Text and WebAssembly go out gzipped: the build wrote `name.gz` beside each, so Apache compresses nothing.',
    '<IfModule mod_rewrite.c>',
    '  RewriteEngine On',
    `  RewriteBase ${base}`,
    '  RewriteCond %{HTTP:Accept-Encoding} gzip',
    '  RewriteCond %{REQUEST_FILENAME}/index.html.gz -f',
    '  RewriteRule ^(.*/)?$ $1index.html.gz [END]',
    '  RewriteCond %{HTTP:Accept-Encoding} gzip',
    '  RewriteCond %{REQUEST_FILENAME}.gz -f',
    '  RewriteRule ^(.+)$ $1.gz [END]',
    '</IfModule>',
    '',
  ].join('\n');
}
