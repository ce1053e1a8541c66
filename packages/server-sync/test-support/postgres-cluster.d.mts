/** A running throwaway PostgreSQL cluster. */
export interface PostgresCluster {
  url: string;
  port: number;
  stop(): Promise<void>;
}
/** Starts a throwaway cluster; `undefined` when it cannot start and is not required (outside CI). */
export function startPostgres(options?: { required?: boolean; durable?: boolean }): Promise<PostgresCluster | undefined>;
