import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

/**
 * Counts, from the browser's side, every request the extension makes to the network, and
 * notes every frame its content script runs in.
 *
 * A second DevTools client (Playwright keeps its own pipe) on Chromium's browser-level
 * endpoint: it auto-attaches to every target — pages, iframes, workers and the extension's
 * own service worker, popup, options and sandbox pages — with `Network.enable` on each, and
 * classifies every request (`isExtensionRequest`). Nothing here answers or changes a
 * request; Playwright's routing keeps everything off the real network as before.
 */

/** What a request told about itself: the target it came from, its URL, its initiator. */
export interface SeenByDevtools {
  readonly targetType: string;
  /** the document (or worker) the request belongs to: a navigation's own new URL */
  readonly documentUrl: string;
  readonly url: string;
  readonly initiator?: Initiator;
}

interface CallFrame {
  readonly url: string;
}
interface StackTrace {
  readonly callFrames: readonly CallFrame[];
  readonly parent?: StackTrace;
}
export interface Initiator {
  readonly type: string;
  readonly url?: string;
  readonly stack?: StackTrace;
}

/** Schemes that leave the browser (an extension page loading its own files is not network). */
const NETWORK = /^(https?|wss?|ftp):/i;

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) urls.push(...s.callFrames.map((f) => f.url));
  return urls;
}

/**
 * Whether a request is the extension's: it goes to the network and either belongs to one of
 * the extension's own documents or workers (service worker, popup, options, sandbox: their
 * URL is `chrome-extension://<id>/…`) or was started by the extension's code in a web page
 * (a content script's fetch or the elements it adds: its script's URL is in the initiator).
 * A navigation the browser starts (address bar, a tab the person opens) is the page's own.
 */
export function isExtensionRequest(r: SeenByDevtools, extensionId: string): boolean {
  if (!NETWORK.test(r.url)) return false;
  const ours = (u: string | undefined) => !!u && u.startsWith(`chrome-extension://${extensionId}/`);
  if (ours(r.documentUrl)) return true;
  return ours(r.initiator?.url) || stackUrls(r.initiator?.stack).some(ours);
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}

export interface TargetInfo {
  readonly targetId: string;
  readonly type: string;
  readonly url: string;
}

export interface DevtoolsWatch {
  /** the extension's requests seen so far */
  readonly requests: readonly SeenByDevtools[];
  /** how many targets the counter has attached to, by type (the counter is really listening) */
  readonly attached: ReadonlyMap<string, number>;
  /** the origin of every frame the extension's content script ran in (its isolated world) */
  readonly contentScripts: readonly string[];
  /** forget the requests seen so far (after a test's own control request) */
  clear(): void;
  /** the targets attached now */
  targets(): TargetInfo[];
  /**
   * Evaluates in a target (an extension popup, which Playwright does not list) through this
   * connection; `undefined` when it is gone.
   */
  evaluateIn(targetId: string, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The browser-level endpoint Chromium wrote when started with `--remote-debugging-port=0`. */
export function devtoolsEndpoint(profile: string): string {
  const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
  return `ws://127.0.0.1:${port}${path}`;
}

export async function watchExtension(endpoint: string, extensionId: string): Promise<DevtoolsWatch> {
  const ws = new WebSocket(endpoint, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<unknown> => {
    const id = nextId++;
    ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
  };
  // A target closing while we talk to it is normal: its session simply ends.
  const quiet = (p: Promise<unknown>) => p.catch(() => undefined);

  const sessions = new Map<string, TargetInfo>();
  const requests: SeenByDevtools[] = [];
  const attached = new Map<string, number>();
  const contentScripts: string[] = [];
  const frameOrigins = new Map<string, string>();
  const note = (info: TargetInfo | undefined, documentUrl: string | undefined, url: string, initiator: Initiator | undefined) => {
    const seen: SeenByDevtools = { targetType: info?.type ?? '?', documentUrl: documentUrl || (info?.url ?? ''), url, ...(initiator ? { initiator } : {}) };
    if (isExtensionRequest(seen, extensionId)) requests.push(seen);
  };

  const autoAttach = (sessionId?: string) =>
    send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);

  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as Message;
    if (msg.id !== undefined) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
      return;
    }
    const params = msg.params ?? {};
    switch (msg.method) {
      case 'Target.attachedToTarget': {
        const sessionId = params.sessionId as string;
        const info = params.targetInfo as TargetInfo;
        sessions.set(sessionId, { targetId: info.targetId, type: info.type, url: info.url });
        attached.set(info.type, (attached.get(info.type) ?? 0) + 1);
        // Listen first, then let the target run: nothing it asks for escapes the count.
        void (async () => {
          await quiet(send('Network.enable', {}, sessionId));
          // Execution contexts: where the content script's isolated world is created.
          if (info.type === 'page' || info.type === 'iframe') await quiet(send('Runtime.enable', {}, sessionId));
          // Its iframes (out of process) and workers.
          await quiet(autoAttach(sessionId));
          await quiet(send('Runtime.runIfWaitingForDebugger', {}, sessionId));
        })();
        break;
      }
      case 'Target.detachedFromTarget':
        sessions.delete(params.sessionId as string);
        break;
      case 'Target.targetInfoChanged': {
        // A tab that goes from about:blank to the popup becomes an extension page.
        const info = params.targetInfo as TargetInfo;
        for (const [sid, t] of sessions) if (t.targetId === info.targetId) sessions.set(sid, { targetId: info.targetId, type: info.type, url: info.url });
        break;
      }
      case 'Network.requestWillBeSent':
        note(sessions.get(msg.sessionId ?? ''), params.documentURL as string | undefined, (params.request as { url: string }).url, params.initiator as Initiator | undefined);
        break;
      case 'Runtime.executionContextCreated': {
        const c = params.context as { origin: string; name: string; auxData?: { isDefault?: boolean; type?: string; frameId?: string } };
        const frameId = c.auxData?.frameId ?? '';
        if (c.auxData?.isDefault) frameOrigins.set(frameId, c.origin);
        else if (c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`) contentScripts.push(frameOrigins.get(frameId) ?? '?');
        break;
      }
      case 'Network.webSocketCreated':
        note(sessions.get(msg.sessionId ?? ''), undefined, params.url as string, params.initiator as Initiator | undefined);
        break;
      default:
    }
  });
  ws.on('close', () => {
    for (const p of pending.values()) p.reject(new Error('DevTools connection closed'));
    pending.clear();
  });

  await send('Target.setDiscoverTargets', { discover: true });
  await autoAttach();

  return {
    requests,
    attached,
    contentScripts,
    clear: () => void requests.splice(0),
    targets: () => [...sessions.values()],
    async evaluateIn(targetId, expression) {
      const entry = [...sessions].find(([, t]) => t.targetId === targetId);
      if (!entry) return undefined;
      const r = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, entry[0]).catch(() => null)) as { result: { value: unknown } } | null;
      return r?.result.value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close();
      }),
  };
}
