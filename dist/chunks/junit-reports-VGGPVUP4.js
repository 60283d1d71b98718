import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-PT34SSVM.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
