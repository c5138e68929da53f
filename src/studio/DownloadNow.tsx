import { downloadDraft } from './download-draft.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';

/** "Download story now": the way out when the browser cannot keep the draft. */
export function DownloadNow() {
  const { store } = useStudioServices();
  const hasDraft = useStudio((s) => s.draft !== null);
  if (!hasDraft) return null;
  return (
    <button
      type="button"
      onClick={() => {
        const name = downloadDraft(store.getState());
        if (name) store.getState().announce(`Downloaded ${name}.`);
      }}
    >
      Download story now
    </button>
  );
}
