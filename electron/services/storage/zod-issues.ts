import type { z } from 'zod';
import { formatJsonPath } from '../../core/validation/json-position';

const MAX_SHOWN = 5;

/** `meetings[0].agenda[2].minutes` from a zod path, under `root`. */
export const jsonPath = (path: readonly PropertyKey[], root = ''): string => {
  const rest = formatJsonPath(path);
  return (root && rest && !rest.startsWith('[') ? `${root}.${rest}` : root + rest) || '(root)';
};

/** Zod issues as one line each, "path: message", the first few of them. */
export const formatIssues = (error: z.ZodError, root = ''): string => {
  const lines = error.issues.slice(0, MAX_SHOWN).map((i) => `${jsonPath(i.path, root)}: ${i.message}`);
  const more = error.issues.length - MAX_SHOWN;
  return lines.join('; ') + (more > 0 ? `; … (+${more})` : '');
};
