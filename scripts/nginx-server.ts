// Serves dist/ with Debian's nginx and the shipped deploy/nginx.conf, for the tests of that file: a
// throwaway prefix in the temp directory holds the main configuration, the pid file, the logs and
// nginx's temp folders; only `listen` and `root` of the shipped server block are replaced (and the
// includes read from that root).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeRegExp } from './ingest/vocabulary.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const NGINX_CONF = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));

export interface RunningNginx {
  /** `http://127.0.0.1:{port}`, no trailing slash. */
  origin: string;
  stop(): Promise<void>;
}

/** The shipped configuration with its `listen` lines and `root` pointed at this machine. */
export function localServerBlock(conf: string, root: string, port: number): string {
  const listen = /^(\s*)listen\s[^;]*;\n/gm;
  const rootLine = /^(\s*)root\s[^;]*;/m;
  if (!listen.test(conf) || !rootLine.test(conf)) throw new Error(`${NGINX_CONF}: expected 'listen' and 'root' lines in the server block`);
  let first = true;
  // Files the configuration includes from the shipped root (the moved pages' map) are read from this root too.
  const shippedRoot = rootLine.exec(conf)![0].replace(/^\s*root\s+/, '').replace(/;$/, '');
  return conf
    .replace(listen, (_, indent: string) => (first ? ((first = false), `${indent}listen 127.0.0.1:${port};\n`) : ''))
    .replace(rootLine, (_, indent: string) => `${indent}root ${JSON.stringify(resolve(root))};`)
    .replace(new RegExp(`include ${escapeRegExp(shippedRoot)}/([^;]*);`, 'g'), (_, file: string) => `include ${JSON.stringify(join(resolve(root), file))};`);
}

function mainConfig(prefix: string, serverBlock: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, t)};`).join('\n');
  // As root, workers would run as `nobody`, who may not read a checkout under /root or /work.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
${temp}
${serverBlock}
}
`;
}

async function waitUntilServing(origin: string, child: ChildProcess, errors: () => string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${errors()}`);
    try {
      await fetch(`${origin}/`, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer on ${origin} within ${timeoutMs} ms: ${errors()}`);
}

/** A loopback port free right now (others on this machine run tests too, so no fixed port). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts nginx on 127.0.0.1 serving `root` with deploy/nginx.conf; `stop()` ends it and removes its prefix. */
export async function startNginx(root: string, port?: number): Promise<RunningNginx> {
  port ??= await freePort();
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install -y nginx), or set NGINX_PATH`);
  const prefix = mkdtempSync(join(tmpdir(), 'report-site-nginx-'));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConfig(prefix, localServerBlock(readFileSync(NGINX_CONF, 'utf8'), root, port)));
  let stderr = '';
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const errors = () => `${stderr}${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`.trim();
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(origin, child, errors);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
