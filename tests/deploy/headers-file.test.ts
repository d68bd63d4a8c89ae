// deploy/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf give every file of dist/ the same
// headers: the same Content-Security-Policy and security headers, and the same Cache-Control.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_HASHED, CACHE_SHORT, CSP, SECURITY_HEADERS } from './policy.ts';

const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const headersFile = readFileSync('deploy/_headers', 'utf8');

/** The headers nginx.conf adds to a response for `path`: literal add_header values, and the map for Cache-Control. */
function nginxHeaders(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const map = /map \$uri \$(\w+) \{([^}]*)\}/.exec(nginx);
  if (!map) throw new Error('deploy/nginx.conf: no map $uri for Cache-Control');
  const rules = [...map[2]!.matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)].map(([, key, value]) => ({ key: key!, value: value! }));
  for (const [, name, value] of nginx.matchAll(/^\s*add_header ([\w-]+) (?:"([^"]*)"|\$\w+) always;/gm)) {
    if (value !== undefined) out[name!.toLowerCase()] = value;
    else {
      const hit = rules.find((r) => r.key !== 'default' && new RegExp(r.key.replace(/^~/, '')).test(path)) ?? rules.find((r) => r.key === 'default');
      out[name!.toLowerCase()] = hit!.value;
    }
  }
  return out;
}

/** The _headers rules: a URL pattern (`*` matches anything) and its headers. */
const headerRules = headersFile
  .split(/\n\s*\n/)
  .map((block) => block.split('\n').filter((l) => l.trim() && !l.startsWith('#')))
  .filter((lines) => lines.length > 0)
  .map(([pattern, ...lines]) => ({
    pattern: new RegExp(`^${pattern!.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
    headers: lines.map((l) => /^\s+([\w-]+):\s*(.*)$/.exec(l)!).map(([, name, value]) => [name!.toLowerCase(), value!] as const),
  }));

/** Every value _headers gives `path` for each header, from every rule that matches. */
function hostHeaders(path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of headerRules.filter((r) => r.pattern.test(path))) for (const [name, value] of rule.headers) (out[name] ??= []).push(value);
  return out;
}

/** The hosts' own files in dist/ (headers, redirects, nginx's map of moved pages): read by the server, not served. */
const HOST_FILES = new Set(['_headers', '_redirects', '_moved.map']);

/** URL paths of every file in dist/, and of each directory served by its index.html. */
const distPaths = (readdirSync('dist', { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((e) => e.isFile() && !(e.parentPath === 'dist' && HOST_FILES.has(e.name)))
  .flatMap((e) => {
    const path = `${e.parentPath.replace(/^dist/, '')}/${e.name}`;
    return e.name === 'index.html' ? [path, path.replace(/index\.html$/, '')] : [path];
  });

describe('deploy/_headers and deploy/nginx.conf', () => {
  it('send the strict Content-Security-Policy and the security headers the README documents', () => {
    expect(nginxHeaders('/')['content-security-policy']).toBe(CSP);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(nginxHeaders('/zh-hans/')[name], name).toBe(value);
      expect(hostHeaders('/zh-hans/')[name], name).toEqual([value]);
    }
  });

  it(`give each of the ${distPaths.length} paths of dist/ the same headers, each from one rule`, () => {
    expect(distPaths.length).toBeGreaterThan(1000);
    const differ = distPaths.filter((path) => {
      const want = Object.entries(nginxHeaders(path)).map(([name, value]) => [name, [value]]);
      return JSON.stringify(Object.entries(hostHeaders(path)).sort()) !== JSON.stringify(want.sort());
    });
    expect(differ.slice(0, 5).map((p) => ({ path: p, nginx: nginxHeaders(p), host: hostHeaders(p) }))).toEqual([]);
  });

  it('cache hashed assets for a year and everything else briefly', () => {
    expect(nginxHeaders('/_astro/Base.abc123.css')['cache-control']).toBe(CACHE_HASHED);
    for (const path of ['/zh-hans/', '/pagefind/pagefind-entry.json', '/data/kpis.csv', '/theme.js']) expect(nginxHeaders(path)['cache-control']).toBe(CACHE_SHORT);
  });

  it('are copied into dist/ by the build, for the hosts that read it there', () => {
    expect(readFileSync('dist/_headers', 'utf8')).toBe(headersFile);
  });
});
