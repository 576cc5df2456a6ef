/**
 * Which profile read the file (ACLED, UCDP GED, GDELT 2.0 or a spreadsheet), and whether it was
 * detected from the header; with a way to read the same file again as another profile.
 */
import { useState } from 'react';
import { appStore } from '../../store/appStore';
import type { ProfileUsed } from '../../data/import/profiles/profileTypes';
import { PROFILE_IDS, PROFILE_LABELS, type ProfileId } from '../../data/import/profiles/profileTypes';
import { readAgainAs } from '../../io/importFiles';

export function ProfileChoice({ used }: { used: ProfileUsed }) {
  const [choice, setChoice] = useState<ProfileId>(used.id === 'plain' ? 'acled' : 'plain');
  return (
    <div className="import-profile" data-testid="import-profile">
      <p className="hint">
        Read as <strong>{used.label}</strong>
        {used.detected ? ', detected from its header.' : ', as you chose.'}
      </p>
      <label className="inline-field">
        Read it again as{' '}
        <select value={choice} onChange={(e) => setChoice(e.currentTarget.value as ProfileId)}>
          {PROFILE_IDS.filter((id) => id !== used.id).map((id) => (
            <option key={id} value={id}>
              {PROFILE_LABELS[id]}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="secondary-button" onClick={() => void readAgainAs(choice, appStore)}>
        Read again
      </button>
    </div>
  );
}
