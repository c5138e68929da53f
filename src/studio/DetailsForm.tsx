import { useState, type FormEvent } from 'react';
import { WEB_URL_PROBLEM, isWebUrl } from '../story/schema.ts';
import { META_FIELDS, setMeta, type MetaField } from './corrections.ts';
import { useStudio, useStudioServices } from './studio-context.tsx';

// The story's details: what the page says unless the author says otherwise. Saved when a field is left
// or Enter is pressed, one undo step per field.

const LABELS: Record<MetaField, string> = {
  title: 'Title',
  byline: 'Byline',
  date: 'Date (YYYY-MM-DD, or YYYY-MM)',
  publisher: 'Publisher',
  url: 'Source URL',
};

export function DetailsForm() {
  const read = useStudio((s) => s.reading?.story.meta);
  const hasDraft = useStudio((s) => s.draft !== null);
  return (
    <section className="details-form" aria-labelledby="details-heading">
      <h3 id="details-heading">Details</h3>
      {META_FIELDS.map((field) => (
        <MetaInput key={field} field={field} placeholder={read?.[field] ?? ''} disabled={!hasDraft} />
      ))}
    </section>
  );
}

function MetaInput({
  field,
  placeholder,
  disabled,
}: {
  field: MetaField;
  placeholder: string;
  disabled: boolean;
}) {
  const { store } = useStudioServices();
  const saved = useStudio((s) => s.draft?.annotations.meta?.[field] ?? '');
  const [value, setValue] = useState(saved);
  const [shown, setShown] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  if (saved !== shown) {
    setShown(saved);
    setValue(saved);
  }
  const commit = () => {
    const v = value.trim();
    // The story schema takes only http(s) addresses: say so here rather than save a story the site refuses.
    const bad = field === 'url' && v !== '' && !isWebUrl(v);
    setProblem(bad ? `“${v}” ${WEB_URL_PROBLEM}.` : null);
    if (bad || v === saved) return;
    store.getState().correct((a) => setMeta(a, field, value), `${LABELS[field].replace(/ \(.*/, '')} saved.`);
  };
  const id = `meta-${field}`;
  return (
    <form
      className="meta-field"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        commit();
      }}
    >
      <label htmlFor={id}>{LABELS[field]}</label>
      <input
        id={id}
        type={field === 'url' ? 'url' : 'text'}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setValue(e.target.value)}
        onBlur={commit}
      />
      {problem && (
        <p id={`${id}-problem`} className="meta-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
