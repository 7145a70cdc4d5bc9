// @peculiar/x509 resolves its algorithms through tsyringe, which refuses to load unless the
// Reflect metadata API (the `reflect-metadata` package) exists. That package is not installed
// here, so this gives tsyringe the three calls it makes, and nothing more. Replace this module
// with `import 'reflect-metadata'` once the package is a dependency. It must be imported before
// @peculiar/x509.

type MetadataStore = Map<unknown, unknown>
const stores = new WeakMap<object, MetadataStore>()

function ownStore(target: object): MetadataStore {
  let store = stores.get(target)
  if (!store) {
    store = new Map()
    stores.set(target, store)
  }
  return store
}

const reflect = Reflect as typeof Reflect & {
  getMetadata?: (key: unknown, target: object) => unknown
  getOwnMetadata?: (key: unknown, target: object) => unknown
  defineMetadata?: (key: unknown, value: unknown, target: object) => void
}

if (!reflect.getMetadata) {
  reflect.getOwnMetadata = (key, target) => stores.get(target)?.get(key)
  reflect.defineMetadata = (key, value, target) => {
    ownStore(target).set(key, value)
  }
  // Inherited metadata, as reflect-metadata reads it: up the prototype chain.
  reflect.getMetadata = (key, target) => {
    for (let at: object | null = target; at; at = Object.getPrototypeOf(at) as object | null) {
      const store = stores.get(at)
      if (store?.has(key)) return store.get(key)
    }
    return undefined
  }
}
