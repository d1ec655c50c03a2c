import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { stepCode } from '../../catalogue';
import type { GuideView } from '../../engine/guide';
import { inPlainView } from '../../engine/visibility';

export type OverlayAction = 'done' | 'skip';

interface Props {
  readonly view: GuideView;
  readonly onAction: (action: OverlayAction, stepId: string) => void;
  readonly reducedMotion: boolean;
}

const PAD = 6;

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

export function Overlay({ view, onAction, reducedMotion }: Props) {
  const [hidden, setHidden] = useState(false);
  const spot = useRef<HTMLDivElement>(null);
  const bubble = useRef<HTMLDivElement>(null);
  const { scenario, step, index, state, target } = view;
  const total = scenario.steps.length;

  // A new step shows its hint again.
  useEffect(() => setHidden(false), [step.id]);

  // Escape hides the hint, wherever focus is.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && e.isTrusted && !hidden) setHidden(true);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [hidden]);

  useLayoutEffect(() => {
    if (!target) return;
    // Out of view, or under a sticky header: bring it to the middle.
    const ours = (spot.current?.getRootNode() as ShadowRoot | undefined)?.host;
    if (!inPlainView(target, ours)) target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reducedMotion ? 'instant' : 'smooth' });
  }, [target]);

  useLayoutEffect(() => {
    const b = bubble.current;
    if (!target || !b || hidden) return;
    const anchor = bubbleAnchor(target);
    const update = () => {
      const r = target.getBoundingClientRect();
      const s = spot.current;
      if (s) {
        s.style.transform = `translate(${r.left - PAD}px, ${r.top - PAD}px)`;
        s.style.width = `${r.width + PAD * 2}px`;
        s.style.height = `${r.height + PAD * 2}px`;
      }
      void computePosition(anchor, b, {
        strategy: 'fixed',
        // Beside the target first: below it are usually the fields the person fills next.
        placement: 'right',
        middleware: [
          offset(PAD + 12),
          flip({ padding: 8, fallbackPlacements: ['left', 'bottom', 'top'] }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              b.style.maxHeight = `${Math.max(160, availableHeight)}px`;
            },
          }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        b.style.left = `${x}px`;
        b.style.top = `${y}px`;
        b.dataset.placed = middlewareData.hide?.referenceHidden ? 'hidden-ref' : 'ok';
      });
    };
    const stopTarget = autoUpdate(target, b, update);
    const stopAnchor = anchor === target ? () => undefined : autoUpdate(anchor, b, update);
    return () => {
      stopTarget();
      stopAnchor();
    };
  }, [target, hidden]);

  const stepLine = `Шаг ${index + 1} из ${total} · ${stepCode(scenario, step.id)}`;
  const announce = `${scenario.title}. ${stepLine}. ${step.title}.`;

  if (hidden) {
    return (
      <>
        <div class="sr" aria-live="polite">{announce}</div>
        <button class="pill" type="button" onClick={trusted(() => setHidden(false))}>
          Проводник: показать подсказку
        </button>
      </>
    );
  }

  const next = scenario.steps[index + 1];
  const anchored = state === 'found' && target !== null;
  return (
    <>
      <div class="sr" aria-live="polite">{announce}</div>
      {anchored ? <div ref={spot} class="spot" aria-hidden="true" /> : null}
      <div
        // A fresh element per placement mode: no inline position left over from the other.
        key={anchored ? 'anchored' : 'corner'}
        ref={bubble}
        class={`bubble ${anchored ? 'anchored' : 'corner'} state-${state}`}
        role="region"
        aria-label="Подсказка Проводника"
      >
        <p class="meta">{stepLine}</p>
        {state === 'done' ? (
          <p class="status done">
            <span aria-hidden="true">✓ </span>Готово
          </p>
        ) : null}
        <h2 class="title">{step.title}</h2>
        {state === 'searching' ? <p class="status">Ищу на странице, что нажать…</p> : null}
        {state === 'not-found' ? (
          <>
            <p class="status">
              {view.reason === 'ambiguous'
                ? 'На странице несколько похожих кнопок. Чтобы не ошибиться, я не показываю ни одну.'
                : 'Не нашёл на странице, что нажать.'}{' '}
              Сделайте так:
            </p>
            <p class="instruction">{step.instruction}</p>
          </>
        ) : state === 'done' ? (
          <p class="hint">{next ? `Дальше: ${next.title}.` : 'Все шаги пройдены.'}</p>
        ) : (
          <p class="hint">{step.hint}</p>
        )}
        {step.warning && (state !== 'done' || !next) ? (
          <p class="warning" role="note">
            <span aria-hidden="true">⚠ </span>
            {step.warning}
          </p>
        ) : null}
        <div class="actions">
          {state !== 'done' ? (
            <>
              <button type="button" class="primary" data-action="done" onClick={trusted(() => onAction('done', step.id))}>
                Я сделал(а) это
              </button>
              <button type="button" data-action="skip" onClick={trusted(() => onAction('skip', step.id))}>
                Пропустить
              </button>
            </>
          ) : null}
          <button type="button" class="quiet" data-action="hide" onClick={trusted(() => setHidden(true))}>
            Скрыть
          </button>
        </div>
      </div>
    </>
  );
}
