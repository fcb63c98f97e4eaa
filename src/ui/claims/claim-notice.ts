import { create } from 'zustand';

/** The claims panel's inline message: the outcome of the last claim action, shown beside its buttons. */
export interface ClaimNotice {
  text: string;
  tone: 'info' | 'error';
}

export const useClaimNotice = create<{ notice: ClaimNotice | null }>()(() => ({ notice: null }));
