import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from './use-t.ts';

// The button stays in the reader's first view; the dialog's code (snippet, parameters) loads when it opens.
const EmbedForm = lazy(() => import('./EmbedDialog.tsx').then((m) => ({ default: m.EmbedForm })));

export function EmbedButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = `${useId()}-title`;
  const t = useT();
  // Escape closes the dialog natively; the reader's own Escape (clear the selection) must not also fire.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') e.stopPropagation();
  };
  return (
    <>
      <button
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('embed.button')}
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        onKeyDown={onKeyDown}
      >
        {open && (
          <Suspense fallback={<p>{t('embed.preparing')}</p>}>
            <EmbedForm titleId={titleId} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
