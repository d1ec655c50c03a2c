import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './browser';
import { recordEgress, type Egress } from './egress';
import { serveReplicasHttps, type HttpsReplicas } from './https-replicas';
import { replicaHosts, type ServeOptions } from './replicas';
import { normalizeName, readHooks, type Hooks, type WalkDriver } from './walks';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id of the Firefox build (wxt.config.ts) and the fixed internal UUID we give it. */
export const GECKO_ID = 'provodnik@provodnik.invalid';
export const EXTENSION_UUID = '6f1d3c2a-8b4e-4f5a-9c7d-2e1b0a9f8d71';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  readonly browser: Browser;
  readonly server: HttpsReplicas;
  /** http(s) requests no replica answers (the extension must make none) */
  readonly unexpected: readonly string[];
  /**
   * Requests that left the browser (not to a replica host), and replica requests from the
   * extension's own origin: `close()` fails the test when there was any.
   */
  extensionRequests(): string[];
  /** forget what was seen so far (after a test's own control request) */
  clearRequests(): void;
  popup(): Promise<Page>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (no geckodriver),
 * the Firefox build installed as a temporary add-on. The replica hosts (and any
 * look-alike `alias` hosts) resolve to 127.0.0.1, where the fixture HTTPS server answers;
 * every other name goes to a proxy that does not exist, so nothing reaches the network.
 */
export async function launchFirefox(opts: ServeOptions = {}): Promise<FirefoxSession> {
  const server = await serveReplicasHttps(opts);
  const egress: Egress = await recordEgress();
  const hosts = [...replicaHosts(), ...Object.keys(opts.alias ?? {})];
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      // A call into a page that is navigating away can hang over BiDi: fail it soon instead.
      protocolTimeout: 60_000,
      defaultViewport: { width: 1280, height: 800 },
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.localDomains': hosts.join(','),
        'network.dns.disableIPv6': true,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Anything not resolved locally goes to a proxy that only writes it down: no request
        // leaves the machine, and every one is counted.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': egress.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': egress.port,
        // Firefox's own remote settings, silenced (they would be ignored anyway).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'network.proxy.no_proxies_on': hosts.join(','),
        'network.proxy.allow_hijacking_localhost': false,
        'intl.accept_languages': 'ru-RU, ru',
      },
    });
  } catch (e) {
    await server.close();
    await egress.close();
    throw e;
  }
  await browser.installExtension(FIREFOX_BUILD);
  let seenFrom = 0;
  const extensionRequests = () => [
    ...egress.requests,
    ...server.seen.slice(seenFrom).filter((r) => r.origin?.startsWith('moz-extension:')).map((r) => `${r.url} (from ${r.origin})`),
  ];
  return {
    browser,
    server,
    unexpected: server.unexpected,
    extensionRequests,
    clearRequests() {
      egress.clear();
      seenFrom = server.seen.length;
    },
    newPage: () => browser.newPage(),
    async popup() {
      const page = await browser.newPage();
      // goto of a moz-extension:// page never settles over BiDi: wait for the content.
      void page.goto(`${EXTENSION_ORIGIN}/popup.html`).catch(() => undefined);
      // A query can land just as about:blank gives way to the popup, and BiDi then fails it
      // with a protocol error instead of waiting on: ask again in the new document.
      for (let attempt = 1; ; attempt++) {
        try {
          await page.waitForSelector('[data-scenario]');
          return page;
        } catch (e) {
          if (attempt >= 3 || !fromProtocol(e)) throw e;
        }
      }
    },
    async close() {
      const made = extensionRequests();
      await browser.close();
      await server.close();
      await egress.close();
      // Privacy: the extension sends nothing anywhere, in any test.
      if (made.length > 0) throw new Error(`the extension made ${made.length} network request(s): ${made.join(', ')}`);
    },
  };
}

