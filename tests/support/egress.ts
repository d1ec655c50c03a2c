import { createServer, type Server } from 'node:http';

/**
 * Firefox's side of «no network»: WebDriver BiDi reports requests of tabs only, not of an
 * extension's background page, so the count is taken where requests leave the browser.
 * Every name that is not a replica host goes to this proxy (Firefox `network.proxy.*`),
 * which writes down what was asked for and answers nothing. Firefox's own services (remote
 * settings and the like, on Mozilla's hosts) are the browser's, not the extension's.
 */
export interface Egress {
  /** requests that left the browser, Mozilla's own services left out: `CONNECT host:port` or `GET url` */
  readonly requests: readonly string[];
  readonly port: number;
  clear(): void;
  close(): Promise<void>;
}

const BROWSER_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

export async function recordEgress(): Promise<Egress> {
  const requests: string[] = [];
  const note = (line: string, host: string) => {
    if (!BROWSER_OWN.test(host)) requests.push(line);
  };
  const server: Server = createServer((req, res) => {
    note(`${req.method} ${req.url}`, new URL(req.url ?? '/', 'http://unknown.invalid').host);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    note(`CONNECT ${req.url}`, req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    requests,
    port: (server.address() as { port: number }).port,
    clear: () => void requests.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
