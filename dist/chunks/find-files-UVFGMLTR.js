import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  anchorPattern,
  findFiles
} from "./chunk-2RHWRG66.js";
import "./chunk-AS7TLFNU.js";
import "./chunk-EZFSBFXN.js";
import "./chunk-26LI6IR6.js";
export {
  anchorPattern,
  findFiles
};
