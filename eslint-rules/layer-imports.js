// An ESLint rule that holds every folder of `src` to the README's layer table: each layer names
// the platforms and the other layers it knows, and any import reaching further is an error.
// Relative imports are resolved to the folder they land in, so `../main` and `../../src/main/x`
// are caught alike; packages are sorted into platforms (Node, Electron, React, Playwright), and
// any other package is a plain library that every layer may use unless its entry says otherwise.

import { isBuiltin } from 'node:module'
import { dirname, extname, relative, resolve, sep } from 'node:path'

/** The platforms a layer may know, and how to recognise their packages. */
const PLATFORMS = {
  node: (name) => isBuiltin(name),
  electron: (name) => name === 'electron' || name.startsWith('electron/'),
  react: (name) => /^(react|react-dom)(\/|$)|^@tanstack\/react-/.test(name),
  playwright: (name) => /^(playwright|playwright-core)(\/|$)|^@playwright\//.test(name),
}

const posix = (path) => path.split(sep).join('/')

/** `src/core/capture/x.ts` → `src/core`; null outside `src`. */
function layerOf(projectPath) {
  const [top, folder] = projectPath.split('/')
  return top === 'src' && folder ? `src/${folder}` : null
}

function importedName(node) {
  if (node.type === 'TSImportType') return node.argument?.literal?.value
  return node.source?.type === 'Literal' ? node.source.value : undefined
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'every layer of src imports only what the layer table lets it know' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: {
                knows: { type: 'array', items: { type: 'string' } },
                never: { type: 'array', items: { type: 'string' } },
              },
              required: ['knows'],
              additionalProperties: false,
            },
          },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      refused: '{{layer}} knows {{knows}}: it may not import {{what}} ("{{source}}")',
      outside: '{{layer}} may import only from src and packages, not "{{source}}"',
      unlisted: '{{layer}} has no entry in the layer table (eslint.config.js): add what it knows',
    },
  },
  create(context) {
    const { root, layers } = context.options[0]
    const projectPath = (path) => posix(relative(root, path))
    const file = projectPath(context.filename)
    const layer = layerOf(file)
    if (!layer) return {}
    const rules = layers[layer]
    if (!rules) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unlisted', data: { layer } })
        },
      }
    }
    const knows = new Set([layer, ...rules.knows])
    const never = rules.never ?? []
    const knowsText = rules.knows.join(', ') || 'nothing but itself'

    function check(node) {
      const source = importedName(node)
      if (typeof source !== 'string') return
      const refuse = (what) =>
        context.report({
          node,
          messageId: 'refused',
          data: { layer, knows: knowsText, what, source },
        })

      if (source.startsWith('.')) {
        const target = projectPath(resolve(dirname(context.filename), source))
        const targetLayer = layerOf(target)
        if (!targetLayer) {
          context.report({ node, messageId: 'outside', data: { layer, source } })
          return
        }
        const module = target.slice(0, target.length - extname(target).length)
        if (!knows.has(targetLayer)) refuse(targetLayer)
        else if (never.includes(module) || never.includes(target)) refuse(module)
        return
      }
      const platform = Object.keys(PLATFORMS).find((name) => PLATFORMS[name](source))
      if (platform && !knows.has(platform)) refuse(platform)
      else if (never.some((name) => source === name || source.startsWith(`${name}/`)))
        refuse(source)
    }

    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
      TSImportType: check,
    }
  },
}
