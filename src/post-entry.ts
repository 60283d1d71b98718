// Entry of the post step (action.yml `post: dist/post.js`): src/post.ts only exports the work.
import { post } from './services/post.js'

await post()
