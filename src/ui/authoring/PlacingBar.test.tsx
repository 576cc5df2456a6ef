import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../../store/appStore';
import { loadBundledIntoStore } from '../../test/appStoreFixture';
import type { AuthoredDraft } from '../../data/authoring/editDraft';
import { PlacingBar } from './PlacingBar';

const draft = { id: 'quote-1', title: 'A quoted event' } as unknown as AuthoredDraft;

describe('typing the coordinates of a point', () => {
  beforeEach(() => {
    loadBundledIntoStore();
    act(() => appStore.getState().startPlacingPin('quote-1', null));
  });

  it('keeps what is typed while there is no pin yet, and sets the pin once both are numbers', async () => {
    const user = userEvent.setup();
    render(<PlacingBar draft={draft} onPlaced={() => null} />);
    await user.type(screen.getByLabelText('Latitude'), '32.79');
    expect((screen.getByLabelText('Latitude') as HTMLInputElement).value).toBe('32.79');
    expect(appStore.getState().placingPin?.lngLat).toBeNull();
    await user.type(screen.getByLabelText('Longitude'), '12.47');
    expect(appStore.getState().placingPin?.lngLat).toEqual([12.47, 32.79]);
    await user.clear(screen.getByLabelText('Latitude'));
    expect(appStore.getState().placingPin?.lngLat).toEqual([12.47, 32.79]); // an empty field is not 0
  });

  it('shows where a map click put the pin', () => {
    render(<PlacingBar draft={draft} onPlaced={() => null} />);
    act(() => appStore.getState().movePin([13.1, 32.9]));
    expect((screen.getByLabelText('Longitude') as HTMLInputElement).value).toBe('13.1');
  });
});
