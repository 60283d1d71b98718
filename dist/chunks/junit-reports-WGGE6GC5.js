import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-ZB6B354J.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-Z6L7YVCT.js";
import "./chunk-N5HHDKWZ.js";
import "./chunk-JASTG2BQ.js";
import "./chunk-BPOXXBUC.js";
import "./chunk-M5XEW74J.js";
import "./chunk-BTKOKSZG.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
