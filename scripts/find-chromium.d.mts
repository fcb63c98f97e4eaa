export function findChromium(): string | null;
export function findTestBrowser(): string | null;
