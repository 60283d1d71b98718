// Entry of the merge sub-action (merge/action.yml runs dist/merge.js).
import { runMerge } from './main.js'

await runMerge()
