import { useId, useState } from 'react';
import { activeLanguage, t } from '../i18n/i18n';
import {
  dayOrderOf,
  formatDayInput,
  isWholeDayInput,
  parseDayInput,
  type DayInput,
} from './dayInput';

/** Props: the field's name, its day (ISO, from the URL) and how to change it. */
export interface DayFieldProps {
  /** The field's name, its label ("From"). */
  label: string;
  /** The chosen day (YYYY-MM-DD), or null. */
  value: string | null;
  /** Called with the new day (ISO), or null when the field is emptied. */
  onChange: (day: string | null) => void;
  /**
   * What the reader should know about the day chosen, though it is a day (it is after the last
   * event, or after the range's end), or null. Shown under the field; the day still applies.
   */
  note?: string | null;
}

/** The message for a day that cannot be read, or null. */
function problemOf(input: DayInput): string | null {
  if (input.kind === 'unreadable') return t('timeRange.unreadable');
  if (input.kind === 'not-a-day') return t('timeRange.notADay');
  return null;
}

/**
 * A day typed in the reader's language's order (dd.mm.åååå in Norwegian, yyyy-mm-dd in English,
 * ISO in both), not a native date input, whose order follows the browser instead of the page. A
 * whole day is applied as it is typed; anything else when the field is left or Enter is pressed,
 * with a message under it when it is not a day.
 */
export function DayField({ label, value, onChange, note = null }: DayFieldProps) {
  const order = dayOrderOf(activeLanguage());
  const [draft, setDraft] = useState(value === null ? '' : formatDayInput(value, order));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();
  const problemId = useId();
  const noteId = useId();
  // The URL changed under us (a brush, the back button, "Clear filters"): show what it says.
  if (value !== shown) {
    setShown(value);
    const typed = parseDayInput(draft, order);
    if (!(typed.kind === 'day' && typed.day === value)) {
      setDraft(value === null ? '' : formatDayInput(value, order));
      setProblem(null);
    }
  }

  function commit(text: string) {
    const input = parseDayInput(text, order);
    setProblem(problemOf(input));
    if (input.kind === 'day' && input.day !== value) onChange(input.day);
    if (input.kind === 'empty' && value !== null) onChange(null);
  }

  return (
    <div className="day-field">
      <label className="filter-label">
        {label}
        <input
          className="input day-field__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('timeRange.placeholder')}
          value={draft}
          aria-invalid={problem !== null}
          aria-describedby={[
            hintId,
            problem === null ? null : problemId,
            problem === null && note !== null ? noteId : null,
          ]
            .filter((id) => id !== null)
            .join(' ')}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            if (text.trim() === '' || isWholeDayInput(text, order)) commit(text);
            else if (problem !== null && parseDayInput(text, order).kind === 'day')
              setProblem(null);
          }}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
      </label>
      <span id={hintId} className="visually-hidden">
        {t('timeRange.format', { format: t('timeRange.placeholder') })}
      </span>
      {problem !== null && (
        <p id={problemId} className="day-field__problem">
          {problem}
        </p>
      )}
      {problem === null && note !== null && (
        <p id={noteId} className="day-field__note">
          {note}
        </p>
      )}
    </div>
  );
}
