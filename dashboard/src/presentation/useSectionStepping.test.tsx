import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt, stubApi } from '../test-support/api-stub';
import { PresentationMode } from './PresentationMode';
import { PresentationSteps } from './PresentationSteps';

/** A page of four sections (one of them hidden, as the history is in presentation mode) and a field. */
function Page() {
  return (
    <PresentationMode>
      <h1>Indonesia</h1>
      <label>
        Search <input type="search" />
      </label>
      <label>
        Year{' '}
        <select defaultValue="2020">
          <option>2020</option>
          <option>2021</option>
        </select>
      </label>
      <button type="button">Download</button>
      <section aria-labelledby="laws">
        <h2 id="laws">Laws</h2>
        <section aria-labelledby="law-1">
          <h3 id="law-1">A law</h3>
        </section>
      </section>
      <section aria-labelledby="statistics">
        <h2 id="statistics">Statistics</h2>
      </section>
      <section aria-labelledby="history" style={{ display: 'none' }}>
        <h2 id="history">History</h2>
      </section>
      <section aria-labelledby="programmes">
        <h2 id="programmes">Programmes</h2>
      </section>
      <PresentationSteps />
    </PresentationMode>
  );
}

const current = () =>
  [...document.querySelectorAll('section[aria-current="step"]')].map(
    (section) => section.querySelector('h2')?.textContent,
  );
const indicator = () => screen.getByRole('status').textContent;

describe('stepping through a page’s sections in presentation mode', () => {
  it('moves with the arrows, Page Up/Down, Space, Home and End, one section marked current', async () => {
    renderAt('/countries/ID?present=1', <Page />, stubApi({}));
    expect(current()).toEqual(['Laws']);
    expect(indicator()).toBe('Section 1 of 3');

    await userEvent.keyboard('{ArrowRight}');
    expect(current()).toEqual(['Statistics']);
    expect(indicator()).toBe('Section 2 of 3');
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Statistics' }));

    await userEvent.keyboard('{ArrowRight}');
    expect(current()).toEqual(['Programmes']);
    await userEvent.keyboard('{ArrowRight}');
    expect(current()).toEqual(['Programmes']);

    await userEvent.keyboard('{ArrowLeft}');
    expect(current()).toEqual(['Statistics']);
    await userEvent.keyboard('{PageUp}');
    expect(current()).toEqual(['Laws']);
    await userEvent.keyboard('{PageDown}');
    expect(current()).toEqual(['Statistics']);
    await userEvent.keyboard('{Home}');
    expect(current()).toEqual(['Laws']);
    await userEvent.keyboard('{End}');
    expect(indicator()).toBe('Section 3 of 3');
    await userEvent.keyboard('{Home}[Space]');
    expect(current()).toEqual(['Statistics']);
  });

  it('leaves the keys typed into a field or a select, and Space on a button, to them', async () => {
    renderAt('/countries/ID?present=1', <Page />, stubApi({}));
    const search = screen.getByRole('searchbox', { name: 'Search' });

    await userEvent.type(search, 'a b{ArrowLeft}{ArrowRight}{Home}{End}{PageDown}');
    expect((search as HTMLInputElement).value).toBe('a b');
    expect(current()).toEqual(['Laws']);

    screen.getByRole('combobox', { name: 'Year' }).focus();
    await userEvent.keyboard('{ArrowRight}{End}');
    expect(current()).toEqual(['Laws']);

    screen.getByRole('button', { name: 'Download' }).focus();
    await userEvent.keyboard('[Space]');
    expect(current()).toEqual(['Laws']);
    await userEvent.keyboard('{ArrowRight}');
    expect(current()).toEqual(['Statistics']);
  });

  it('does nothing outside presentation mode', async () => {
    renderAt('/countries/ID', <Page />, stubApi({}));
    await userEvent.keyboard('{ArrowRight}');
    expect(current()).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
