// `npm ci` on any platform needs the lock file to hold every platform's optional native packages
// (Astro's compiler, Tailwind's oxide, Pagefind, esbuild, rollup, …); a lock file that holds only
// this machine's makes `npm ci` refuse it as out of sync with package.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };

/** Where Node would find `name` from the package at `path`: its own node_modules, then each parent's. */
function resolve(path: string, name: string): LockEntry | undefined {
  for (let base = path; ; ) {
    const entry = lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`];
    if (entry || !base) return entry;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  it("holds every platform's optional packages", () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolve(path, name))
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('locks the exact versions package.json pins', () => {
    const pinned = Object.entries(packageJson.devDependencies).filter(([, range]) => /^\d/.test(range));
    for (const [name, version] of pinned) expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
  });
});
