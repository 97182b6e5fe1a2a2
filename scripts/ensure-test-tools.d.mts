// Types of ensure-test-tools.mjs, for its test.
export declare const DEFAULT_CHROMIUM: string;
export declare const DEFAULT_PG_URL: string;
export declare const INSTALL_CHROMIUM: string;
export declare const SCRIPT: string;

export interface ChromiumFacts {
  executable: string;
  /** KCN_CHROMIUM named it. */
  overridden: boolean;
  /** What `--version` printed, or null when it is missing or does not run. */
  version: string | null;
  isRoot: boolean;
  hasAptGet: boolean;
  checkOnly: boolean;
}

export declare function chromiumPlan(facts: ChromiumFacts): {
  action: 'ok' | 'install' | 'fail';
  message: string;
};
export declare function chromiumVersion(executable: string): string | null;
export declare function postgresTarget(url: string): { host: string; port: number };
export declare function redactUrl(url: string): string;
export declare function tcpReachable(
  target: { host: string; port: number },
  timeoutMs?: number,
): Promise<boolean>;
export declare function postgresReachable(url: string): Promise<boolean>;
export declare function postgresProblem(url: string): string;
export declare function main(
  argv?: string[],
  env?: NodeJS.ProcessEnv,
  machine?: { defaultChromium?: string; isRoot?: boolean; hasAptGet?: boolean; installCommand?: string },
): Promise<number>;
