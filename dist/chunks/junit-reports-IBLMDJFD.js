import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  readJUnitReports
} from "./chunk-KS66ME4S.js";
import "./chunk-W4MGETUC.js";
import "./chunk-5VJCH5LX.js";
import "./chunk-AGO5OT2F.js";
import "./chunk-VN3MWNCH.js";
import "./chunk-2PALEIFP.js";
import "./chunk-F3MFPJ6O.js";
import "./chunk-EPN6GOLO.js";
import "./chunk-M5XEW74J.js";
import "./chunk-L3IBHKIT.js";
import "./chunk-26LI6IR6.js";
export {
  readJUnitReports
};
