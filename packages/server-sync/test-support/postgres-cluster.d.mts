/** A running throwaway PostgreSQL cluster. */
export interface PostgresCluster {
  url: string;
  port: number;
  stop(): Promise<void>;
}
/** Starts a throwaway cluster; `undefined` when it cannot start and is not required (outside CI). */
export function startPostgres(options?: { required?: boolean; durable?: boolean }): Promise<PostgresCluster | undefined>;
/** Starts a streaming read replica of `primary` (pg_basebackup -R), resolved once it streams; `undefined` as startPostgres. */
export function startPostgresReplica(primary: { url: string }, options?: { required?: boolean; durable?: boolean }): Promise<PostgresCluster | undefined>;
