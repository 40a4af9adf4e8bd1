/** Every limit a request meets, each set by an environment variable (documented in README.md). */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxDocumentBytes: number;
  maxCost: number;
  maxBodyBytes: number;
  maxListLength: number;
  timeoutMs: number;
  rateLimitPoints: number;
  rateLimitWindowSeconds: number;
}

/** The defaults; README.md says why each was chosen. */
export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3000,
  maxDocumentBytes: 20_000,
  maxCost: 50_000,
  maxBodyBytes: 100_000,
  maxListLength: 500,
  timeoutMs: 10_000,
  rateLimitPoints: 3000,
  rateLimitWindowSeconds: 60,
};

/** The environment variable of each limit (a test checks README.md documents them all). */
export const LIMIT_VARIABLES: Readonly<Record<keyof RequestLimits, string>> = {
  maxDepth: 'ATLAS_MAX_DEPTH',
  maxAliases: 'ATLAS_MAX_ALIASES',
  maxDirectives: 'ATLAS_MAX_DIRECTIVES',
  maxTokens: 'ATLAS_MAX_TOKENS',
  maxDocumentBytes: 'ATLAS_MAX_DOCUMENT_BYTES',
  maxCost: 'ATLAS_MAX_COST',
  maxBodyBytes: 'ATLAS_MAX_BODY_BYTES',
  maxListLength: 'ATLAS_MAX_LIST_LENGTH',
  timeoutMs: 'ATLAS_REQUEST_TIMEOUT_MS',
  rateLimitPoints: 'ATLAS_RATE_LIMIT',
  rateLimitWindowSeconds: 'ATLAS_RATE_LIMIT_WINDOW_SECONDS',
};

/** The limits from the environment; a value that is not a positive integer stops the start with its name. */
export function loadLimits(env: NodeJS.ProcessEnv): RequestLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES) as [keyof RequestLimits, string][]) {
    const raw = env[variable]?.trim();
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new Error(`${variable} must be a positive whole number, got "${raw}"`);
    }
    limits[key] = value;
  }
  return limits;
}
