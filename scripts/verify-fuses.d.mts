// Types of verify-fuses.mjs for the TypeScript that imports it (its test).

/** An electronFuses name of electron-builder.yml as @electron/fuses' option; throws when unknown. */
export function fuseOptionOf(name: string): number
/** The fuses electron-builder.yml asks for: [camelCase name, on] pairs. */
export function expectedFuses(): Promise<Array<[string, boolean]>>
/** electron-builder's afterSign hook. */
export default function verifyFuses(context: unknown): Promise<void>