/** Firefox through Puppeteer, for the shared walk code. */
export function firefoxDriver(session: FirefoxSession): WalkDriver {
  return {
    unexpected: session.unexpected,
    async start(scenario) {
      const popup = await session.popup();
      await popup.click(`[data-scenario="${scenario}"]`);
      await popup.waitForSelector(`[data-scenario="${scenario}"][aria-pressed="true"]`);
      return { close: () => popup.close() };
    },
    async newTab() {
      const page = await session.newPage();
      const bidi = new RawTab(page);
      /** a trusted mouse click at the centre of the element (input.performActions) */
      const clickAt = async (sharedId: string) => {
        const box = await bidi.callOn<{ x: number; y: number }>(sharedId, `function () {
          this.scrollIntoView({ block: 'center', inline: 'center' });
          const r = this.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }`);
        await page.mouse.click(box.x, box.y);
      };
      return {
        goto: async (url) => void (await page.goto(url)),
        hooks: () => soon(bidi.evaluate<Hooks>(`(${readHooks.toString()})()`)),
        async targetNamed(name) {
          const want = normalizeName(name);
          // Candidate spellings of the name (the walk's, and the element's own text, which
          // may hold non-breaking spaces); Firefox's accessibility tree decides which one
          // names the spotlighted element.
          const own = await soon(bidi.evaluate<string[]>(`(() => {
            const n = document.querySelector('[data-provodnik-target]');
            return n ? [(n.textContent || '').replace(/[ \\t\\r\\n]+/g, ' ').trim(), n.getAttribute('aria-label') || ''] : [];
          })()`));
          for (const candidate of new Set([name, ...own])) {
            if (normalizeName(candidate) !== want) continue;
            const nodes = await soon(bidi.locate({ type: 'accessibility', value: { name: candidate } }));
            if (nodes.some((n) => n.value?.attributes?.['data-provodnik-target'] !== undefined)) return want;
          }
          return `(spotlight on something not named «${name}»: ${own[0]?.slice(0, 80)})`;
        },
        async clickTarget() {
          const [node] = await bidi.locate({ type: 'css', value: '[data-provodnik-target]' });
          if (!node?.sharedId) throw new Error('no spotlighted element');
          await clickAt(node.sharedId);
        },
        async typeIntoTarget(text) {
          const [node] = await bidi.locate({ type: 'css', value: '[data-provodnik-target]' });
          if (!node?.sharedId) throw new Error('no spotlighted element');
          await clickAt(node.sharedId);
          await page.keyboard.type(text);
          await page.keyboard.press('Enter');
        },
        async choose(option) {
          const [node] = await bidi.locate({ type: 'accessibility', value: { name: option, role: 'option' } });
          if (!node?.sharedId) throw new Error(`no option «${option}»`);
          await clickAt(node.sharedId);
        },
        // Chromium's walks keep the screenshots; Firefox's stay fast.
        snap: async () => undefined,
        close: () => page.close(),
      };
    },
  };
}

interface BidiNode {
  sharedId?: string;
  value?: { attributes?: Record<string, string> };
}

/**
 * The tab's current document through raw WebDriver BiDi commands on its browsing
 * context: Puppeteer's own realm tracking can stay on a document the tab has navigated
 * away from, and its calls then never answer.
 */
class RawTab {
  readonly #context: BidiContext;
  constructor(page: Page) {
    this.#context = (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
  }

  #send(method: string, params: object): Promise<{ result: unknown }> {
    return this.#context.userContext.browser.session.send(method, params);
  }

  #value<T>(r: { result: unknown }): T {
    const result = r.result as { type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } };
    if (result.type !== 'success' || result.result?.type !== 'string') throw new Error(result.exceptionDetails?.text ?? 'evaluate failed');
    return JSON.parse(result.result.value as string) as T;
  }

  async evaluate<T>(expression: string): Promise<T> {
    return this.#value<T>(await this.#send('script.evaluate', {
      expression: `JSON.stringify(${expression})`,
      target: { context: this.#context.id },
      awaitPromise: false,
      resultOwnership: 'none',
    }));
  }

  async callOn<T>(sharedId: string, fn: string): Promise<T> {
    return this.#value<T>(await this.#send('script.callFunction', {
      functionDeclaration: `function () { return JSON.stringify((${fn}).call(this)); }`,
      this: { sharedId },
      target: { context: this.#context.id },
      awaitPromise: false,
      resultOwnership: 'none',
    }));
  }

  async locate(locator: object): Promise<BidiNode[]> {
    const r = (await this.#send('browsingContext.locateNodes', { context: this.#context.id, locator })) as unknown as {
      result: { nodes: BidiNode[] };
    };
    return r.result.nodes;
  }
}

interface BidiContext {
  id: string;
  userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: unknown }> } } };
}

/** Fails a call into a page that does not answer within `ms` (it may be navigating away). */
function soon<T>(p: Promise<T>, ms = 3000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))),
  ]);
}

/** Whether an error (or one it was caused by) is a protocol error of the BiDi connection. */
function fromProtocol(e: unknown): boolean {
  for (let at: unknown = e; at instanceof Error; at = at.cause) if (at.name === 'ProtocolError') return true;
  return false;
}
