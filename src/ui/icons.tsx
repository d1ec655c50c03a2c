/**
 * Status icons as inline SVG: they never depend on a font (an emoji or symbol drawn from
 * a font shows as an empty box on a computer without an emoji font). Decorative: hidden
 * from screen readers, the words beside them say the same. Drawn in `currentColor`, sized
 * with the text (1em).
 */
export type IconName = 'check' | 'warning' | 'wait' | 'current' | 'next' | 'skipped' | 'prev' | 'forward';

const PATHS: Record<IconName, string> = {
  check: 'M3 8.5l3.2 3.2L13 4.8',
  warning: 'M8 1.8L15 14.2H1zM8 6.2v3.8M8 11.8v.4',
  wait: 'M4 1.8h8M4 14.2h8M5 2v2.5L8 8l3-3.5V2M5 14v-2.5L8 8l3 3.5V14',
  current: 'M2 8h10M8.5 4L12.5 8L8.5 12',
  next: 'M8 3.2a4.8 4.8 0 1 1 0 9.6a4.8 4.8 0 1 1 0-9.6z',
  skipped: 'M3.5 8h9',
  prev: 'M11 3L5 8l6 5z',
  forward: 'M5 3l6 5l-6 5z',
};
const FILLED: ReadonlySet<IconName> = new Set(['prev', 'forward']);

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  const filled = FILLED.has(name);
  return (
    <svg
      class={className ? `icon ${className}` : 'icon'}
      width="1em"
      height="1em"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
      style="vertical-align:-0.125em;flex-shrink:0"
    >
      <path
        d={PATHS[name]}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width={filled ? 1 : 2}
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
