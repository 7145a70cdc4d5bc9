/** Builds out/browser-host (cli.mjs and ui-preload.js); resolves to the folder. */
export function buildBrowserHost(outDir?: string): Promise<string>
