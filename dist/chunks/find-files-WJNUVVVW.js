import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  anchorPattern,
  findFiles
} from "./chunk-KBCQVEFU.js";
import "./chunk-WPDYZKQL.js";
import "./chunk-7MGV765W.js";
import "./chunk-26LI6IR6.js";
export {
  anchorPattern,
  findFiles
};
