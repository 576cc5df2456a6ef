import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../loadBundledDataset';
import { applyPatch, describeChange, patchAgainst } from './incidentPatch';
import { checkPatch } from './checkPatch';

const feature = loadBundledDataset().incidents[0].feature;

describe('incident patches', () => {
  it('lays the edited fields over the incident and leaves the excerpts as they are', () => {
    const edited = applyPatch(feature, { title: 'A new title', coordinates: [12.5, 32.8] });
    expect(edited.properties.title).toBe('A new title');
    expect(edited.geometry.coordinates).toEqual([12.5, 32.8]);
    expect(edited.properties.excerpts).toBe(feature.properties.excerpts);
    expect(feature.properties.title).not.toBe('A new title');
  });

  it('keeps only the fields that differ, and none when nothing does', () => {
    expect(patchAgainst(feature, { title: feature.properties.title })).toBeNull();
    expect(patchAgainst(feature, { title: 'X', category: feature.properties.category })).toEqual({ title: 'X' });
  });

  it('says what changed in words', () => {
    const edited = applyPatch(feature, { title: 'A new title' });
    expect(describeChange(feature, edited)).toEqual([`Title: “${feature.properties.title}” → “A new title”`]);
  });

  it('refuses an edit the schema refuses, naming the field', () => {
    expect(checkPatch(feature, { title: '   ' })).toMatchObject({ field: expect.stringMatching(/title/) });
    const when = { ...feature.properties.when, start: '2016-02-20', end: '2016-02-10' };
    expect(checkPatch(feature, { when })).toMatchObject({ reason: expect.stringMatching(/end is before start/) });
    expect(checkPatch(feature, { excerpts: [] } as never)).toEqual({ field: 'excerpts', reason: 'cannot be edited' });
    expect(checkPatch(feature, { title: 'Fine' })).toBeNull();
  });
});

describe('a stored patch on its own', () => {
  it('passes when each field it sets passes, and names the first that does not', async () => {
    const { checkPatchFields } = await import('./checkPatch');
    expect(checkPatchFields({ title: 'Fine', coordinates: [12, 32] })).toBeNull();
    expect(checkPatchFields({ category: 'picnic' })).toMatchObject({ field: 'category' });
    expect(checkPatchFields({ excerpts: [] })).toMatchObject({ reason: expect.stringMatching(/unknown fields/) });
  });
});
