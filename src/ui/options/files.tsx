import { useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/** Saves `text` as a JSON file into the browser's downloads. */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today, for file names. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * A button that opens the file chooser for a JSON file (the input itself hidden, still
 * reachable for tests by `data-input`); `onText` gets its text (a huge file: too long text).
 */
export function LoadFile({ input, action, onText, children }: { input: string; action: string; onText: (text: string) => void; children: ComponentChildren }) {
  const file = useRef<HTMLInputElement>(null);
  const load = async (el: HTMLInputElement) => {
    const f = el.files?.[0];
    el.value = '';
    if (f) onText(f.size > 1_000_000 ? 'x'.repeat(1_000_001) : await f.text());
  };
  return (
    <>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        data-input={input}
        class="sr"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => void load(e.currentTarget as HTMLInputElement)}
      />
      <button type="button" data-action={action} onClick={() => file.current?.click()}>
        {children}
      </button>
    </>
  );
}
