/**
 * Calls `update` whenever the spotlighted element or the hint may have moved or changed
 * size: scrolling or resizing of any of their scroll containers and the window, either
 * element resized, or the element shifted by the page's layout. What Floating UI's
 * `autoUpdate` does with its default options (this file follows its source, 1.8.0), as a
 * port of the few lines we use: the library was 1.4 KB gzipped in every content script.
 * Returns the stop function.
 */
export function follow(reference: Element, floating: HTMLElement, update: () => void): () => void {
  const targets = [...scrollContainers(reference), ...scrollContainers(floating)];
  for (const t of targets) {
    t.addEventListener('scroll', update, { passive: true });
    t.addEventListener('resize', update);
  }
  const stopMove = observeMove(reference, update);
  let reobserve = -1;
  let resize: ResizeObserver | null = new ResizeObserver(([first]) => {
    // The reference resized: leave the hint out for a frame (no update loop through it).
    if (first?.target === reference && resize) {
      resize.unobserve(floating);
      cancelAnimationFrame(reobserve);
      reobserve = requestAnimationFrame(() => resize?.observe(floating));
    }
    update();
  });
  resize.observe(reference);
  resize.observe(floating);
  update();
  return () => {
    for (const t of targets) {
      t.removeEventListener('scroll', update);
      t.removeEventListener('resize', update);
    }
    stopMove();
    cancelAnimationFrame(reobserve);
    resize?.disconnect();
    resize = null;
  };
}

/** The parent in the flattened tree: through slots and out of shadow roots. */
function parentOf(node: Node): Node | null {
  const parent = (node as Element).assignedSlot ?? node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

const scrolls = (el: Element) => {
  const s = getComputedStyle(el);
  return /auto|scroll|overlay|hidden|clip/.test(s.overflow + s.overflowY + s.overflowX) && s.display !== 'inline' && s.display !== 'contents';
};

/** The element's scroll containers up to the body (when it scrolls), the window and its visual viewport. */
function scrollContainers(el: Element): EventTarget[] {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  const out: EventTarget[] = [];
  for (let n = parentOf(el); n instanceof Element && n !== doc.body && n !== doc.documentElement; n = parentOf(n)) {
    if (n instanceof HTMLElement && scrolls(n)) out.push(n);
  }
  out.push(win);
  if (win.visualViewport) out.push(win.visualViewport);
  if (doc.body && scrolls(doc.body)) out.push(doc.body);
  return out;
}

/**
 * The element moved without scrolling or resizing (content added above it, say): an
 * IntersectionObserver whose root margin is the element's own box notices it leaving it.
 */
function observeMove(el: Element, onMove: () => void): () => void {
  let io: IntersectionObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const root = el.ownerDocument.documentElement;
  const cleanup = () => {
    clearTimeout(timer);
    io?.disconnect();
    io = null;
  };
  const refresh = (skip = false, threshold = 1) => {
    cleanup();
    const box = el.getBoundingClientRect();
    if (!skip) onMove();
    if (!box.width || !box.height) return;
    const margin = [-Math.floor(box.top), -Math.floor(root.clientWidth - (box.left + box.width)), -Math.floor(root.clientHeight - (box.top + box.height)), -Math.floor(box.left)];
    let first = true;
    const onChange = ([entry]: IntersectionObserverEntry[]) => {
      const ratio = entry!.intersectionRatio;
      const now = el.getBoundingClientRect();
      // A stale snapshot (the element moved meanwhile): start again.
      if (now.x !== box.x || now.y !== box.y || now.width !== box.width || now.height !== box.height) return refresh();
      if (ratio !== threshold) {
        if (!first) return refresh();
        // Clipped in place (ratio 0): look again in a second, never in a loop.
        if (!ratio) timer = setTimeout(() => refresh(false, 1e-7), 1000);
        else refresh(false, ratio);
      }
      first = false;
    };
    const options = { rootMargin: margin.map((m) => `${m}px`).join(' '), threshold: Math.max(0, Math.min(1, threshold)) || 1 };
    try {
      io = new IntersectionObserver(onChange, { ...options, root: el.ownerDocument });
    } catch {
      io = new IntersectionObserver(onChange, options);
    }
    io.observe(el);
  };
  // A new window size moves the root margin: observe again (the update itself comes from
  // the window's resize listener above).
  const win = el.ownerDocument.defaultView!;
  const onResize = () => refresh(true);
  win.addEventListener('resize', onResize);
  refresh(true);
  return () => {
    win.removeEventListener('resize', onResize);
    cleanup();
  };
}
