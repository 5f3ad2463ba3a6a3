// One test process for every journey, in order: onboarding creates the group the others use.
import { readdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dir = resolve(dirname(fileURLToPath(import.meta.url)), 'journeys')
const rank = (name) => (name.startsWith('onboarding.') ? 0 : 1)
const journeys = readdirSync(dir)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y))
for (const name of journeys) {
  await import(pathToFileURL(resolve(dir, name)).href)
}
