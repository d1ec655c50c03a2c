import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fixtureFor, TYPES, type ServeOptions } from './replicas';

/** A request the fixture server saw, with what the browser said about its origin. */
export interface SeenRequest {
  readonly url: string;
  readonly origin: string | undefined;
  readonly fetchSite: string | undefined;
  readonly fetchDest: string | undefined;
}

export interface HttpsReplicas {
  /** http(s) requests that no replica answers (the extension must make none) */
  readonly unexpected: string[];
  /** every request the server answered, in order */
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * The replica pages over real HTTPS on 127.0.0.1:443, for a browser that resolves the
 * real host names to 127.0.0.1 (Firefox: `network.dns.localDomains`). Port 443 needs
 * root, as CI has. The certificate is self-signed, made here with openssl, and the
 * browser is told to accept it; it never leaves the temporary directory.
 */
export async function serveReplicasHttps(opts: ServeOptions = {}, port = 443): Promise<HttpsReplicas> {
  const dir = mkdtempSync(join(tmpdir(), 'provodnik-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=replicas.invalid',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  const key = readFileSync(join(dir, 'key.pem'));
  const cert = readFileSync(join(dir, 'cert.pem'));
  rmSync(dir, { recursive: true, force: true });
  const unexpected: string[] = [];
  const seen: SeenRequest[] = [];
  const server: Server = createServer({ key, cert }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'unknown.invalid'}`);
    const h = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    seen.push({ url: url.href, origin: h('origin'), fetchSite: h('sec-fetch-site'), fetchDest: h('sec-fetch-dest') });
    const body = opts.override?.(url);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(body);
      return;
    }
    const aliased = opts.alias?.[url.host];
    const file = fixtureFor(aliased ? new URL(url.href.replace(url.host, aliased)) : url);
    if (!file) {
      if (url.pathname !== '/favicon.ico') unexpected.push(url.href);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not a replica page');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    unexpected,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
