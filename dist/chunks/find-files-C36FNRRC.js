import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  anchorPattern,
  findFiles
} from "./chunk-NI25TCM2.js";
import "./chunk-UH6INFL2.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-NTGHJLXQ.js";
import "./chunk-26LI6IR6.js";
export {
  anchorPattern,
  findFiles
};
