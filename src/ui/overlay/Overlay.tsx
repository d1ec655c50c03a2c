import { autoUpdate } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { stepCode } from '../../catalogue';
import type { GuideView } from '../../engine/guide';
import { AwayNote } from './AwayNote';
import { controlName, coverOf, planScroll, scrollAsPlanned, scrollPosition, pageScroller, viewSize, type Cover, type ScrollPlan } from './in-view';
import { placeBubble } from './place';
import { t, uiLang } from '../i18n';
import type { FixCommand, FixUi } from '../../fixes/ui';
import { FixControl, FixPanel } from './FixPanel';
import { Icon } from '../icons';

export type OverlayAction = 'done' | 'skip';

interface Props {
  readonly view: GuideView;
  readonly onAction: (action: OverlayAction, stepId: string) => void;
  readonly reducedMotion: boolean;
  /** support view: the step's id beside its code */
  readonly support?: boolean;
  /** a band at the top of the window kept clear of the hint (the sandbox's bar), in px */
  readonly reserveTop?: () => number;
  /** the person is scrolling now: the guide does not scroll then */
  readonly personScrolling?: () => boolean;
  /** told what the ring is on: the target, or first the close control of a layer over it */
  readonly onRing?: (el: Element | null) => void;
  /** filled with a function that looks again at once (a layer may have come over the target) */
  readonly recheck?: { now: () => void };
  /** a field fix in progress (pick mode, the pick, saved) */
  readonly fix?: FixUi | null;
  readonly onFix?: (command: FixCommand) => void;
}

const PAD = 6;

/**
 * The dimmed page around the spotlight: the whole window but a rounded hole at `r`, as a
 * `clip-path` (a huge box-shadow spread is not painted by every renderer).
 */
export function dimPath(r: { left: number; top: number; width: number; height: number }, radius: number): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  const k = Math.max(0, Math.min(radius, r.width / 2, r.height / 2));
  const [x, y, w, h] = [r.left, r.top, r.width, r.height];
  const hole =
    `M${n(x + k)} ${n(y)}H${n(x + w - k)}A${n(k)} ${n(k)} 0 0 1 ${n(x + w)} ${n(y + k)}` +
    `V${n(y + h - k)}A${n(k)} ${n(k)} 0 0 1 ${n(x + w - k)} ${n(y + h)}` +
    `H${n(x + k)}A${n(k)} ${n(k)} 0 0 1 ${n(x)} ${n(y + h - k)}` +
    `V${n(y + k)}A${n(k)} ${n(k)} 0 0 1 ${n(x + k)} ${n(y)}Z`;
  return `path(evenodd, "M-99999 -99999H99999V99999H-99999Z${hole}")`;
}

/**
 * What the hint sits beside: the small dialog or form around the target when there is
 * one, so the hint never covers the rest of it (the label of a checkbox, the other
 * fields); the target itself otherwise.
 */
function bubbleAnchor(target: Element): Element {
  const box = target.closest('dialog,[role="dialog"],[role="alertdialog"],[aria-modal="true"],form,fieldset');
  if (!box) return target;
  const view = target.ownerDocument.defaultView!;
  const fits = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width <= view.innerWidth * 0.6 && r.height <= view.innerHeight * 0.75;
  };
  // A dialog is often a full-screen backdrop holding a small panel: take the largest
  // block around the target, up to the dialog, that is still small.
  let anchor: Element = target;
  for (let n = target.parentElement; n; n = n.parentElement) {
    if (fits(n)) anchor = n;
    if (n === box) break;
  }
  return anchor;
}

/** Only a person's own click or key press drives the extension, never a page script. */
const trusted = (handler: () => void) => (e: Event) => {
  if (e.isTrusted) handler();
};

/** Page dialogs: Escape there belongs to the page (it closes the dialog), not to us. */
const PAGE_DIALOG = 'dialog[open],[role="dialog"],[role="alertdialog"],[aria-modal="true"]';

/** Whether the event started inside the overlay's own shadow tree. */
const fromOverlay = (e: Event, root: Node | null) => root !== null && e.composedPath().includes(root);

/** The hint's natural size (before it is shortened to fit). */
const hintSize = (b: HTMLElement) => ({ width: b.offsetWidth, height: b.scrollHeight + b.offsetHeight - b.clientHeight });

/** Whether two covers are the same layer with the same way out. */
const sameCover = (a: Cover | null, b: Cover | null) => a?.layer === b?.layer && a?.close === b?.close;

