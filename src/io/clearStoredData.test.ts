import { describe, expect, it } from 'vitest';
import { clearStoredData } from './clearStoredData';

class MemoryStorage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  keys() {
    return [...this.map.keys()];
  }
}

function fakeIdb(outcome: 'success' | 'blocked-then-success' | 'error') {
  const deleted: string[] = [];
  const idb = {
    deleteDatabase(name: string) {
      deleted.push(name);
      const request = { error: new Error('UnknownError') } as unknown as IDBOpenDBRequest;
      setTimeout(() => {
        if (outcome === 'error') return request.onerror?.call(request, new Event('error'));
        if (outcome === 'blocked-then-success') request.onblocked?.call(request, new Event('blocked') as never);
        setTimeout(() => request.onsuccess?.call(request, new Event('success')));
      });
      return request;
    },
  } as unknown as IDBFactory;
  return { idb, deleted };
}

describe('clearing stored data', () => {
  it('deletes the incident-atlas database and only this app’s localStorage keys', async () => {
    const storage = new MemoryStorage();
    storage.setItem('incident-atlas.theme', 'dark');
    storage.setItem('incident-atlas.future-setting', '1');
    storage.setItem('another-app', 'keep me');
    const { idb, deleted } = fakeIdb('success');
    await clearStoredData({ idb, storage: storage as unknown as Storage });
    expect(deleted).toEqual(['incident-atlas']);
    expect(storage.keys()).toEqual(['another-app']);
  });

  it('says when another tab holds the database open, and finishes once it closes', async () => {
    const { idb } = fakeIdb('blocked-then-success');
    let blocked = 0;
    await clearStoredData({ idb, storage: undefined, onBlocked: () => blocked++ });
    expect(blocked).toBe(1);
  });

  it('rejects when the browser refuses, so the user is told', async () => {
    const { idb } = fakeIdb('error');
    await expect(clearStoredData({ idb, storage: undefined })).rejects.toThrow('UnknownError');
  });

  it('treats storage that is switched off as clear', async () => {
    await expect(clearStoredData({ idb: undefined, storage: undefined })).resolves.toBeUndefined();
  });
});
