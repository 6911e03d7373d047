import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { DayField } from './DayField';

/** The field as the filter uses it: its day lives outside (in the URL) and comes back in. */
function Field({
  initial,
  onChange,
}: {
  initial: string | null;
  onChange: (d: string | null) => void;
}) {
  const [day, setDay] = useState(initial);
  return (
    <DayField
      label="From"
      value={day}
      onChange={(next) => {
        setDay(next);
        onChange(next);
      }}
    />
  );
}

function renderField(initial: string | null = null) {
  const onChange = vi.fn<(day: string | null) => void>();
  const view = render(<Field initial={initial} onChange={onChange} />);
  return { onChange, user: userEvent.setup(), ...view };
}

describe('DayField', () => {
  afterEach(async () => {
    await loadLanguage('en');
  });

  it('takes an ISO day in English, applied once it is whole', async () => {
    const { onChange, user } = renderField();
    const input = screen.getByLabelText('From');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('placeholder', 'yyyy-mm-dd');
    await user.type(input, '2022-01-05');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('2022-01-05');
    expect(input).toHaveValue('2022-01-05');
  });

  it('shows the day of the URL in the Norwegian order, and takes a day typed in it', async () => {
    await loadLanguage('nb');
    const { onChange, user } = renderField('2022-01-04');
    const input = screen.getByLabelText('From');
    expect(input).toHaveValue('04.01.2022');
    expect(input).toHaveAttribute('placeholder', 'dd.mm.åååå');
    expect(input).toHaveAccessibleDescription('Skriv datoen som dd.mm.åååå');
    await user.clear(input);
    expect(onChange).toHaveBeenLastCalledWith(null);
    await user.type(input, '6.1.2022');
    expect(onChange).toHaveBeenLastCalledWith('2022-01-06');
    await user.clear(input);
    await user.type(input, '2022-01-07');
    expect(onChange).toHaveBeenLastCalledWith('2022-01-07');
  });

  it('says so when the text is not a date, or not a day, once the field is left', async () => {
    const { onChange, user } = renderField();
    const input = screen.getByLabelText('From');
    await user.type(input, '05/01/2022');
    expect(screen.queryByText(/Not a date/)).not.toBeInTheDocument();
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      /Not a date this field can read: write it as yyyy-mm-dd/,
    );
    await user.clear(input);
    await user.type(input, '2022-02-30{Enter}');
    expect(screen.getByText('There is no such day in the calendar.')).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalledWith(expect.stringMatching(/^2022-02/));
    await user.clear(input);
    await user.type(input, '2022-02-28');
    expect(onChange).toHaveBeenLastCalledWith('2022-02-28');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText('There is no such day in the calendar.')).not.toBeInTheDocument();
  });

  it('says so in Norwegian', async () => {
    await loadLanguage('nb');
    const { user } = renderField();
    const input = screen.getByLabelText('From');
    await user.type(input, '31.02.2022{Enter}');
    expect(screen.getByText('Den dagen finnes ikke i kalenderen.')).toBeInTheDocument();
  });

  it('follows the URL when the day changes from elsewhere', () => {
    const onChange = vi.fn<(day: string | null) => void>();
    const { rerender } = render(<DayField label="From" value="2022-01-05" onChange={onChange} />);
    rerender(<DayField label="From" value={null} onChange={onChange} />);
    expect(screen.getByLabelText('From')).toHaveValue('');
    rerender(<DayField label="From" value="2022-01-09" onChange={onChange} />);
    expect(screen.getByLabelText('From')).toHaveValue('2022-01-09');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows a note about a real day under the field, describing it, not marking it invalid', () => {
    const onChange = vi.fn<(day: string | null) => void>();
    const note = 'Nothing happens from this day on.';
    const { rerender } = render(
      <DayField label="From" value="2022-02-01" onChange={onChange} note={note} />,
    );
    const input = screen.getByLabelText('From');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).toHaveAccessibleDescription(`Write the day as yyyy-mm-dd ${note}`);
    rerender(<DayField label="From" value="2022-01-05" onChange={onChange} note={null} />);
    expect(screen.queryByText(note)).not.toBeInTheDocument();
    expect(input).toHaveAccessibleDescription('Write the day as yyyy-mm-dd');
  });
});
