import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-XJEO2IWF.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
