/** Types of test-postgres.mjs (a throwaway PostgreSQL server for tests and benchmarks). */
export function startTestPostgres(): Promise<{ url: string; bin: string; stop(): void } | undefined>;
