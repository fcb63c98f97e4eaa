import { afterEach, describe, expect, it, vi } from 'vitest';

const failures = vi.hoisted(() => ({ write: null as Error | null, read: null as Error | null }));
vi.mock('idb-keyval', () => {
  const data = new Map<string, string>();
  return {
    get: async (key: string) => {
      if (failures.read) throw failures.read;
      return data.get(key);
    },
    set: async (key: string, value: string) => {
      if (failures.write) throw failures.write;
      data.set(key, value);
    },
    del: async (key: string) => void data.delete(key),
  };
});

const { createIdbStorage } = await import('./idb-storage');
const { useStorageHealth } = await import('./storage-health');

afterEach(() => {
  failures.write = null;
  failures.read = null;
  useStorageHealth.setState({ problems: {} });
});

describe('createIdbStorage', () => {
  it('reports a failed write as a visible problem without throwing, and clears it after a good write', async () => {
    const storage = createIdbStorage();
    failures.write = new DOMException('Quota exceeded', 'QuotaExceededError');
    await expect(storage.setItem('crosscheck-documents', '{}')).resolves.toBeUndefined();
    const problem = useStorageHealth.getState().problems['crosscheck-documents'];
    expect(problem?.operation).toBe('write');
    expect(problem?.message).toContain('Could not save "crosscheck-documents"');
    expect(problem?.message).toContain('storage is full');
    failures.write = null;
    await storage.setItem('crosscheck-documents', '{}');
    expect(useStorageHealth.getState().problems).toEqual({});
  });

  it('reports a failed read and rethrows it so hydration knows', async () => {
    const storage = createIdbStorage();
    failures.read = new Error('The database connection is closing');
    await expect(storage.getItem('crosscheck-documents')).rejects.toThrow('closing');
    expect(useStorageHealth.getState().problems['crosscheck-documents']?.message).toContain('Could not read');
  });

  it('reads back what it wrote', async () => {
    const storage = createIdbStorage();
    await storage.setItem('k', 'value');
    expect(await storage.getItem('k')).toBe('value');
    expect(await storage.getItem('missing')).toBeNull();
  });
});
