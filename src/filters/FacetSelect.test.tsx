import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FacetSelect, type FacetOption, type FacetSelectProps } from './FacetSelect';

const ACTORS: FacetOption[] = [
  { id: 'protesters', label: 'Protesters', count: 4 },
  { id: 'security-forces', label: 'Security forces', count: 1 },
  { id: 'csto', label: 'CSTO', count: 0 },
];

const PLACES: FacetOption[] = [
  'Almaty',
  'Aktau',
  'Nur-Sultan',
  'Zhanaozen',
  'Taldykorgan',
  'Shymkent',
  'Kyzylorda',
  'Taraz',
  'Café Central',
  'Réunion Hall',
].map((label, i) => ({ id: `place-${i}`, label, count: i + 1 }));

function renderFacet(props: Partial<FacetSelectProps> = {}) {
  const onChange = vi.fn<(selected: string[]) => void>();
  const view = render(
    <FacetSelect label="Actors" options={ACTORS} selected={[]} onChange={onChange} {...props} />,
  );
  return { onChange, ...view };
}

/** The facet with its selection kept in state, as the page keeps it in the URL. */
function ControlledFacet({ options }: { options: FacetOption[] }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <FacetSelect label="Actors" options={options} selected={selected} onChange={setSelected} />
  );
}

const facetButton = () => screen.getByRole('button', { name: /^Actors/ });
const optionNamed = (label: string) =>
  screen.getByRole('checkbox', { name: new RegExp(`^${label}`) });

describe('FacetSelect', () => {
  it('is a closed button named by its label', () => {
    renderFacet();
    expect(facetButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('opens and closes its list of options from the button', async () => {
    const user = userEvent.setup();
    renderFacet();
    await user.click(facetButton());
    expect(facetButton()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    await user.click(facetButton());
    expect(facetButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('controls the panel it opens', async () => {
    const user = userEvent.setup();
    renderFacet();
    await user.click(facetButton());
    const panelId = facetButton().getAttribute('aria-controls');
    expect(panelId).toBeTruthy();
    const panel = document.getElementById(panelId ?? '');
    expect(panel).not.toBeNull();
    expect(panel?.contains(optionNamed('Protesters'))).toBe(true);
  });

  it('shows each option with its event count', async () => {
    const user = userEvent.setup();
    renderFacet();
    await user.click(facetButton());
    const group = screen.getByRole('group', { name: 'Actors' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Protesters 4 events', 'Security forces 1 event', 'CSTO 0 events']);
    expect(optionNamed('Protesters')).toHaveAccessibleName(/^Protesters\s*4\s*events$/);
    expect(optionNamed('Security forces')).toHaveAccessibleName(/^Security forces\s*1\s*event$/);
  });

  it('checks the options that are selected, and counts them on the button', async () => {
    const user = userEvent.setup();
    renderFacet({ selected: ['protesters', 'csto'] });
    expect(facetButton()).toHaveTextContent('2');
    await user.click(facetButton());
    expect(optionNamed('Protesters')).toBeChecked();
    expect(optionNamed('Security forces')).not.toBeChecked();
    expect(optionNamed('CSTO')).toBeChecked();
  });

  it('shows no count on the button when nothing is selected', () => {
    renderFacet();
    expect(facetButton()).not.toHaveTextContent(/\d/);
  });

  it('adds a checked option to the selection', async () => {
    const user = userEvent.setup();
    const { onChange } = renderFacet({ selected: ['protesters'] });
    await user.click(facetButton());
    await user.click(optionNamed('CSTO'));
    expect(onChange).toHaveBeenCalledWith(['protesters', 'csto']);
  });

  it('removes an unchecked option from the selection', async () => {
    const user = userEvent.setup();
    const { onChange } = renderFacet({ selected: ['protesters', 'csto'] });
    await user.click(facetButton());
    await user.click(optionNamed('Protesters'));
    expect(onChange).toHaveBeenCalledWith(['csto']);
  });

  it('checks and unchecks with the keyboard, staying open', async () => {
    const user = userEvent.setup();
    render(<ControlledFacet options={ACTORS} />);
    await user.click(facetButton());
    await user.tab();
    expect(optionNamed('Protesters')).toHaveFocus();
    await user.keyboard(' ');
    expect(optionNamed('Protesters')).toBeChecked();
    await user.keyboard(' ');
    expect(optionNamed('Protesters')).not.toBeChecked();
    expect(facetButton()).toHaveAttribute('aria-expanded', 'true');
  });

  it('closes on Escape and returns focus to the button', async () => {
    const user = userEvent.setup();
    renderFacet();
    await user.click(facetButton());
    await user.tab();
    expect(optionNamed('Protesters')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(facetButton()).toHaveAttribute('aria-expanded', 'false');
    expect(facetButton()).toHaveFocus();
  });

  it('keeps the Escape that closes it from reaching the rest of the page', async () => {
    const user = userEvent.setup();
    const onWindowKeyDown = vi.fn();
    window.addEventListener('keydown', onWindowKeyDown);
    try {
      renderFacet();
      await user.click(facetButton());
      await user.keyboard('{Escape}');
      expect(onWindowKeyDown).not.toHaveBeenCalled();
      // Closed, it lets Escape through for others (the detail panel) to use.
      await user.keyboard('{Escape}');
      expect(onWindowKeyDown).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener('keydown', onWindowKeyDown);
    }
  });

  it('closes on a click outside', async () => {
    const user = userEvent.setup();
    render(
      <>
        <p>Elsewhere on the page</p>
        <FacetSelect label="Actors" options={ACTORS} selected={[]} onChange={() => undefined} />
      </>,
    );
    await user.click(facetButton());
    await user.click(optionNamed('Protesters'));
    expect(facetButton()).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('Elsewhere on the page'));
    expect(facetButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers no find box for a short list', async () => {
    const user = userEvent.setup();
    renderFacet();
    await user.click(facetButton());
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('narrows a long list with the find box, ignoring case and accents', async () => {
    const user = userEvent.setup();
    renderFacet({ label: 'Places', options: PLACES });
    await user.click(screen.getByRole('button', { name: /^Places/ }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(10);
    const find = screen.getByRole('searchbox', { name: 'Find places' });
    await user.type(find, 'REUNION');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: /^Réunion Hall/ })).toBeInTheDocument();
    await user.clear(find);
    await user.type(find, 'cafe');
    expect(screen.getByRole('checkbox', { name: /^Café Central/ })).toBeInTheDocument();
    await user.clear(find);
    await user.type(find, 'a');
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(1);
  });

  it('says so when the find box matches nothing', async () => {
    const user = userEvent.setup();
    renderFacet({ label: 'Places', options: PLACES });
    await user.click(screen.getByRole('button', { name: /^Places/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Find places' }), 'Oslo');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByText('No match')).toBeInTheDocument();
  });

  it('keeps a selection made from a narrowed list', async () => {
    const user = userEvent.setup();
    const { onChange } = renderFacet({ label: 'Places', options: PLACES, selected: ['place-0'] });
    await user.click(screen.getByRole('button', { name: /^Places/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Find places' }), 'zhana');
    await user.click(screen.getByRole('checkbox', { name: /^Zhanaozen/ }));
    expect(onChange).toHaveBeenCalledWith(['place-0', 'place-3']);
  });
});
