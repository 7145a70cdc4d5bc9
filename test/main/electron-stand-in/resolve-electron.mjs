// A module resolve hook (node:module `register`): 'electron' is the stand-in, in the child
// process that runs the built main bundle, and nowhere else.

let standIn

export function initialize(data) {
  standIn = data.standIn
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) {
    return { url: standIn, shortCircuit: true }
  }
  return nextResolve(specifier, context)
}
