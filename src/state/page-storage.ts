/** localStorage, or null where there is none or the browser refuses it (reading it can throw). */
export function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