export function Overlay({ view, onAction, reducedMotion, support = false, reserveTop, personScrolling = () => false, onRing, recheck, fix = null, onFix }: Props) {
  const [hidden, setHidden] = useState(false);
  const spot = useRef<HTMLDivElement>(null);
  const dim = useRef<HTMLDivElement>(null);
  const bubble = useRef<HTMLDivElement>(null);
  const pill = useRef<HTMLButtonElement>(null);
  const ui = useRef<HTMLDivElement>(null);
  /** focus was in our own UI when it changed (a button pressed by keyboard): keep it there */
  const keepFocus = useRef(false);
  const { scenario, step, index, state, target } = view;
  const total = scenario.steps.length;
  /** a page layer over the target that scrolling could not avoid: its close control is spotlighted first */
  const [cover, setCover] = useState<Cover | null>(null);
  const coverNow = useRef<Cover | null>(null);
  /** our own smooth scroll is under way (the target passes under layers it will not stay under) */
  const scrolling = useRef(false);
  /** scrolls made for this target after the first (out from under a layer, after the page moved it) */
  const corrected = useRef(0);
  /** where the target and its scroller were at the last update: a move without a scroll is the page's own */
  const seen = useRef('');
  /** the placement's update, for the end of our scroll */
  const placed = useRef<() => void>(() => undefined);
  const ours = (el: Element) => el === (ui.current?.getRootNode() as ShadowRoot | undefined)?.host;
  // Pick mode shows the whole page: no spotlight, the hint in its corner.
  const picking = fix !== null && fix.phase !== 'saved';
  const anchored = state === 'found' && target !== null && !picking;

  // A new step shows its hint again.
  useEffect(() => setHidden(false), [step.id]);

  const ownsFocus = () => {
    const root = ui.current?.getRootNode();
    return root instanceof ShadowRoot && root.activeElement !== null;
  };
  const hide = () => {
    keepFocus.current = ownsFocus();
    setHidden(true);
  };
  const show = () => {
    keepFocus.current = ownsFocus();
    setHidden(false);
  };
  const act = (action: OverlayAction) => {
    keepFocus.current = ownsFocus();
    onAction(action, step.id);
  };

  // Focus never jumps on its own: only when it was already in the overlay (the button
  // just pressed went away) it moves to what replaced it, never out of a page field.
  useLayoutEffect(() => {
    if (!keepFocus.current || ownsFocus()) return;
    keepFocus.current = false;
    (hidden ? pill.current : bubble.current)?.focus({ preventScroll: true });
  });

  // Escape hides the hint — unless the page uses it (a page dialog that is open and has
  // focus, or a page handler that took the key). Hidden, the hint leaves Escape alone.
  useEffect(() => {
    if (hidden) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !e.isTrusted || e.defaultPrevented) return;
      const root = ui.current?.getRootNode() ?? null;
      if (fromOverlay(e, root)) {
        hide();
        return;
      }
      const active = document.activeElement;
      if (active?.closest(PAGE_DIALOG)) return;
      hide();
    };
    // Bubbling phase: the page's own handlers go first.
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hidden]);

  /** Scrolls as planned; placing waits for the end of an animated scroll to judge covers. */
  const scrollTo = (plan: ScrollPlan) => {
    if (!scrollAsPlanned(plan, !reducedMotion)) return;
    scrolling.current = true;
    const doc = plan.scroller.ownerDocument;
    const source: EventTarget = plan.scroller === (doc.scrollingElement ?? doc.documentElement) ? doc.defaultView! : plan.scroller;
    source.addEventListener(
      'scrollend',
      () => {
        scrolling.current = false;
        placed.current();
      },
      { once: true },
    );
  };

  // A new target: brought to a comfortable place when it is not in one — never while the
  // person is scrolling, and with room for the hint when it cannot sit beside it.
  useLayoutEffect(() => {
    corrected.current = 0;
    seen.current = '';
    coverNow.current = null;
    setCover(null);
    if (!target) return;
    // Judged at the next frame, not now: the target may be drawn in the page's own change
    // (the guide's observer callback), before input already under way reaches the page — a
    // wheel the browser scrolled with is told to the page only as the frame begins.
    const win = target.ownerDocument.defaultView!;
    const id = win.requestAnimationFrame(() => {
      if (!target.isConnected || personScrolling()) return;
      const b = bubble.current;
      const plan = planScroll(target, ours, { hint: b && !hidden ? hintSize(b) : undefined, reserveTop: reserveTop?.() });
      if (plan) scrollTo(plan);
    });
    return () => win.cancelAnimationFrame(id);
  }, [target]);

  const ring = cover?.close ?? target;
  useLayoutEffect(() => onRing?.(state === 'found' ? ring : null), [ring, state]);
  useLayoutEffect(() => {
    const b = bubble.current;
    if (!target || !ring || !b || hidden || !anchored) return;
    const anchor = bubbleAnchor(ring);
    const scroller = pageScroller(target);
    const update = () => {
      // Still under a page layer once the page is still: scrolled once more to get it
      // out; if it stays under, the layer's own close control is spotlighted first.
      if (!scrolling.current) {
        // The page moved the target without scrolling (content added above it): looked at
        // again, as a new target is. Never while the person scrolls; a few times at most.
        const where = `${scrollPosition(scroller)} ${Math.round(target.getBoundingClientRect().top)}`;
        const moved = seen.current !== '' && where !== seen.current && where.split(' ')[0] === seen.current.split(' ')[0];
        seen.current = where;
        const c = coverOf(target, ours);
        if ((c || moved) && corrected.current < 3 && !personScrolling()) {
          const plan = planScroll(target, ours, { hint: hintSize(b), reserveTop: reserveTop?.() });
          if (plan) {
            corrected.current++;
            return scrollTo(plan);
          }
        }
        if (!sameCover(c, coverNow.current)) {
          coverNow.current = c;
          return setCover(c);
        }
      }
      // Everything read before anything is written: at most one layout per update (none
      // when the bubble was not shortened), not three.
      const r = ring.getBoundingClientRect();
      const s = spot.current;
      const d = dim.current;
      const radius = s && d ? parseFloat(getComputedStyle(s).borderTopLeftRadius) || 0 : 0;
      // Measured at its natural height, then placed (and shortened if it must be).
      if (b.style.maxHeight !== '') b.style.maxHeight = '';
      const size = b.getBoundingClientRect();
      if (s) {
        s.style.transform = `translate(${r.left - PAD}px, ${r.top - PAD}px)`;
        s.style.width = `${r.width + PAD * 2}px`;
        s.style.height = `${r.height + PAD * 2}px`;
        if (d) d.style.clipPath = dimPath({ left: r.left - PAD, top: r.top - PAD, width: r.width + PAD * 2, height: r.height + PAD * 2 }, radius);
      }
      const view = { ...viewSize(document), top: reserveTop?.() ?? 0 };
      const p = placeBubble(r, anchor.getBoundingClientRect(), { width: size.width, height: size.height }, view);
      b.style.left = `${p.x}px`;
      b.style.top = `${p.y}px`;
      if (p.maxHeight !== undefined) b.style.maxHeight = `${p.maxHeight}px`;
      b.dataset.side = p.side;
    };
    // The anchor's watcher first, while nothing is written yet (it measures as it starts);
    // autoUpdate places at once, and the target's watcher does that.
    placed.current = update;
    if (recheck) recheck.now = update;
    let started = false;
    const stopAnchor = anchor === ring ? () => undefined : autoUpdate(anchor, b, () => (started ? update() : (started = true)));
    const stopTarget = autoUpdate(ring, b, update);
    // The covering layer closed or shrank (its close control pressed): looked at again.
    const layer = cover ? new ResizeObserver(update) : null;
    if (cover) layer!.observe(cover.layer);
    return () => {
      placed.current = () => undefined;
      if (recheck) recheck.now = () => undefined;
      layer?.disconnect();
      stopTarget();
      stopAnchor();
    };
  }, [target, hidden, cover, anchored]);

  // (A side screen shows the number of the step it stands in for.)
  const stepLine = `${t('stepOf', index + 1, total)} · ${stepCode(scenario, scenario.steps[index]?.id ?? step.id)}`;
  // Said once per step (and once when it is done), never on a mere re-render.
  const announce =
    state === 'done' ? `${t('doneMark')}: ${step.title}.` : `${state === 'away' ? `${t('awayLabel')}. ` : ''}${scenario.title}. ${stepLine}. ${step.title}.`;
  const lang = uiLang();
  const live = <LiveRegion text={announce} />;

  // Pick mode, and the pick described: the field fix alone in the hint.
  if (picking && onFix) {
    return (
      <div ref={ui} lang={lang}>
        {live}
        <div key="fix" ref={bubble} class="bubble corner" role="region" aria-label={t('overlayLabel')} tabIndex={-1}>
          <FixPanel key={fix.phase} ui={fix} scenario={scenario} onFix={onFix} spotlit={state === 'found' && target !== null} />
        </div>
      </div>
    );
  }

  // No step here: the note in the corner (collapsible on its own; nothing to spotlight),
  // the field-fix control in it whether folded or not.
  if (state === 'away') {
    return (
      <div ref={ui} lang={lang}>
        {live}
        <AwayNote view={view} onDone={() => act('done')}>
          {onFix ? <FixControl onFix={onFix} /> : null}
          {fix?.phase === 'saved' && onFix ? <FixPanel ui={fix} scenario={scenario} onFix={onFix} /> : null}
        </AwayNote>
      </div>
    );
  }

  if (hidden) {
    return (
      <div ref={ui} lang={lang}>
        {live}
        <button ref={pill} class="pill" type="button" onClick={trusted(show)}>
          {t('showHint')}
        </button>
      </div>
    );
  }

  const next = scenario.steps[index + 1];
  return (
    <div ref={ui} lang={lang}>
      {live}
      {anchored ? <div ref={dim} class="dim" aria-hidden="true" /> : null}
      {anchored ? <div ref={spot} class="spot" aria-hidden="true" /> : null}
      <div
        // A fresh element per placement mode: no inline position left over from the other.
        key={anchored ? 'anchored' : 'corner'}
        ref={bubble}
        class={`bubble ${anchored ? 'anchored' : 'corner'} state-${state}`}
        role="region"
        aria-label={t('overlayLabel')}
        // Focusable by script only: where focus goes when the button pressed went away.
        tabIndex={-1}
      >
        {fix?.phase === 'saved' && onFix ? <FixPanel ui={fix} scenario={scenario} onFix={onFix} /> : null}
        <p class="meta">
          {stepLine}
          {support ? <span data-support-id> · {`${scenario.id}/${step.id}`}</span> : null}
        </p>
        {state === 'done' ? (
          <p class="status done">
            <Icon name="check" />{' '}
            {t('doneMark')}
          </p>
        ) : null}
        <h2 class="title" lang="ru">
          {step.title}
        </h2>
        {state === 'searching' ? <p class="status">{t('searching')}</p> : null}
        {state === 'found' && view.reveals ? (
          <p class="status" data-reveal lang="ru">
            {t('revealHint', view.reveals)}
          </p>
        ) : null}
        {anchored && cover ? (
          <p class="status covered" data-covered>
            {cover.close ? t('coveredClose', `«${controlName(cover.close) || '×'}»`) : t('covered')}
          </p>
        ) : null}
        {state === 'not-found' ? (
          <>
            <p class="status">
              {view.reason === 'ambiguous' ? t('ambiguous') : t('notFound')} {t('doThis')}
            </p>
            <p class="instruction" lang="ru">
              {step.instruction}
            </p>
          </>
        ) : state === 'done' ? (
          <p class="hint" lang="ru">
            {next ? t('nextStep', next.title) : t('allDone')}
          </p>
        ) : (
          <p class="hint" lang="ru">
            {step.hint}
          </p>
        )}
        {step.warning && (state !== 'done' || !next) ? (
          <p class="warning" role="note" lang="ru">
            <Icon name="warning" />{' '}
            {step.warning}
          </p>
        ) : null}
        <div class="actions">
          {state !== 'done' && !view.side ? (
            <>
              <button type="button" class="primary" data-action="done" onClick={trusted(() => act('done'))}>
                {t('iDidIt')}
              </button>
              <button type="button" data-action="skip" onClick={trusted(() => act('skip'))}>
                {t('skip')}
              </button>
            </>
          ) : null}
          <button type="button" class="quiet" data-action="hide" onClick={trusted(hide)}>
            {t('hide')}
          </button>
        </div>
        {state !== 'done' && onFix ? <FixControl onFix={onFix} /> : null}
      </div>
    </div>
  );
}

/**
 * A polite live region that speaks `text` when it changes. It is filled a moment after it
 * is put in the page (a region that appears with its text already in it is not read), and
 * a re-render with the same text changes nothing in it, so nothing is said twice.
 */
function LiveRegion({ text }: { text: string }) {
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (text === said) return;
    const id = setTimeout(() => setSaid(text), said ? 0 : 150);
    return () => clearTimeout(id);
  }, [text]);
  return (
    <div class="sr" aria-live="polite" aria-atomic="true" data-live>
      {said}
    </div>
  );
}
