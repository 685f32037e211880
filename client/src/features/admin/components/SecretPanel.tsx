import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { CreatedToken } from './ApiTokenForm';

interface SecretPanelProps {
  token: CreatedToken;
  /** The admin has it: the secret is dropped and cannot be shown again. */
  onDone: () => void;
}

/** A new token's secret, shown this once, with a way to copy it and a plain warning. */
export function SecretPanel({ token, onDone }: SecretPanelProps) {
  const { t } = useI18n();
  const m = t.admin.apiTokens.secret;
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const inputId = useId();

  // Straight to the secret, so a keyboard or screen-reader user lands on what they must copy.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(token.secret);
      setCopy('copied');
    } catch {
      // No clipboard access (an insecure origin, a denied permission): leave it selected for Ctrl+C.
      input.current?.focus();
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section className="secret-panel" aria-labelledby={headingId} data-testid="api-token-secret">
      <h4 id={headingId}>{m.title(token.name)}</h4>
      <p className="secret-warning" role="alert">
        {m.warning}
      </p>
      <div className="field">
        <label htmlFor={inputId}>{m.label}</label>
        <div className="secret-row">
          <input
            ref={input}
            id={inputId}
            className="secret-value"
            readOnly
            value={token.secret}
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
            data-testid="api-token-secret-value"
          />
          <button type="button" onClick={() => void copySecret()}>
            {m.copy}
          </button>
        </div>
        {copy && (
          <span className={copy === 'copied' ? 'field-hint' : 'field-error'} role="status">
            {copy === 'copied' ? m.copied : m.copyFailed}
          </span>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onDone} data-testid="api-token-secret-done">
          {m.done}
        </button>
      </div>
    </section>
  );
}
