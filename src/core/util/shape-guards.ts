// Guards for values read back from storage or another thread, where no type can be trusted.
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
export const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
