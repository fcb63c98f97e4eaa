import { useEffect } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useDocumentsStore } from '../state/documents-store';
import { seedDocumentQuery, seedManifestQuery } from './seed-queries';

export type SeedLoadState =
  | { status: 'idle' }
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'error'; message: string; retry: () => void };

/**
 * Puts the seed articles in the library on first start (and again after "Restore seed
 * documents" if any were lost). Waits for the saved library so it never adds twice; once the
 * store records the seeds as installed, nothing is fetched.
 */
export function useSeedLoader(): SeedLoadState {
  const needed = useDocumentsStore((state) => state.hydrated && !state.seedsInstalled);
  const installSeeds = useDocumentsStore((state) => state.installSeeds);
  const manifest = useQuery({ ...seedManifestQuery(), enabled: needed });
  const entries = manifest.data?.documents ?? [];
  const texts = useQueries({ queries: entries.map((entry) => ({ ...seedDocumentQuery(entry), enabled: needed })) });

  const documents = texts.every((query) => query.isSuccess) && entries.length > 0 ? texts.map((query) => query.data!) : null;
  useEffect(() => {
    if (needed && documents) installSeeds(documents);
  }, [needed, documents, installSeeds]);

  if (!needed) return { status: 'idle' };
  const failed = manifest.isError ? manifest : texts.find((query) => query.isError);
  if (failed?.error) {
    return {
      status: 'error',
      message: failed.error.message,
      retry: () => {
        if (manifest.isError) void manifest.refetch();
        for (const query of texts) if (query.isError) void query.refetch();
      },
    };
  }
  return { status: 'loading', loaded: texts.filter((query) => query.isSuccess).length, total: manifest.data ? entries.length : null };
}
