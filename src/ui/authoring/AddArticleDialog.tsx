/**
 * "Add article": paste the text (or drop or pick a .txt, .md or .html file), confirm the headline,
 * outlet, link and publication date (proposed from the text where it says them, with the basis
 * shown), then "Find incidents". Every refusal names the field and what is wrong. All text is
 * shown as text; nothing from it is rendered as HTML.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import { appStore } from '../../store/appStore';
import { addArticle } from '../../io/extractReview';
import { checkArticle, proposeDate, proposeHeadline, proposeOutlet, type ArticleFields } from './articleInput';
import { readArticleFile } from './articleFile';
import { useModal } from './useModal';

type Problems = Partial<Record<keyof ArticleFields, string>>;
/** Today in UTC, YYYY-MM-DD (the day the dataset's dates are counted in). */
const today = () => new Date().toISOString().slice(0, 10);

export function AddArticleDialog() {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [fields, setFields] = useState<ArticleFields>({ text: '', headline: '', outlet: '', url: '', published: '' });
  const [language, setLanguage] = useState('en');
  const [dateBasis, setDateBasis] = useState<string | null>(null);
  const [cleaning, setCleaning] = useState('pasted into the Add article dialog, as pasted');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const close = () => appStore.getState().setAuthoringView(null);
  useModal(box, close, textArea);

  const setText = (text: string, how: string) => {
    const next = { ...fields, text };
    const headline = proposeHeadline(text);
    const outlet = proposeOutlet(text);
    const date = proposeDate(text);
    if (!fields.headline && headline) next.headline = headline.value;
    if (!fields.outlet && outlet) next.outlet = outlet.value;
    if (!fields.published && date) {
      next.published = date.value;
      setDateBasis(`Proposed from ${date.basis}: check it.`);
    }
    setFields(next);
    setCleaning(how);
  };
  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readArticleFile(file);
    if (!read.ok) {
      setFileNote(null);
      setProblems({ ...problems, text: read.reason });
      return;
    }
    setProblems({ ...problems, text: undefined });
    setFileNote(`Read from ${file.name}${read.cleaning.startsWith('HTML') ? ', reduced to its readable text' : ''}.`);
    setText(read.text, read.cleaning);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    void takeFile(event.dataTransfer.files[0]);
  };
  const submit = async () => {
    const found = checkArticle(fields, today());
    setProblems(Object.fromEntries(found.map((p) => [p.field, p.message])));
    if (found.length) {
      document.getElementById(`${id}-${found[0].field}`)?.focus();
      return;
    }
    setBusy(true);
    await addArticle(appStore, {
      text: fields.text,
      headline: fields.headline.trim(),
      outlet: fields.outlet.trim(),
      ...(fields.url.trim() ? { url: fields.url.trim() } : {}),
      language: language.trim() || 'en',
      published: { date: fields.published, basis: dateBasis?.replace(/: check it\.$/, '') ?? 'entered by the analyst' },
      cleaning,
    });
  };
  const field = (name: keyof ArticleFields) => ({
    id: `${id}-${name}`,
    value: fields[name],
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': problems[name] ? `${id}-${name}-problem` : undefined,
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      if (name === 'text') setText(value, 'pasted into the Add article dialog, as pasted');
      else setFields({ ...fields, [name]: value });
      if (name === 'published') setDateBasis(null);
    },
  });
  const problem = (name: keyof ArticleFields) =>
    problems[name] ? (
      <p id={`${id}-${name}-problem`} className="field-problem">
        {problems[name]}
      </p>
    ) : null;

  return (
    <div className="authoring-backdrop">
      <div
        ref={box}
        tabIndex={-1}
        className="authoring-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
      >
        <header className="authoring-header">
          <h2 id={`${id}-title`}>Add article</h2>
          <button type="button" className="close-button" aria-label="Close Add article" onClick={close}>
            ×
          </button>
        </header>
        <form
          className="authoring-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={`${id}-text`}>Article text</label>
          <textarea
            ref={textArea}
            rows={10}
            spellCheck={false}
            onDragOver={(e) => {
              e.preventDefault();
              e.stopPropagation();
            }}
            onDragEnter={(e) => e.stopPropagation()}
            onDrop={onDrop}
            placeholder="Paste the article here, or drop a .txt, .md or .html file"
            {...field('text')}
          />
          {problem('text')}
          <div className="file-row">
            <button type="button" className="secondary-button" onClick={() => picker.current?.click()}>
              Choose a file…
            </button>
            <input
              ref={picker}
              type="file"
              hidden
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              aria-label="Choose a .txt, .md or .html article file"
              data-testid="article-file"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                void takeFile(file);
              }}
            />
            <span className="hint">{fileNote ?? '.txt, .md or .html, up to 5 MB; HTML is reduced to its text.'}</span>
          </div>
          <div className="field-grid">
            <div>
              <label htmlFor={`${id}-headline`}>Headline</label>
              <input type="text" {...field('headline')} />
              {problem('headline')}
            </div>
            <div>
              <label htmlFor={`${id}-outlet`}>Outlet</label>
              <input type="text" {...field('outlet')} />
              {problem('outlet')}
            </div>
            <div>
              <label htmlFor={`${id}-url`}>URL</label>
              <input type="url" inputMode="url" placeholder="https://…" {...field('url')} />
              {problem('url')}
            </div>
            <div>
              <label htmlFor={`${id}-published`}>Publication date</label>
              <input type="date" max={today()} {...field('published')} />
              <p className="hint" data-testid="date-basis">
                {dateBasis ?? 'Relative dates (“on Friday”) are counted back from it.'}
              </p>
              {problem('published')}
            </div>
            <div>
              <label htmlFor={`${id}-language`}>Language</label>
              <input
                id={`${id}-language`}
                type="text"
                value={language}
                onChange={(e) => setLanguage(e.currentTarget.value)}
              />
            </div>
          </div>
          {Object.values(problems).some(Boolean) && (
            <p role="alert" className="notice notice-error">
              {Object.values(problems).filter(Boolean).length === 1
                ? 'One field needs attention.'
                : `${Object.values(problems).filter(Boolean).length} fields need attention.`}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="secondary-button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary-button" disabled={busy}>
              Find incidents
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
