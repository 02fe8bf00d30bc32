import { createRequire as __depdiffCreateRequire } from 'node:module';
import { fileURLToPath as __depdiffFileURLToPath } from 'node:url';
import { dirname as __depdiffDirname } from 'node:path';
const require = __depdiffCreateRequire(import.meta.url);
const __filename = __depdiffFileURLToPath(import.meta.url);
const __dirname = __depdiffDirname(__filename);

// src/checks/code/worker.ts
import { parentPort } from "node:worker_threads";

// src/model/errors.ts
var PackageError = class extends Error {
  code;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "PackageError";
    this.code = code;
  }
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i2 = 0; i2 < array.length; i2++) {
      if (array[i2]) {
        ret.push(array[i2]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i2) {
            const oldValue = oldTokens[oldPos + i2];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i2 = 0; i2 < linesAndNewlines.length; i2++) {
    const line = linesAndNewlines[i2];
    if (i2 % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s3) {
  for (let i2 = 0; i2 < s3.length; i2++) {
    if (s3[i2] < " " || s3[i2] > "~" || s3[i2] === '"' || s3[i2] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s3) {
  if (!needsQuoting(s3)) {
    return s3;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s3);
  let i2 = 0;
  while (i2 < bytes.length) {
    const b2 = bytes[i2];
    if (b2 === 7) {
      result += "\\a";
    } else if (b2 === 8) {
      result += "\\b";
    } else if (b2 === 9) {
      result += "\\t";
    } else if (b2 === 10) {
      result += "\\n";
    } else if (b2 === 11) {
      result += "\\v";
    } else if (b2 === 12) {
      result += "\\f";
    } else if (b2 === 13) {
      result += "\\r";
    } else if (b2 === 34) {
      result += '\\"';
    } else if (b2 === 92) {
      result += "\\\\";
    } else if (b2 >= 32 && b2 <= 126) {
      result += String.fromCharCode(b2);
    } else {
      result += "\\" + b2.toString(8).padStart(3, "0");
    }
    i2++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i2 = 0; i2 < diff.length; i2++) {
      const current2 = diff[i2], lines = current2.lines || splitLines(current2.value);
      current2.lines = lines;
      if (current2.added || current2.removed) {
        if (!oldRangeStart) {
          const prev = diff[i2 - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current2.added ? "+" : "-") + line);
        }
        if (current2.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i2 < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i2 = 0; i2 < hunk.lines.length; i2++) {
        if (hunk.lines[i2].endsWith("\n")) {
          hunk.lines[i2] = hunk.lines[i2].slice(0, -1);
        } else {
          hunk.lines.splice(i2 + 1, 0, "\\ No newline at end of file");
          i2++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e2, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p2) => p2.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p2) => formatPatch(p2, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e2 = patch.oldFileName) !== null && _e2 !== void 0 ? _e2 : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i2 = 0; i2 < patch.hunks.length; i2++) {
    const hunk = patch.hunks[i2];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/checks/code/package-json-diff.ts
var WATCHED_FIELDS = ["scripts", "dependencies", "optionalDependencies", "peerDependencies", "bin"];
var MAX_INPUT_CHARS = 512 * 1024;
var MAX_DIFF_LINES = 200;
var DIFF_TIMEOUT_MS = 2e3;
function packageJsonDiff(oldText, newText) {
  try {
    return diffTexts(oldText, newText);
  } catch {
    return void 0;
  }
}
function diffTexts(oldText, newText) {
  if (oldText === null && newText === null) return void 0;
  const before = oldText === null ? {} : parseObject(oldText);
  const after = newText === null ? {} : parseObject(newText);
  if (before === void 0 || after === void 0) return void 0;
  if (WATCHED_FIELDS.every((field) => canonical(before[field]) === canonical(after[field]))) return void 0;
  const oldPretty = oldText === null ? "" : `${JSON.stringify(before, null, 2)}
`;
  const newPretty = newText === null ? "" : `${JSON.stringify(after, null, 2)}
`;
  const patch = createTwoFilesPatch("a/package.json", "b/package.json", oldPretty, newPretty, void 0, void 0, {
    context: 3,
    timeout: DIFF_TIMEOUT_MS
  });
  if (patch === void 0) return void 0;
  const lines = patch.replace(/\n$/, "").split("\n");
  const start = lines.findIndex((line) => line.startsWith("--- "));
  const body = lines.slice(Math.max(0, start));
  if (body.length <= MAX_DIFF_LINES) return body.join("\n");
  return [...body.slice(0, MAX_DIFF_LINES), `\u2026 ${body.length - MAX_DIFF_LINES} more lines of diff not shown`].join("\n");
}
function parseObject(text) {
  if (text.length > MAX_INPUT_CHARS) return void 0;
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function canonical(value) {
  return JSON.stringify(sortKeys(value)) ?? "undefined";
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((key) => [key, sortKeys(value[key])])
  );
}

// src/tarball/decompress.ts
import zlib from "node:zlib";
var CHUNK_BYTES = 1024 * 1024;
var GZIP_MAGIC = [31, 139];
var ZSTD_MAGIC = [40, 181, 47, 253];
function compressionOf(data2) {
  if (GZIP_MAGIC.every((byte, i2) => data2[i2] === byte)) return "gzip";
  if (ZSTD_MAGIC.every((byte, i2) => data2[i2] === byte)) return "zstd";
  return "none";
}
function inflater(compression) {
  if (compression === "gzip") return zlib.createUnzip({ chunkSize: CHUNK_BYTES });
  const createZstd = zlib.createZstdDecompress;
  if (!createZstd) {
    throw new PackageError("EUNTAR", `the tarball is zstd-compressed, which this Node.js ${process.version} cannot decompress; run depdiff on Node.js 22.15 or later`);
  }
  return createZstd({ chunkSize: CHUNK_BYTES });
}
function streamDecompressed(data2, compression, onChunk) {
  if (compression === "none") {
    for (let at3 = 0; at3 < data2.length; at3 += CHUNK_BYTES) {
      const chunk = data2.subarray(at3, at3 + CHUNK_BYTES);
      if (!onChunk(chunk, at3 + chunk.length)) break;
    }
    return Promise.resolve();
  }
  const stream = inflater(compression);
  return new Promise((resolve, reject) => {
    let stopped = false;
    stream.on("data", (chunk) => {
      if (stopped) return;
      if (!onChunk(chunk, stream.bytesWritten)) {
        stopped = true;
        stream.destroy();
        resolve();
      }
    });
    stream.on("error", (error) => {
      if (!stopped) reject(new PackageError("EUNTAR", `the tarball is not valid ${compression}: ${errorMessage(error)}`, { cause: error }));
    });
    stream.on("end", () => resolve());
    stream.end(data2);
  });
}

// node_modules/tar/dist/esm/index.min.js
import Qr from "events";
import I from "fs";
import { EventEmitter as Di } from "node:events";
import Cs from "node:stream";
import { StringDecoder as Hr } from "node:string_decoder";
import cr from "node:path";
import Kt from "node:fs";
import { dirname as Fn, parse as kn } from "path";
import { EventEmitter as Dn } from "events";
import zi from "assert";
import { Buffer as Ot } from "buffer";
import * as Ps from "zlib";
import en from "zlib";
import { posix as Zt } from "node:path";
import { basename as _n } from "node:path";
import mi from "fs";
import X from "fs";
import js from "path";
import { win32 as Pn } from "node:path";
import ar from "path";
import Br from "node:fs";
import co from "node:assert";
import { randomBytes as Mr } from "node:crypto";
import u from "node:fs";
import R from "node:path";
import pr from "fs";
import wi from "node:fs";
import we from "node:path";
import k from "node:fs";
import ro from "node:fs/promises";
import Si from "node:path";
import { join as xr } from "node:path";
import v from "node:fs";
import Pr from "node:path";
var zr = Object.defineProperty;
var Ur = (s3, t) => {
  for (var e in t) zr(s3, e, { get: t[e], enumerable: true });
};
var Ds = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Wr = (s3) => !!s3 && typeof s3 == "object" && (s3 instanceof A || s3 instanceof Cs || Gr(s3) || Zr(s3));
var Gr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.pipe == "function" && s3.pipe !== Cs.Writable.prototype.pipe;
var Zr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.write == "function" && typeof s3.end == "function";
var Q = /* @__PURE__ */ Symbol("EOF");
var J = /* @__PURE__ */ Symbol("maybeEmitEnd");
var nt = /* @__PURE__ */ Symbol("emittedEnd");
var De = /* @__PURE__ */ Symbol("emittingEnd");
var qt = /* @__PURE__ */ Symbol("emittedError");
var Ne = /* @__PURE__ */ Symbol("closed");
var Ns = /* @__PURE__ */ Symbol("read");
var Ae = /* @__PURE__ */ Symbol("flush");
var As = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var Mt = /* @__PURE__ */ Symbol("decoder");
var g = /* @__PURE__ */ Symbol("flowing");
var Qt = /* @__PURE__ */ Symbol("paused");
var Bt = /* @__PURE__ */ Symbol("resume");
var b = /* @__PURE__ */ Symbol("buffer");
var N = /* @__PURE__ */ Symbol("pipes");
var _ = /* @__PURE__ */ Symbol("bufferLength");
var bi = /* @__PURE__ */ Symbol("bufferPush");
var Ie = /* @__PURE__ */ Symbol("bufferShift");
var L = /* @__PURE__ */ Symbol("objectMode");
var S = /* @__PURE__ */ Symbol("destroyed");
var _i = /* @__PURE__ */ Symbol("error");
var Oi = /* @__PURE__ */ Symbol("emitData");
var Is = /* @__PURE__ */ Symbol("emitEnd");
var Ti = /* @__PURE__ */ Symbol("emitEnd2");
var Z = /* @__PURE__ */ Symbol("async");
var xi = /* @__PURE__ */ Symbol("abort");
var Ce = /* @__PURE__ */ Symbol("aborted");
var Jt = /* @__PURE__ */ Symbol("signal");
var Rt = /* @__PURE__ */ Symbol("dataListeners");
var C = /* @__PURE__ */ Symbol("discarded");
var jt = (s3) => Promise.resolve().then(s3);
var Yr = (s3) => s3();
var Kr = (s3) => s3 === "end" || s3 === "finish" || s3 === "prefinish";
var Vr = (s3) => s3 instanceof ArrayBuffer || !!s3 && typeof s3 == "object" && s3.constructor && s3.constructor.name === "ArrayBuffer" && s3.byteLength >= 0;
var $r = (s3) => !Buffer.isBuffer(s3) && ArrayBuffer.isView(s3);
var Fe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t, e, i2) {
    this.src = t, this.dest = e, this.opts = i2, this.ondrain = () => t[Bt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Li = class extends Fe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t, e, i2) {
    super(t, e, i2), this.proxyErrors = (r) => this.dest.emit("error", r), t.on("error", this.proxyErrors);
  }
};
var Xr = (s3) => !!s3.objectMode;
var qr = (s3) => !s3.objectMode && !!s3.encoding && s3.encoding !== "buffer";
var A = class extends Di {
  [g] = false;
  [Qt] = false;
  [N] = [];
  [b] = [];
  [L];
  [z];
  [Z];
  [Mt];
  [Q] = false;
  [nt] = false;
  [De] = false;
  [Ne] = false;
  [qt] = null;
  [_] = 0;
  [S] = false;
  [Jt];
  [Ce] = false;
  [Rt] = 0;
  [C] = false;
  writable = true;
  readable = true;
  constructor(...t) {
    let e = t[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Xr(e) ? (this[L] = true, this[z] = null) : qr(e) ? (this[z] = e.encoding, this[L] = false) : (this[L] = false, this[z] = null), this[Z] = !!e.async, this[Mt] = this[z] ? new Hr(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[b] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[N] });
    let { signal: i2 } = e;
    i2 && (this[Jt] = i2, i2.aborted ? this[xi]() : i2.addEventListener("abort", () => this[xi]()));
  }
  get bufferLength() {
    return this[_];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[L];
  }
  set objectMode(t) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[Z];
  }
  set async(t) {
    this[Z] = this[Z] || !!t;
  }
  [xi]() {
    this[Ce] = true, this.emit("abort", this[Jt]?.reason), this.destroy(this[Jt]?.reason);
  }
  get aborted() {
    return this[Ce];
  }
  set aborted(t) {
  }
  write(t, e, i2) {
    if (this[Ce]) return false;
    if (this[Q]) throw new Error("write after end");
    if (this[S]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (i2 = e, e = "utf8"), e || (e = "utf8");
    let r = this[Z] ? jt : Yr;
    if (!this[L] && !Buffer.isBuffer(t)) {
      if ($r(t)) t = Buffer.from(t.buffer, t.byteOffset, t.byteLength);
      else if (Vr(t)) t = Buffer.from(t);
      else if (typeof t != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[L] ? (this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i2 && r(i2), this[g]) : t.length ? (typeof t == "string" && !(e === this[z] && !this[Mt]?.lastNeed) && (t = Buffer.from(t, e)), Buffer.isBuffer(t) && this[z] && (t = this[Mt].write(t)), this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i2 && r(i2), this[g]) : (this[_] !== 0 && this.emit("readable"), i2 && r(i2), this[g]);
  }
  read(t) {
    if (this[S]) return null;
    if (this[C] = false, this[_] === 0 || t === 0 || t && t > this[_]) return this[J](), null;
    this[L] && (t = null), this[b].length > 1 && !this[L] && (this[b] = [this[z] ? this[b].join("") : Buffer.concat(this[b], this[_])]);
    let e = this[Ns](t || null, this[b][0]);
    return this[J](), e;
  }
  [Ns](t, e) {
    if (this[L]) this[Ie]();
    else {
      let i2 = e;
      t === i2.length || t === null ? this[Ie]() : typeof i2 == "string" ? (this[b][0] = i2.slice(t), e = i2.slice(0, t), this[_] -= t) : (this[b][0] = i2.subarray(t), e = i2.subarray(0, t), this[_] -= t);
    }
    return this.emit("data", e), !this[b].length && !this[Q] && this.emit("drain"), e;
  }
  end(t, e, i2) {
    return typeof t == "function" && (i2 = t, t = void 0), typeof e == "function" && (i2 = e, e = "utf8"), t !== void 0 && this.write(t, e), i2 && this.once("end", i2), this[Q] = true, this.writable = false, (this[g] || !this[Qt]) && this[J](), this;
  }
  [Bt]() {
    this[S] || (!this[Rt] && !this[N].length && (this[C] = true), this[Qt] = false, this[g] = true, this.emit("resume"), this[b].length ? this[Ae]() : this[Q] ? this[J]() : this.emit("drain"));
  }
  resume() {
    return this[Bt]();
  }
  pause() {
    this[g] = false, this[Qt] = true, this[C] = false;
  }
  get destroyed() {
    return this[S];
  }
  get flowing() {
    return this[g];
  }
  get paused() {
    return this[Qt];
  }
  [bi](t) {
    this[L] ? this[_] += 1 : this[_] += t.length, this[b].push(t);
  }
  [Ie]() {
    return this[L] ? this[_] -= 1 : this[_] -= this[b][0].length, this[b].shift();
  }
  [Ae](t = false) {
    do
      ;
    while (this[As](this[Ie]()) && this[b].length);
    !t && !this[b].length && !this[Q] && this.emit("drain");
  }
  [As](t) {
    return this.emit("data", t), this[g];
  }
  pipe(t, e) {
    if (this[S]) return t;
    this[C] = false;
    let i2 = this[nt];
    return e = e || {}, t === Ds.stdout || t === Ds.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, i2 ? e.end && t.end() : (this[N].push(e.proxyErrors ? new Li(this, t, e) : new Fe(this, t, e)), this[Z] ? jt(() => this[Bt]()) : this[Bt]()), t;
  }
  unpipe(t) {
    let e = this[N].find((i2) => i2.dest === t);
    e && (this[N].length === 1 ? (this[g] && this[Rt] === 0 && (this[g] = false), this[N] = []) : this[N].splice(this[N].indexOf(e), 1), e.unpipe());
  }
  addListener(t, e) {
    return this.on(t, e);
  }
  on(t, e) {
    let i2 = super.on(t, e);
    if (t === "data") this[C] = false, this[Rt]++, !this[N].length && !this[g] && this[Bt]();
    else if (t === "readable" && this[_] !== 0) super.emit("readable");
    else if (Kr(t) && this[nt]) super.emit(t), this.removeAllListeners(t);
    else if (t === "error" && this[qt]) {
      let r = e;
      this[Z] ? jt(() => r.call(this, this[qt])) : r.call(this, this[qt]);
    }
    return i2;
  }
  removeListener(t, e) {
    return this.off(t, e);
  }
  off(t, e) {
    let i2 = super.off(t, e);
    return t === "data" && (this[Rt] = this.listeners("data").length, this[Rt] === 0 && !this[C] && !this[N].length && (this[g] = false)), i2;
  }
  removeAllListeners(t) {
    let e = super.removeAllListeners(t);
    return (t === "data" || t === void 0) && (this[Rt] = 0, !this[C] && !this[N].length && (this[g] = false)), e;
  }
  get emittedEnd() {
    return this[nt];
  }
  [J]() {
    !this[De] && !this[nt] && !this[S] && this[b].length === 0 && this[Q] && (this[De] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ne] && this.emit("close"), this[De] = false);
  }
  emit(t, ...e) {
    let i2 = e[0];
    if (t !== "error" && t !== "close" && t !== S && this[S]) return false;
    if (t === "data") return !this[L] && !i2 ? false : this[Z] ? (jt(() => this[Oi](i2)), true) : this[Oi](i2);
    if (t === "end") return this[Is]();
    if (t === "close") {
      if (this[Ne] = true, !this[nt] && !this[S]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t === "error") {
      this[qt] = i2, super.emit(_i, i2);
      let n = !this[Jt] || this.listeners("error").length ? super.emit("error", i2) : false;
      return this[J](), n;
    } else if (t === "resume") {
      let n = super.emit("resume");
      return this[J](), n;
    } else if (t === "finish" || t === "prefinish") {
      let n = super.emit(t);
      return this.removeAllListeners(t), n;
    }
    let r = super.emit(t, ...e);
    return this[J](), r;
  }
  [Oi](t) {
    for (let i2 of this[N]) i2.dest.write(t) === false && this.pause();
    let e = this[C] ? false : super.emit("data", t);
    return this[J](), e;
  }
  [Is]() {
    return this[nt] ? false : (this[nt] = true, this.readable = false, this[Z] ? (jt(() => this[Ti]()), true) : this[Ti]());
  }
  [Ti]() {
    if (this[Mt]) {
      let e = this[Mt].end();
      if (e) {
        for (let i2 of this[N]) i2.dest.write(e);
        this[C] || super.emit("data", e);
      }
    }
    for (let e of this[N]) e.end();
    let t = super.emit("end");
    return this.removeAllListeners("end"), t;
  }
  async collect() {
    let t = Object.assign([], { dataLength: 0 });
    this[L] || (t.dataLength = 0);
    let e = this.promise();
    return this.on("data", (i2) => {
      t.push(i2), this[L] || (t.dataLength += i2.length);
    }), await e, t;
  }
  async concat() {
    if (this[L]) throw new Error("cannot concat in objectMode");
    let t = await this.collect();
    return this[z] ? t.join("") : Buffer.concat(t, t.dataLength);
  }
  async promise() {
    return new Promise((t, e) => {
      this.on(S, () => e(new Error("stream destroyed"))), this.on("error", (i2) => e(i2)), this.on("end", () => t());
    });
  }
  [Symbol.asyncIterator]() {
    this[C] = false;
    let t = false, e = async () => (this.pause(), t = true, { value: void 0, done: true });
    return { next: () => {
      if (t) return e();
      let r = this.read();
      if (r !== null) return Promise.resolve({ done: false, value: r });
      if (this[Q]) return e();
      let n, o, h = (d) => {
        this.off("data", a), this.off("end", l), this.off(S, c), e(), o(d);
      }, a = (d) => {
        this.off("error", h), this.off("end", l), this.off(S, c), this.pause(), n({ value: d, done: !!this[Q] });
      }, l = () => {
        this.off("error", h), this.off("data", a), this.off(S, c), e(), n({ done: true, value: void 0 });
      }, c = () => h(new Error("stream destroyed"));
      return new Promise((d, y) => {
        o = y, n = d, this.once(S, c), this.once("error", h), this.once("end", l), this.once("data", a);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[C] = false;
    let t = false, e = () => (this.pause(), this.off(_i, e), this.off(S, e), this.off("end", e), t = true, { done: true, value: void 0 }), i2 = () => {
      if (t) return e();
      let r = this.read();
      return r === null ? e() : { done: false, value: r };
    };
    return this.once("end", e), this.once(_i, e), this.once(S, e), { next: i2, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t) {
    if (this[S]) return t ? this.emit("error", t) : this.emit(S), this;
    this[S] = true, this[C] = true, this[b].length = 0, this[_] = 0;
    let e = this;
    return typeof e.close == "function" && !this[Ne] && e.close(), t ? this.emit("error", t) : this.emit(S), this;
  }
  static get isStream() {
    return Wr;
  }
};
var Jr = I.writev;
var ht = /* @__PURE__ */ Symbol("_autoClose");
var H = /* @__PURE__ */ Symbol("_close");
var te = /* @__PURE__ */ Symbol("_ended");
var m = /* @__PURE__ */ Symbol("_fd");
var Ni = /* @__PURE__ */ Symbol("_finished");
var tt = /* @__PURE__ */ Symbol("_flags");
var Ai = /* @__PURE__ */ Symbol("_flush");
var ki = /* @__PURE__ */ Symbol("_handleChunk");
var vi = /* @__PURE__ */ Symbol("_makeBuf");
var ie = /* @__PURE__ */ Symbol("_mode");
var ke = /* @__PURE__ */ Symbol("_needDrain");
var Ut = /* @__PURE__ */ Symbol("_onerror");
var Ht = /* @__PURE__ */ Symbol("_onopen");
var Ii = /* @__PURE__ */ Symbol("_onread");
var Pt = /* @__PURE__ */ Symbol("_onwrite");
var at = /* @__PURE__ */ Symbol("_open");
var U = /* @__PURE__ */ Symbol("_path");
var ot = /* @__PURE__ */ Symbol("_pos");
var Y = /* @__PURE__ */ Symbol("_queue");
var zt = /* @__PURE__ */ Symbol("_read");
var Ci = /* @__PURE__ */ Symbol("_readSize");
var j = /* @__PURE__ */ Symbol("_reading");
var ee = /* @__PURE__ */ Symbol("_remain");
var Fi = /* @__PURE__ */ Symbol("_size");
var ve = /* @__PURE__ */ Symbol("_write");
var gt = /* @__PURE__ */ Symbol("_writing");
var Me = /* @__PURE__ */ Symbol("_defaultFlag");
var bt = /* @__PURE__ */ Symbol("_errored");
var _t = class extends A {
  [bt] = false;
  [m];
  [U];
  [Ci];
  [j] = false;
  [Fi];
  [ee];
  [ht];
  constructor(t, e) {
    if (e = e || {}, super(e), this.readable = true, this.writable = false, typeof t != "string") throw new TypeError("path must be a string");
    this[bt] = false, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[U] = t, this[Ci] = e.readSize || 16 * 1024 * 1024, this[j] = false, this[Fi] = typeof e.size == "number" ? e.size : 1 / 0, this[ee] = this[Fi], this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true, typeof this[m] == "number" ? this[zt]() : this[at]();
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  write() {
    throw new TypeError("this is a readable stream");
  }
  end() {
    throw new TypeError("this is a readable stream");
  }
  [at]() {
    I.open(this[U], "r", (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[zt]());
  }
  [vi]() {
    return Buffer.allocUnsafe(Math.min(this[Ci], this[ee]));
  }
  [zt]() {
    if (!this[j]) {
      this[j] = true;
      let t = this[vi]();
      if (t.length === 0) return process.nextTick(() => this[Ii](null, 0, t));
      I.read(this[m], t, 0, t.length, null, (e, i2, r) => this[Ii](e, i2, r));
    }
  }
  [Ii](t, e, i2) {
    this[j] = false, t ? this[Ut](t) : this[ki](e, i2) && this[zt]();
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
  [Ut](t) {
    this[j] = true, this[H](), this.emit("error", t);
  }
  [ki](t, e) {
    let i2 = false;
    return this[ee] -= t, t > 0 && (i2 = super.write(t < e.length ? e.subarray(0, t) : e)), (t === 0 || this[ee] <= 0) && (i2 = false, this[H](), super.end()), i2;
  }
  emit(t, ...e) {
    switch (t) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        return typeof this[m] == "number" && this[zt](), false;
      case "error":
        return this[bt] ? false : (this[bt] = true, super.emit(t, ...e));
      default:
        return super.emit(t, ...e);
    }
  }
};
var Be = class extends _t {
  [at]() {
    let t = true;
    try {
      this[Ht](null, I.openSync(this[U], "r")), t = false;
    } finally {
      t && this[H]();
    }
  }
  [zt]() {
    let t = true;
    try {
      if (!this[j]) {
        this[j] = true;
        do {
          let e = this[vi](), i2 = e.length === 0 ? 0 : I.readSync(this[m], e, 0, e.length, null);
          if (!this[ki](i2, e)) break;
        } while (true);
        this[j] = false;
      }
      t = false;
    } finally {
      t && this[H]();
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
};
var et = class extends Qr {
  readable = false;
  writable = true;
  [bt] = false;
  [gt] = false;
  [te] = false;
  [Y] = [];
  [ke] = false;
  [U];
  [ie];
  [ht];
  [m];
  [Me];
  [tt];
  [Ni] = false;
  [ot];
  constructor(t, e) {
    e = e || {}, super(e), this[U] = t, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[ie] = e.mode === void 0 ? 438 : e.mode, this[ot] = typeof e.start == "number" ? e.start : void 0, this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true;
    let i2 = this[ot] !== void 0 ? "r+" : "w";
    this[Me] = e.flags === void 0, this[tt] = e.flags === void 0 ? i2 : e.flags, this[m] === void 0 && this[at]();
  }
  emit(t, ...e) {
    if (t === "error") {
      if (this[bt]) return false;
      this[bt] = true;
    }
    return super.emit(t, ...e);
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  [Ut](t) {
    this[H](), this[gt] = true, this.emit("error", t);
  }
  [at]() {
    I.open(this[U], this[tt], this[ie], (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    this[Me] && this[tt] === "r+" && t && t.code === "ENOENT" ? (this[tt] = "w", this[at]()) : t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[gt] || this[Ai]());
  }
  end(t, e) {
    return t && this.write(t, e), this[te] = true, !this[gt] && !this[Y].length && typeof this[m] == "number" && this[Pt](null, 0), this;
  }
  write(t, e) {
    return typeof t == "string" && (t = Buffer.from(t, e)), this[te] ? (this.emit("error", new Error("write() after end()")), false) : this[m] === void 0 || this[gt] || this[Y].length ? (this[Y].push(t), this[ke] = true, false) : (this[gt] = true, this[ve](t), true);
  }
  [ve](t) {
    I.write(this[m], t, 0, t.length, this[ot], (e, i2) => this[Pt](e, i2));
  }
  [Pt](t, e) {
    t ? this[Ut](t) : (this[ot] !== void 0 && typeof e == "number" && (this[ot] += e), this[Y].length ? this[Ai]() : (this[gt] = false, this[te] && !this[Ni] ? (this[Ni] = true, this[H](), this.emit("finish")) : this[ke] && (this[ke] = false, this.emit("drain"))));
  }
  [Ai]() {
    if (this[Y].length === 0) this[te] && this[Pt](null, 0);
    else if (this[Y].length === 1) this[ve](this[Y].pop());
    else {
      let t = this[Y];
      this[Y] = [], Jr(this[m], t, this[ot], (e, i2) => this[Pt](e, i2));
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
};
var Wt = class extends et {
  [at]() {
    let t;
    if (this[Me] && this[tt] === "r+") try {
      t = I.openSync(this[U], this[tt], this[ie]);
    } catch (e) {
      if (e?.code === "ENOENT") return this[tt] = "w", this[at]();
      throw e;
    }
    else t = I.openSync(this[U], this[tt], this[ie]);
    this[Ht](null, t);
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
  [ve](t) {
    let e = true;
    try {
      this[Pt](null, I.writeSync(this[m], t, 0, t.length, this[ot])), e = false;
    } finally {
      if (e) try {
        this[H]();
      } catch {
      }
    }
  }
};
var jr = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]);
var Fs = (s3) => !!s3.sync && !!s3.file;
var ks = (s3) => !s3.sync && !!s3.file;
var vs = (s3) => !!s3.sync && !s3.file;
var Ms = (s3) => !s3.sync && !s3.file;
var Bs = (s3) => !!s3.file;
var tn = (s3) => {
  let t = jr.get(s3);
  return t || s3;
};
var se = (s3 = {}) => {
  if (!s3) return {};
  let t = {};
  for (let [e, i2] of Object.entries(s3)) {
    let r = tn(e);
    t[r] = i2;
  }
  return t.chmod === void 0 && t.noChmod === false && (t.chmod = true), delete t.noChmod, t;
};
var K = (s3, t, e, i2, r) => Object.assign((n = [], o, h) => {
  Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (h = o, o = void 0), o = o ? Array.from(o) : [];
  let a = se(n);
  if (r?.(a, o), Fs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return s3(a, o);
  } else if (ks(a)) {
    let l = t(a, o);
    return h ? l.then(() => h(), h) : l;
  } else if (vs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return e(a, o);
  } else if (Ms(a)) {
    if (typeof h == "function") throw new TypeError("callback only supported with file option");
    return i2(a, o);
  }
  throw new Error("impossible options??");
}, { syncFile: s3, asyncFile: t, syncNoFile: e, asyncNoFile: i2, validate: r });
var sn = en.constants || { ZLIB_VERNUM: 4736 };
var M = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, sn));
var rn = Ot.concat;
var zs = Object.getOwnPropertyDescriptor(Ot, "concat");
var nn = (s3) => s3;
var Bi = zs?.writable === true || zs?.set !== void 0 ? (s3) => {
  Ot.concat = s3 ? nn : rn;
} : (s3) => {
};
var Tt = /* @__PURE__ */ Symbol("_superWrite");
var Gt = class extends Error {
  code;
  errno;
  constructor(t, e) {
    super("zlib: " + t.message, { cause: t }), this.code = t.code, this.errno = t.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + t.message, Error.captureStackTrace(this, e ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var Pi = /* @__PURE__ */ Symbol("flushFlag");
var re = class extends A {
  #t = false;
  #i = false;
  #s;
  #n;
  #r;
  #e;
  #o;
  get sawError() {
    return this.#t;
  }
  get handle() {
    return this.#e;
  }
  get flushFlag() {
    return this.#s;
  }
  constructor(t, e) {
    if (!t || typeof t != "object") throw new TypeError("invalid options for ZlibBase constructor");
    if (super(t), this.#s = t.flush ?? 0, this.#n = t.finishFlush ?? 0, this.#r = t.fullFlushFlag ?? 0, typeof Ps[e] != "function") throw new TypeError("Compression method not supported: " + e);
    try {
      this.#e = new Ps[e](t);
    } catch (i2) {
      throw new Gt(i2, this.constructor);
    }
    this.#o = (i2) => {
      this.#t || (this.#t = true, this.close(), this.emit("error", i2));
    }, this.#e?.on("error", (i2) => this.#o(new Gt(i2))), this.once("end", () => this.close);
  }
  close() {
    this.#e && (this.#e.close(), this.#e = void 0, this.emit("close"));
  }
  reset() {
    if (!this.#t) return zi(this.#e, "zlib binding closed"), this.#e.reset?.();
  }
  flush(t) {
    this.ended || (typeof t != "number" && (t = this.#r), this.write(Object.assign(Ot.alloc(0), { [Pi]: t })));
  }
  end(t, e, i2) {
    return typeof t == "function" && (i2 = t, e = void 0, t = void 0), typeof e == "function" && (i2 = e, e = void 0), t && (e ? this.write(t, e) : this.write(t)), this.flush(this.#n), this.#i = true, super.end(i2);
  }
  get ended() {
    return this.#i;
  }
  [Tt](t) {
    return super.write(t);
  }
  write(t, e, i2) {
    if (typeof e == "function" && (i2 = e, e = "utf8"), typeof t == "string" && (t = Ot.from(t, e)), this.#t) return;
    zi(this.#e, "zlib binding closed");
    let r = this.#e._handle, n = r.close;
    r.close = () => {
    };
    let o = this.#e.close;
    this.#e.close = () => {
    }, Bi(true);
    let h;
    try {
      let l = typeof t[Pi] == "number" ? t[Pi] : this.#s;
      h = this.#e._processChunk(t, l), Bi(false);
    } catch (l) {
      Bi(false), this.#o(new Gt(l, this.write));
    } finally {
      this.#e && (this.#e._handle = r, r.close = n, this.#e.close = o, this.#e.removeAllListeners("error"));
    }
    this.#e && this.#e.on("error", (l) => this.#o(new Gt(l, this.write)));
    let a;
    if (h) if (Array.isArray(h) && h.length > 0) {
      let l = h[0];
      a = this[Tt](Ot.from(l));
      for (let c = 1; c < h.length; c++) a = this[Tt](h[c]);
    } else a = this[Tt](Ot.from(h));
    return i2 && i2(), a;
  }
};
var Pe = class extends re {
  #t;
  #i;
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.Z_NO_FLUSH, t.finishFlush = t.finishFlush || M.Z_FINISH, t.fullFlushFlag = M.Z_FULL_FLUSH, super(t, e), this.#t = t.level, this.#i = t.strategy;
  }
  params(t, e) {
    if (!this.sawError) {
      if (!this.handle) throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params) throw new Error("not supported in this implementation");
      if (this.#t !== t || this.#i !== e) {
        this.flush(M.Z_SYNC_FLUSH), zi(this.handle, "zlib binding closed");
        let i2 = this.handle.flush;
        this.handle.flush = (r, n) => {
          typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
        };
        try {
          this.handle.params(t, e);
        } finally {
          this.handle.flush = i2;
        }
        this.handle && (this.#t = t, this.#i = e);
      }
    }
  }
};
var ze = class extends Pe {
  #t;
  constructor(t) {
    super(t, "Gzip"), this.#t = t && !!t.portable;
  }
  [Tt](t) {
    return this.#t ? (this.#t = false, t[9] = 255, super[Tt](t)) : super[Tt](t);
  }
};
var Ue = class extends Pe {
  constructor(t) {
    super(t, "Unzip");
  }
};
var He = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.BROTLI_OPERATION_PROCESS, t.finishFlush = t.finishFlush || M.BROTLI_OPERATION_FINISH, t.fullFlushFlag = M.BROTLI_OPERATION_FLUSH, super(t, e);
  }
};
var We = class extends He {
  constructor(t) {
    super(t, "BrotliCompress");
  }
};
var Ge = class extends He {
  constructor(t) {
    super(t, "BrotliDecompress");
  }
};
var Ze = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.ZSTD_e_continue, t.finishFlush = t.finishFlush || M.ZSTD_e_end, t.fullFlushFlag = M.ZSTD_e_flush, super(t, e);
  }
};
var Ye = class extends Ze {
  constructor(t) {
    super(t, "ZstdCompress");
  }
};
var Ke = class extends Ze {
  constructor(t) {
    super(t, "ZstdDecompress");
  }
};
var Us = (s3, t) => {
  if (Number.isSafeInteger(s3)) s3 < 0 ? an(s3, t) : hn(s3, t);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return t;
};
var hn = (s3, t) => {
  t[0] = 128;
  for (var e = t.length; e > 1; e--) t[e - 1] = s3 & 255, s3 = Math.floor(s3 / 256);
};
var an = (s3, t) => {
  t[0] = 255;
  var e = false;
  s3 = s3 * -1;
  for (var i2 = t.length; i2 > 1; i2--) {
    var r = s3 & 255;
    s3 = Math.floor(s3 / 256), e ? t[i2 - 1] = Ws(r) : r === 0 ? t[i2 - 1] = 0 : (e = true, t[i2 - 1] = Gs(r));
  }
};
var Hs = (s3) => {
  let t = s3[0], e = t === 128 ? cn(s3.subarray(1, s3.length)) : t === 255 ? ln(s3) : null;
  if (e === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(e)) throw Error("parsed number outside of javascript safe integer range");
  return e;
};
var ln = (s3) => {
  for (var t = s3.length, e = 0, i2 = false, r = t - 1; r > -1; r--) {
    var n = Number(s3[r]), o;
    i2 ? o = Ws(n) : n === 0 ? o = n : (i2 = true, o = Gs(n)), o !== 0 && (e -= o * Math.pow(256, t - r - 1));
  }
  return e;
};
var cn = (s3) => {
  for (var t = s3.length, e = 0, i2 = t - 1; i2 > -1; i2--) {
    var r = Number(s3[i2]);
    r !== 0 && (e += r * Math.pow(256, t - i2 - 1));
  }
  return e;
};
var Ws = (s3) => (255 ^ s3) & 255;
var Gs = (s3) => (255 ^ s3) + 1 & 255;
var Hi = {};
Ur(Hi, { code: () => Ve, isCode: () => ne, isName: () => dn, name: () => oe, normalFsTypes: () => Ui });
var ne = (s3) => oe.has(s3);
var dn = (s3) => Ve.has(s3);
var Ui = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
var oe = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
var Ve = new Map(Array.from(oe).map((s3) => [s3[1], s3[0]]));
var un = (s3) => s3 === void 0 || s3 < 0 ? void 0 : s3;
var F = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #t = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(t, e = 0, i2, r) {
    Buffer.isBuffer(t) ? this.decode(t, e || 0, i2, r) : t && this.#i(t);
  }
  decode(t, e, i2, r) {
    if (e || (e = 0), !t || !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let n = xt(t, e + 156, 1), o = Ui.has(n), h = o ? i2 : void 0, a = o ? r : void 0;
    if (this.path = h?.path ?? xt(t, e, 100), this.mode = h?.mode ?? a?.mode ?? lt(t, e + 100, 8), this.uid = h?.uid ?? a?.uid ?? lt(t, e + 108, 8), this.gid = h?.gid ?? a?.gid ?? lt(t, e + 116, 8), this.size = un(h?.size ?? a?.size ?? lt(t, e + 124, 12)), this.mtime = h?.mtime ?? a?.mtime ?? Wi(t, e + 136, 12), this.cksum = lt(t, e + 148, 12), a && this.#i(a, true), h && this.#i(h), ne(n) && (this.#t = n || "0"), this.#t === "0" && this.path.slice(-1) === "/" && (this.#t = "5"), this.#t === "5" && (this.size = 0), this.linkpath = xt(t, e + 157, 100), t.subarray(e + 257, e + 265).toString() === "ustar\x0000") if (this.uname = h?.uname ?? a?.uname ?? xt(t, e + 265, 32), this.gname = h?.gname ?? a?.gname ?? xt(t, e + 297, 32), this.devmaj = h?.devmaj ?? a?.devmaj ?? lt(t, e + 329, 8) ?? 0, this.devmin = h?.devmin ?? a?.devmin ?? lt(t, e + 337, 8) ?? 0, t[e + 475] !== 0) {
      let c = xt(t, e + 345, 155);
      this.path = c + "/" + this.path;
    } else {
      let c = xt(t, e + 345, 130);
      c && (this.path = c + "/" + this.path), this.atime = i2?.atime ?? r?.atime ?? Wi(t, e + 476, 12), this.ctime = i2?.ctime ?? r?.ctime ?? Wi(t, e + 488, 12);
    }
    let l = 256;
    for (let c = e; c < e + 148; c++) l += t[c];
    for (let c = e + 156; c < e + 512; c++) l += t[c];
    this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
  }
  #i(t, e = false) {
    Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i2, r]) => !(r == null || i2 === "size" && Number(r) < 0 || i2 === "path" && e || i2 === "linkpath" && e || i2 === "global"))));
  }
  encode(t, e = 0) {
    if (t || (t = this.block = Buffer.alloc(512)), this.#t === "Unsupported" && (this.#t = "0"), !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let i2 = this.ctime || this.atime ? 130 : 155, r = mn(this.path || "", i2), n = r[0], o = r[1];
    this.needPax = !!r[2], this.needPax = Lt(t, e, 100, n) || this.needPax, this.needPax = ct(t, e + 100, 8, this.mode) || this.needPax, this.needPax = ct(t, e + 108, 8, this.uid) || this.needPax, this.needPax = ct(t, e + 116, 8, this.gid) || this.needPax, this.needPax = ct(t, e + 124, 12, this.size) || this.needPax, this.needPax = Gi(t, e + 136, 12, this.mtime) || this.needPax, t[e + 156] = Number(this.#t.codePointAt(0)), this.needPax = Lt(t, e + 157, 100, this.linkpath) || this.needPax, t.write("ustar\x0000", e + 257, 8), this.needPax = Lt(t, e + 265, 32, this.uname) || this.needPax, this.needPax = Lt(t, e + 297, 32, this.gname) || this.needPax, this.needPax = ct(t, e + 329, 8, this.devmaj) || this.needPax, this.needPax = ct(t, e + 337, 8, this.devmin) || this.needPax, this.needPax = Lt(t, e + 345, i2, o) || this.needPax, t[e + 475] !== 0 ? this.needPax = Lt(t, e + 345, 155, o) || this.needPax : (this.needPax = Lt(t, e + 345, 130, o) || this.needPax, this.needPax = Gi(t, e + 476, 12, this.atime) || this.needPax, this.needPax = Gi(t, e + 488, 12, this.ctime) || this.needPax);
    let h = 256;
    for (let a = e; a < e + 148; a++) h += t[a];
    for (let a = e + 156; a < e + 512; a++) h += t[a];
    return this.cksum = h, ct(t, e + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#t === "Unsupported" ? this.#t : oe.get(this.#t);
  }
  get typeKey() {
    return this.#t;
  }
  set type(t) {
    let e = String(Ve.get(t));
    if (ne(e) || e === "Unsupported") this.#t = e;
    else if (ne(t)) this.#t = t;
    else throw new TypeError("invalid entry type: " + t);
  }
};
var mn = (s3, t) => {
  let i2 = s3, r = "", n, o = Zt.parse(s3).root || ".";
  if (Buffer.byteLength(i2) < 100) n = [i2, r, false];
  else {
    r = Zt.dirname(i2), i2 = Zt.basename(i2);
    do
      Buffer.byteLength(i2) <= 100 && Buffer.byteLength(r) <= t ? n = [i2, r, false] : Buffer.byteLength(i2) > 100 && Buffer.byteLength(r) <= t ? n = [i2.slice(0, 99), r, true] : (i2 = Zt.join(Zt.basename(r), i2), r = Zt.dirname(r));
    while (r !== o && n === void 0);
    n || (n = [s3.slice(0, 99), "", true]);
  }
  return n;
};
var xt = (s3, t, e) => s3.subarray(t, t + e).toString("utf8").replace(/\0.*/, "");
var Wi = (s3, t, e) => pn(lt(s3, t, e));
var pn = (s3) => s3 === void 0 ? void 0 : new Date(s3 * 1e3);
var lt = (s3, t, e) => Number(s3[t]) & 128 ? Hs(s3.subarray(t, t + e)) : wn(s3, t, e);
var En = (s3) => isNaN(s3) ? void 0 : s3;
var wn = (s3, t, e) => En(parseInt(s3.subarray(t, t + e).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var Sn = { 12: 8589934591, 8: 2097151 };
var ct = (s3, t, e, i2) => i2 === void 0 ? false : i2 > Sn[e] || i2 < 0 ? (Us(i2, s3.subarray(t, t + e)), true) : (yn(s3, t, e, i2), false);
var yn = (s3, t, e, i2) => s3.write(Rn(i2, e), t, e, "ascii");
var Rn = (s3, t) => gn(Math.floor(s3).toString(8), t);
var gn = (s3, t) => (s3.length === t - 1 ? s3 : new Array(t - s3.length - 1).join("0") + s3 + " ") + "\0";
var Gi = (s3, t, e, i2) => i2 === void 0 ? false : ct(s3, t, e, i2.getTime() / 1e3);
var bn = new Array(156).join("\0");
var Lt = (s3, t, e, i2) => i2 === void 0 ? false : (s3.write(i2 + bn, t, e, "utf8"), i2.length !== Buffer.byteLength(i2) || i2.length > e);
var ft = class s {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(t, e = false) {
    this.atime = t.atime, this.charset = t.charset, this.comment = t.comment, this.ctime = t.ctime, this.dev = t.dev, this.gid = t.gid, this.global = e, this.gname = t.gname, this.ino = t.ino, this.linkpath = t.linkpath, this.mtime = t.mtime, this.nlink = t.nlink, this.path = t.path, this.size = t.size, this.uid = t.uid, this.uname = t.uname;
  }
  encode() {
    let t = this.encodeBody();
    if (t === "") return Buffer.allocUnsafe(0);
    let e = Buffer.byteLength(t), i2 = 512 * Math.ceil(1 + e / 512), r = Buffer.allocUnsafe(i2);
    for (let n = 0; n < 512; n++) r[n] = 0;
    new F({ path: ("PaxHeader/" + _n(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: e, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(t, 512, e, "utf8");
    for (let n = e + 512; n < r.length; n++) r[n] = 0;
    return r;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(t) {
    if (this[t] === void 0) return "";
    let e = this[t], i2 = e instanceof Date ? e.getTime() / 1e3 : e, r = " " + (t === "dev" || t === "ino" || t === "nlink" ? "SCHILY." : "") + t + "=" + i2 + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
    return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
  }
  static parse(t, e, i2 = false) {
    return new s(On(Tn(t), e), i2);
  }
};
var On = (s3, t) => t ? Object.assign({}, t, s3) : s3;
var Tn = (s3) => s3.replace(/\n$/, "").split(`
`).reduce(xn, /* @__PURE__ */ Object.create(null));
var xn = (s3, t) => {
  let e = parseInt(t, 10);
  if (e !== Buffer.byteLength(t) + 1) return s3;
  t = t.slice((e + " ").length);
  let i2 = t.split("="), r = i2.shift();
  if (!r) return s3;
  let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i2.join("=").replace(/\0.*/, "");
  switch (n) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      s3[n] = o;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      s3[n] = new Date(Number(o) * 1e3);
      break;
    case "size":
      let h = +o;
      h >= 0 && (s3[n] = h);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      s3[n] = +o;
      break;
  }
  return s3;
};
var Ln = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var f = Ln !== "win32" ? (s3) => String(s3) : (s3) => String(s3).replaceAll(/\\/g, "/");
var $e = class extends A {
  extended;
  globalExtended;
  header;
  startBlockSize;
  blockRemain;
  remain;
  type;
  meta = false;
  ignore = false;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size = 0;
  mtime;
  atime;
  ctime;
  linkpath;
  dev;
  ino;
  nlink;
  invalid = false;
  absolute;
  unsupported = false;
  constructor(t, e, i2) {
    switch (super({}), this.pause(), this.extended = e, this.globalExtended = i2, this.header = t, this.remain = t.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = t.type, this.type) {
      case "File":
      case "OldFile":
      case "Link":
      case "SymbolicLink":
      case "CharacterDevice":
      case "BlockDevice":
      case "Directory":
      case "FIFO":
      case "ContiguousFile":
      case "GNUDumpDir":
        break;
      case "NextFileHasLongLinkpath":
      case "NextFileHasLongPath":
      case "OldGnuLongPath":
      case "GlobalExtendedHeader":
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this.meta = true;
        break;
      default:
        this.ignore = true;
    }
    if (!t.path) throw new Error("no path provided for tar.ReadEntry");
    this.path = f(t.path), this.mode = t.mode, this.mode && (this.mode = this.mode & 4095), this.uid = t.uid, this.gid = t.gid, this.uname = t.uname, this.gname = t.gname, this.size = this.remain, this.mtime = t.mtime, this.atime = t.atime, this.ctime = t.ctime, this.linkpath = t.linkpath ? f(t.linkpath) : void 0, this.uname = t.uname, this.gname = t.gname, e && this.#t(e), i2 && this.#t(i2, true);
  }
  write(t) {
    let e = t.length;
    if (e > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    let i2 = this.remain, r = this.blockRemain;
    return this.remain = Math.max(0, i2 - e), this.blockRemain = Math.max(0, r - e), this.ignore ? true : i2 >= e ? super.write(t) : super.write(t.subarray(0, i2));
  }
  #t(t, e = false) {
    t.path && (t.path = f(t.path)), t.linkpath && (t.linkpath = f(t.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i2, r]) => !(r == null || i2 === "path" && e))));
  }
};
var Dt = (s3, t, e, i2 = {}) => {
  s3.file && (i2.file = s3.file), s3.cwd && (i2.cwd = s3.cwd), i2.code = e instanceof Error && e.code || t, i2.tarCode = t, !s3.strict && i2.recoverable !== false ? (e instanceof Error && (i2 = Object.assign(e, i2), e = e.message), s3.emit("warn", t, e, i2)) : e instanceof Error ? s3.emit("error", Object.assign(e, i2)) : s3.emit("error", Object.assign(new Error(`${t}: ${e}`), i2));
};
var Nn = 1024 * 1024;
var Xi = Buffer.from([31, 139]);
var qi = Buffer.from([40, 181, 47, 253]);
var An = Math.max(Xi.length, qi.length);
var B = /* @__PURE__ */ Symbol("state");
var Nt = /* @__PURE__ */ Symbol("writeEntry");
var it = /* @__PURE__ */ Symbol("readEntry");
var Zi = /* @__PURE__ */ Symbol("nextEntry");
var Zs = /* @__PURE__ */ Symbol("processEntry");
var V = /* @__PURE__ */ Symbol("extendedHeader");
var he = /* @__PURE__ */ Symbol("globalExtendedHeader");
var dt = /* @__PURE__ */ Symbol("meta");
var Ys = /* @__PURE__ */ Symbol("emitMeta");
var p = /* @__PURE__ */ Symbol("buffer");
var st = /* @__PURE__ */ Symbol("queue");
var ut = /* @__PURE__ */ Symbol("ended");
var Yi = /* @__PURE__ */ Symbol("emittedEnd");
var At = /* @__PURE__ */ Symbol("emit");
var w = /* @__PURE__ */ Symbol("unzip");
var Xe = /* @__PURE__ */ Symbol("consumeChunk");
var qe = /* @__PURE__ */ Symbol("consumeChunkSub");
var Ki = /* @__PURE__ */ Symbol("consumeBody");
var Ks = /* @__PURE__ */ Symbol("consumeMeta");
var Vs = /* @__PURE__ */ Symbol("consumeHeader");
var ae = /* @__PURE__ */ Symbol("consuming");
var Vi = /* @__PURE__ */ Symbol("bufferConcat");
var Qe = /* @__PURE__ */ Symbol("maybeEnd");
var Yt = /* @__PURE__ */ Symbol("writing");
var $ = /* @__PURE__ */ Symbol("aborted");
var Je = /* @__PURE__ */ Symbol("onDone");
var It = /* @__PURE__ */ Symbol("sawValidEntry");
var je = /* @__PURE__ */ Symbol("sawNullBlock");
var ti = /* @__PURE__ */ Symbol("sawEOF");
var $s = /* @__PURE__ */ Symbol("closeStream");
var In = 1e3;
var le = /* @__PURE__ */ Symbol("compressedBytesRead");
var $i = /* @__PURE__ */ Symbol("decompressedBytesRead");
var Xs = /* @__PURE__ */ Symbol("checkDecompressionRatio");
var Cn = () => true;
var rt = class extends Dn {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = true;
  readable = false;
  [st] = [];
  [p];
  [it];
  [Nt];
  [B] = "begin";
  [dt] = "";
  [V];
  [he];
  [ut] = false;
  [w];
  [$] = false;
  [It];
  [je] = false;
  [ti] = false;
  [Yt] = false;
  [ae] = false;
  [Yi] = false;
  [le] = 0;
  [$i] = 0;
  constructor(t = {}) {
    super(), this.file = t.file || "", this.on(Je, () => {
      (this[B] === "begin" || this[It] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), t.ondone ? this.on(Je, t.ondone) : this.on(Je, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!t.strict, this.maxDecompressionRatio = typeof t.maxDecompressionRatio == "number" ? t.maxDecompressionRatio : In, this.maxMetaEntrySize = t.maxMetaEntrySize || Nn, this.filter = typeof t.filter == "function" ? t.filter : Cn;
    let e = t.file && (t.file.endsWith(".tar.br") || t.file.endsWith(".tbr"));
    this.brotli = !(t.gzip || t.zstd) && t.brotli !== void 0 ? t.brotli : e ? void 0 : false;
    let i2 = t.file && (t.file.endsWith(".tar.zst") || t.file.endsWith(".tzst"));
    this.zstd = !(t.gzip || t.brotli) && t.zstd !== void 0 ? t.zstd : i2 ? true : void 0, this.on("end", () => this[$s]()), typeof t.onwarn == "function" && this.on("warn", t.onwarn), typeof t.onReadEntry == "function" && this.on("entry", t.onReadEntry);
  }
  warn(t, e, i2 = {}) {
    Dt(this, t, e, i2);
  }
  [Vs](t, e) {
    this[It] === void 0 && (this[It] = false);
    let i2;
    try {
      i2 = new F(t, e, this[V], this[he]);
    } catch (r) {
      return this.warn("TAR_ENTRY_INVALID", r);
    }
    if (i2.nullBlock) this[je] ? (this[ti] = true, this[B] === "begin" && (this[B] = "header"), this[At]("eof")) : (this[je] = true, this[At]("nullBlock"));
    else if (this[je] = false, !i2.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i2 });
    else if (!i2.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i2 });
    else {
      let r = i2.type;
      if (/^(Symbolic)?Link$/.test(r) && !i2.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i2 });
      else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i2.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i2 });
      else {
        let n = this[Nt] = new $e(i2, this[V], this[he]);
        if (!this[It]) if (n.remain) {
          let o = () => {
            n.invalid || (this[It] = true);
          };
          n.on("end", o);
        } else this[It] = true;
        n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[At]("ignoredEntry", n), this[B] = "ignore", n.resume()) : n.size > 0 && (this[dt] = "", n.on("data", (o) => this[dt] += o), this[B] = "meta") : (this[V] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[At]("ignoredEntry", n), this[B] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[B] = "body" : (this[B] = "header", n.end()), this[it] ? this[st].push(n) : (this[st].push(n), this[Zi]())));
      }
    }
  }
  [$s]() {
    queueMicrotask(() => this.emit("close"));
  }
  [Zs](t) {
    let e = true;
    if (!t) this[it] = void 0, e = false;
    else if (Array.isArray(t)) {
      let [i2, ...r] = t;
      this.emit(i2, ...r);
    } else this[it] = t, this.emit("entry", t), t.emittedEnd || (t.on("end", () => this[Zi]()), e = false);
    return e;
  }
  [Zi]() {
    do
      ;
    while (this[Zs](this[st].shift()));
    if (this[st].length === 0) {
      let t = this[it];
      !t || t.flowing || t.size === t.remain ? this[Yt] || this.emit("drain") : t.once("drain", () => this.emit("drain"));
    }
  }
  [Ki](t, e) {
    let i2 = this[Nt];
    if (!i2) throw new Error("attempt to consume body without entry??");
    let r = i2.blockRemain ?? 0, n = r >= t.length && e === 0 ? t : t.subarray(e, e + r);
    return i2.write(n), i2.blockRemain || (this[B] = "header", this[Nt] = void 0, i2.end()), n.length;
  }
  [Ks](t, e) {
    let i2 = this[Nt], r = this[Ki](t, e);
    return !this[Nt] && i2 && this[Ys](i2), r;
  }
  [At](t, e, i2) {
    this[st].length === 0 && !this[it] ? this.emit(t, e, i2) : this[st].push([t, e, i2]);
  }
  [Ys](t) {
    switch (this[At]("meta", this[dt]), t.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[V] = ft.parse(this[dt], this[V], false);
        break;
      case "GlobalExtendedHeader":
        this[he] = ft.parse(this[dt], this[he], true);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        let e = this[V] ?? /* @__PURE__ */ Object.create(null);
        this[V] = e, e.path = this[dt].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        let e = this[V] || /* @__PURE__ */ Object.create(null);
        this[V] = e, e.linkpath = this[dt].replace(/\0.*/, "");
        break;
      }
      default:
        throw new Error("unknown meta: " + t.type);
    }
  }
  abort(t) {
    if (!this[$]) {
      if (this[w]) {
        let e = this[w];
        e.write = () => true, e.end = () => e, e.emit = () => false, e.destroy?.();
      }
      this[$] = true, this.emit("abort", t), this.warn("TAR_ABORT", t, { recoverable: false });
    }
  }
  [Xs](t) {
    this[$i] += t.length;
    let e = this[$i] / this[le];
    return e > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
  }
  write(t, e, i2) {
    if (typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this[$]) return i2?.(), false;
    if ((this[w] === void 0 || this.brotli === void 0 && this[w] === false) && t) {
      if (this[p] && (t = Buffer.concat([this[p], t]), this[p] = void 0), t.length < An) return this[p] = t, i2?.(), true;
      for (let a = 0; this[w] === void 0 && a < Xi.length; a++) t[a] !== Xi[a] && (this[w] = false);
      let o = false;
      if (this[w] === false && this.zstd !== false) {
        o = true;
        for (let a = 0; a < qi.length; a++) if (t[a] !== qi[a]) {
          o = false;
          break;
        }
      }
      let h = this.brotli === void 0 && !o;
      if (this[w] === false && h) if (t.length < 512) if (this[ut]) this.brotli = true;
      else return this[p] = t, i2?.(), true;
      else try {
        new F(t.subarray(0, 512)), this.brotli = false;
      } catch {
        this.brotli = true;
      }
      if (this[w] === void 0 || this[w] === false && (this.brotli || o)) {
        let a = this[ut];
        this[ut] = false, this[w] = this[w] === void 0 ? new Ue({}) : o ? new Ke({}) : new Ge({}), this[w].on("data", (c) => {
          this[Xs](c) && this[Xe](c);
        }), this[w].on("error", (c) => {
          this[$] || this.abort(c);
        }), this[w].on("end", () => {
          this[ut] = true, this[Xe]();
        }), this[Yt] = true, this[le] += t.length;
        let l = !!this[w][a ? "end" : "write"](t);
        return this[Yt] = false, i2?.(), l;
      }
    }
    this[Yt] = true, this[w] ? (this[le] += t.length, this[w].write(t)) : this[Xe](t), this[Yt] = false;
    let n = this[st].length > 0 ? false : this[it] ? this[it].flowing : true;
    return !n && this[st].length === 0 && this[it]?.once("drain", () => this.emit("drain")), i2?.(), n;
  }
  [Vi](t) {
    t && !this[$] && (this[p] = this[p] ? Buffer.concat([this[p], t]) : t);
  }
  [Qe]() {
    if (this[ut] && !this[Yi] && !this[$] && !this[ae]) {
      this[Yi] = true;
      let t = this[Nt];
      if (t?.blockRemain) {
        let e = this[p] ? this[p].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`, { entry: t }), this[p] && t.write(this[p]), t.end();
      }
      this[At](Je);
    }
  }
  [Xe](t) {
    if (this[ae] && t) this[Vi](t);
    else if (!t && !this[p]) this[Qe]();
    else if (t) {
      if (this[ae] = true, this[p]) {
        this[Vi](t);
        let e = this[p];
        this[p] = void 0, this[qe](e);
      } else this[qe](t);
      for (; this[p] && this[p]?.length >= 512 && !this[$] && !this[ti]; ) {
        let e = this[p];
        this[p] = void 0, this[qe](e);
      }
      this[ae] = false;
    }
    (!this[p] || this[ut]) && this[Qe]();
  }
  [qe](t) {
    let e = 0, i2 = t.length;
    for (; e + 512 <= i2 && !this[$] && !this[ti]; ) switch (this[B]) {
      case "begin":
      case "header":
        this[Vs](t, e), e += 512;
        break;
      case "ignore":
      case "body":
        e += this[Ki](t, e);
        break;
      case "meta":
        e += this[Ks](t, e);
        break;
      default:
        throw new Error("invalid state: " + this[B]);
    }
    e < i2 && (this[p] = this[p] ? Buffer.concat([t.subarray(e), this[p]]) : t.subarray(e));
  }
  end(t, e, i2) {
    return typeof t == "function" && (i2 = t, e = void 0, t = void 0), typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e)), i2 && this.once("finish", i2), this[$] || (this[w] ? (t && (this[le] += t.length, this[w].write(t)), this[w].end()) : (this[ut] = true, (this.brotli === void 0 || this.zstd === void 0) && (t = t || Buffer.alloc(0)), t && this.write(t), this[Qe]())), this;
  }
};
var mt = (s3) => {
  let t = s3.length - 1, e = -1;
  for (; t > -1 && s3.charAt(t) === "/"; ) e = t, t--;
  return e === -1 ? s3 : s3.slice(0, e);
};
var vn = (s3) => {
  let t = s3.onReadEntry;
  s3.onReadEntry = t ? (e) => {
    t(e), e.resume();
  } : (e) => e.resume();
};
var Qi = (s3, t) => {
  let e = new Map(t.map((o) => [mt(o), true])), i2 = s3.filter, r = 100, n = (o, h = "", a = 0) => {
    if (a >= r) return e.set(o, false), false;
    let l = h || kn(o).root || ".", c;
    if (o === l) c = false;
    else {
      let d = e.get(o);
      c = d !== void 0 ? d : n(Fn(o), l, a + 1);
    }
    return e.set(o, c), c;
  };
  s3.filter = i2 ? (o, h) => i2(o, h) && n(mt(o)) : (o) => n(mt(o));
};
var Mn = (s3) => {
  let t = new rt(s3), e = s3.file, i2;
  try {
    i2 = Kt.openSync(e, "r");
    let r = Kt.fstatSync(i2), n = s3.maxReadSize || 16 * 1024 * 1024;
    if (r.size < n) {
      let o = Buffer.allocUnsafe(r.size), h = Kt.readSync(i2, o, 0, r.size, 0);
      t.end(h === o.byteLength ? o : o.subarray(0, h));
    } else {
      let o = 0, h = Buffer.allocUnsafe(n);
      for (; o < r.size; ) {
        let a = Kt.readSync(i2, h, 0, n, o);
        if (a === 0) break;
        o += a, t.write(h.subarray(0, a));
      }
      t.end();
    }
  } finally {
    if (typeof i2 == "number") try {
      Kt.closeSync(i2);
    } catch {
    }
  }
};
var Bn = (s3, t) => {
  let e = new rt(s3), i2 = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("end", o), Kt.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i2, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var Ct = K(Mn, Bn, (s3) => new rt(s3), (s3) => new rt(s3), (s3, t) => {
  t?.length && Qi(s3, t), s3.noResume || vn(s3);
});
var Ji = (s3, t, e) => (s3 &= 4095, e && (s3 = (s3 | 384) & -19), t && (s3 & 256 && (s3 |= 64), s3 & 32 && (s3 |= 8), s3 & 4 && (s3 |= 1)), s3);
var { isAbsolute: zn, parse: qs } = Pn;
var ce = (s3) => {
  let t = "", e = qs(s3);
  for (; zn(s3) || e.root; ) {
    let i2 = s3.charAt(0) === "/" && s3.slice(0, 4) !== "//?/" ? "/" : e.root;
    s3 = s3.slice(i2.length), t += i2, e = qs(s3);
  }
  return [t, s3];
};
var ei = ["|", "<", ">", "?", ":"];
var ji = ei.map((s3) => String.fromCodePoint(61440 + Number(s3.codePointAt(0))));
var Un = new Map(ei.map((s3, t) => [s3, ji[t]]));
var Hn = new Map(ji.map((s3, t) => [s3, ei[t]]));
var ts = (s3) => ei.reduce((t, e) => t.split(e).join(Un.get(e)), s3);
var Qs = (s3) => ji.reduce((t, e) => t.split(e).join(Hn.get(e)), s3);
var rr = (s3, t) => t ? (s3 = f(s3).replace(/^\.(\/|$)/, ""), mt(t) + "/" + s3) : f(s3);
var Wn = 16 * 1024 * 1024;
var tr = /* @__PURE__ */ Symbol("process");
var er = /* @__PURE__ */ Symbol("file");
var ir = /* @__PURE__ */ Symbol("directory");
var is = /* @__PURE__ */ Symbol("symlink");
var sr = /* @__PURE__ */ Symbol("hardlink");
var fe = /* @__PURE__ */ Symbol("header");
var ii = /* @__PURE__ */ Symbol("read");
var ss = /* @__PURE__ */ Symbol("lstat");
var si = /* @__PURE__ */ Symbol("onlstat");
var rs = /* @__PURE__ */ Symbol("onread");
var ns = /* @__PURE__ */ Symbol("onreadlink");
var os = /* @__PURE__ */ Symbol("openfile");
var hs = /* @__PURE__ */ Symbol("onopenfile");
var pt = /* @__PURE__ */ Symbol("close");
var ri = /* @__PURE__ */ Symbol("mode");
var as = /* @__PURE__ */ Symbol("awaitDrain");
var es = /* @__PURE__ */ Symbol("ondrain");
var q = /* @__PURE__ */ Symbol("prefix");
var de = class extends A {
  path;
  portable;
  myuid = process.getuid && process.getuid() || 0;
  myuser = process.env.USER || "";
  maxReadSize;
  linkCache;
  statCache;
  preservePaths;
  cwd;
  strict;
  mtime;
  noPax;
  noMtime;
  prefix;
  fd;
  blockLen = 0;
  blockRemain = 0;
  buf;
  pos = 0;
  remain = 0;
  length = 0;
  offset = 0;
  win32;
  absolute;
  header;
  type;
  linkpath;
  stat;
  onWriteEntry;
  #t = false;
  constructor(t, e = {}) {
    let i2 = se(e);
    super(), this.path = f(t), this.portable = !!i2.portable, this.maxReadSize = i2.maxReadSize || Wn, this.linkCache = i2.linkCache || /* @__PURE__ */ new Map(), this.statCache = i2.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i2.preservePaths, this.cwd = f(i2.cwd || process.cwd()), this.strict = !!i2.strict, this.noPax = !!i2.noPax, this.noMtime = !!i2.noMtime, this.mtime = i2.mtime, this.prefix = i2.prefix ? f(i2.prefix) : void 0, this.onWriteEntry = i2.onWriteEntry, typeof i2.onwarn == "function" && this.on("warn", i2.onwarn);
    let r = false;
    if (!this.preservePaths) {
      let [o, h] = ce(this.path);
      o && typeof h == "string" && (this.path = h, r = o);
    }
    this.win32 = !!i2.win32 || process.platform === "win32", this.win32 && (this.path = Qs(this.path.replaceAll(/\\/g, "/")), t = t.replaceAll(/\\/g, "/")), this.absolute = f(i2.absolute || js.resolve(this.cwd, t)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
    let n = this.statCache.get(this.absolute);
    n ? this[si](n) : this[ss]();
  }
  warn(t, e, i2 = {}) {
    return Dt(this, t, e, i2);
  }
  emit(t, ...e) {
    return t === "error" && (this.#t = true), super.emit(t, ...e);
  }
  [ss]() {
    X.lstat(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[si](e);
    });
  }
  [si](t) {
    this.statCache.set(this.absolute, t), this.stat = t, t.isFile() || (t.size = 0), this.type = Gn(t), this.emit("stat", t), this[tr]();
  }
  [tr]() {
    switch (this.type) {
      case "File":
        return this[er]();
      case "Directory":
        return this[ir]();
      case "SymbolicLink":
        return this[is]();
      default:
        return this.end();
    }
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [fe]() {
    if (!this.stat) throw new Error("cannot write header before stat");
    this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this[ri](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
    let t = this.header?.block;
    if (!t) throw new Error("failed to encode header");
    super.write(t);
  }
  [ir]() {
    if (!this.stat) throw new Error("cannot create directory entry without stat");
    this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[fe](), this.end();
  }
  [is]() {
    X.readlink(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[ns](e);
    });
  }
  [ns](t) {
    this.linkpath = f(t), this[fe](), this.end();
  }
  [sr](t) {
    if (!this.stat) throw new Error("cannot create link entry without stat");
    this.type = "Link", this.linkpath = f(js.relative(this.cwd, t)), this.stat.size = 0, this[fe](), this.end();
  }
  [er]() {
    if (!this.stat) throw new Error("cannot create file entry without stat");
    if (this.stat.nlink > 1) {
      let t = `${this.stat.dev}:${this.stat.ino}`, e = this.linkCache.get(t);
      if (e?.indexOf(this.cwd) === 0) return this[sr](e);
      this.linkCache.set(t, this.absolute);
    }
    if (this[fe](), this.stat.size === 0) return this.end();
    this[os]();
  }
  [os]() {
    X.open(this.absolute, "r", (t, e) => {
      if (t) return this.emit("error", t);
      this[hs](e);
    });
  }
  [hs](t) {
    if (this.fd = t, this.#t) return this[pt]();
    if (!this.stat) throw new Error("should stat before calling onopenfile");
    this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
    let e = Math.min(this.blockLen, this.maxReadSize);
    this.buf = Buffer.allocUnsafe(e), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[ii]();
  }
  [ii]() {
    let { fd: t, buf: e, offset: i2, length: r, pos: n } = this;
    if (t === void 0 || e === void 0) throw new Error("cannot read file without first opening");
    X.read(t, e, i2, r, n, (o, h) => {
      if (o) return this[pt](() => this.emit("error", o));
      this[rs](h);
    });
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.close(this.fd, t);
  }
  [rs](t) {
    if (t <= 0 && this.remain > 0) {
      let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (t > this.remain) {
      let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (!this.buf) throw new Error("should have created buffer prior to reading");
    if (t === this.remain) for (let r = t; r < this.length && t < this.blockRemain; r++) this.buf[r + this.offset] = 0, t++, this.remain++;
    let e = this.offset === 0 && t === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + t);
    this.write(e) ? this[es]() : this[as](() => this[es]());
  }
  [as](t) {
    this.once("drain", t);
  }
  write(t, e, i2) {
    if (typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this.blockRemain < t.length) {
      let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
      return this.emit("error", r);
    }
    return this.remain -= t.length, this.blockRemain -= t.length, this.pos += t.length, this.offset += t.length, super.write(t, null, i2);
  }
  [es]() {
    if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[pt]((t) => t ? this.emit("error", t) : this.end());
    if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
    this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[ii]();
  }
};
var ni = class extends de {
  sync = true;
  [ss]() {
    this[si](X.lstatSync(this.absolute));
  }
  [is]() {
    this[ns](X.readlinkSync(this.absolute));
  }
  [os]() {
    this[hs](X.openSync(this.absolute, "r"));
  }
  [ii]() {
    let t = true;
    try {
      let { fd: e, buf: i2, offset: r, length: n, pos: o } = this;
      if (e === void 0 || i2 === void 0) throw new Error("fd and buf must be set in READ method");
      let h = X.readSync(e, i2, r, n, o);
      this[rs](h), t = false;
    } finally {
      if (t) try {
        this[pt](() => {
        });
      } catch {
      }
    }
  }
  [as](t) {
    t();
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.closeSync(this.fd), t();
  }
};
var oi = class extends A {
  blockLen = 0;
  blockRemain = 0;
  buf = 0;
  pos = 0;
  remain = 0;
  length = 0;
  preservePaths;
  portable;
  strict;
  noPax;
  noMtime;
  readEntry;
  type;
  prefix;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  header;
  mtime;
  atime;
  ctime;
  linkpath;
  size;
  onWriteEntry;
  warn(t, e, i2 = {}) {
    return Dt(this, t, e, i2);
  }
  constructor(t, e = {}) {
    let i2 = se(e);
    super(), this.preservePaths = !!i2.preservePaths, this.portable = !!i2.portable, this.strict = !!i2.strict, this.noPax = !!i2.noPax, this.noMtime = !!i2.noMtime, this.onWriteEntry = i2.onWriteEntry, this.readEntry = t;
    let { type: r } = t;
    if (r === "Unsupported") throw new Error("writing entry that should be ignored");
    this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i2.prefix, this.path = f(t.path), this.mode = t.mode !== void 0 ? this[ri](t.mode) : void 0, this.uid = this.portable ? void 0 : t.uid, this.gid = this.portable ? void 0 : t.gid, this.uname = this.portable ? void 0 : t.uname, this.gname = this.portable ? void 0 : t.gname, this.size = t.size, this.mtime = this.noMtime ? void 0 : i2.mtime || t.mtime, this.atime = this.portable ? void 0 : t.atime, this.ctime = this.portable ? void 0 : t.ctime, this.linkpath = t.linkpath !== void 0 ? f(t.linkpath) : void 0, typeof i2.onwarn == "function" && this.on("warn", i2.onwarn);
    let n = false;
    if (!this.preservePaths) {
      let [h, a] = ce(this.path);
      h && typeof a == "string" && (this.path = a, n = h);
    }
    this.remain = t.size, this.blockRemain = t.startBlockSize, this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
    let o = this.header?.block;
    if (!o) throw new Error("failed to encode header");
    super.write(o), t.pipe(this);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  write(t, e, i2) {
    typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8"));
    let r = t.length;
    if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    return this.blockRemain -= r, super.write(t, i2);
  }
  end(t, e, i2) {
    return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof t == "function" && (i2 = t, e = void 0, t = void 0), typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e ?? "utf8")), i2 && this.once("finish", i2), t ? super.end(t, i2) : super.end(i2), this;
  }
};
var Gn = (s3) => s3.isFile() ? "File" : s3.isDirectory() ? "Directory" : s3.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
var hi = class s2 {
  tail;
  head;
  length = 0;
  static create(t = []) {
    return new s2(t);
  }
  constructor(t = []) {
    for (let e of t) this.push(e);
  }
  *[Symbol.iterator]() {
    for (let t = this.head; t; t = t.next) yield t.value;
  }
  removeNode(t) {
    if (t.list !== this) throw new Error("removing node which does not belong to this list");
    let e = t.next, i2 = t.prev;
    return e && (e.prev = i2), i2 && (i2.next = e), t === this.head && (this.head = e), t === this.tail && (this.tail = i2), this.length--, t.next = void 0, t.prev = void 0, t.list = void 0, e;
  }
  unshiftNode(t) {
    if (t === this.head) return;
    t.list && t.list.removeNode(t);
    let e = this.head;
    t.list = this, t.next = e, e && (e.prev = t), this.head = t, this.tail || (this.tail = t), this.length++;
  }
  pushNode(t) {
    if (t === this.tail) return;
    t.list && t.list.removeNode(t);
    let e = this.tail;
    t.list = this, t.prev = e, e && (e.next = t), this.tail = t, this.head || (this.head = t), this.length++;
  }
  push(...t) {
    for (let e = 0, i2 = t.length; e < i2; e++) Yn(this, t[e]);
    return this.length;
  }
  unshift(...t) {
    for (var e = 0, i2 = t.length; e < i2; e++) Kn(this, t[e]);
    return this.length;
  }
  pop() {
    if (!this.tail) return;
    let t = this.tail.value, e = this.tail;
    return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, e.list = void 0, this.length--, t;
  }
  shift() {
    if (!this.head) return;
    let t = this.head.value, e = this.head;
    return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, e.list = void 0, this.length--, t;
  }
  forEach(t, e) {
    e = e || this;
    for (let i2 = this.head, r = 0; i2; r++) t.call(e, i2.value, r, this), i2 = i2.next;
  }
  forEachReverse(t, e) {
    e = e || this;
    for (let i2 = this.tail, r = this.length - 1; i2; r--) t.call(e, i2.value, r, this), i2 = i2.prev;
  }
  get(t) {
    let e = 0, i2 = this.head;
    for (; i2 && e < t; e++) i2 = i2.next;
    if (e === t && i2) return i2.value;
  }
  getReverse(t) {
    let e = 0, i2 = this.tail;
    for (; i2 && e < t; e++) i2 = i2.prev;
    if (e === t && i2) return i2.value;
  }
  map(t, e) {
    e = e || this;
    let i2 = new s2();
    for (let r = this.head; r; ) i2.push(t.call(e, r.value, this)), r = r.next;
    return i2;
  }
  mapReverse(t, e) {
    e = e || this;
    var i2 = new s2();
    for (let r = this.tail; r; ) i2.push(t.call(e, r.value, this)), r = r.prev;
    return i2;
  }
  reduce(t, e) {
    let i2, r = this.head;
    if (arguments.length > 1) i2 = e;
    else if (this.head) r = this.head.next, i2 = this.head.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (var n = 0; r; n++) i2 = t(i2, r.value, n), r = r.next;
    return i2;
  }
  reduceReverse(t, e) {
    let i2, r = this.tail;
    if (arguments.length > 1) i2 = e;
    else if (this.tail) r = this.tail.prev, i2 = this.tail.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (let n = this.length - 1; r; n--) i2 = t(i2, r.value, n), r = r.prev;
    return i2;
  }
  toArray() {
    let t = new Array(this.length);
    for (let e = 0, i2 = this.head; i2; e++) t[e] = i2.value, i2 = i2.next;
    return t;
  }
  toArrayReverse() {
    let t = new Array(this.length);
    for (let e = 0, i2 = this.tail; i2; e++) t[e] = i2.value, i2 = i2.prev;
    return t;
  }
  slice(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i2 = new s2();
    if (e < t || e < 0) return i2;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.head, n = 0;
    for (n = 0; r && n < t; n++) r = r.next;
    for (; r && n < e; n++, r = r.next) i2.push(r.value);
    return i2;
  }
  sliceReverse(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i2 = new s2();
    if (e < t || e < 0) return i2;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.length, n = this.tail;
    for (; n && r > e; r--) n = n.prev;
    for (; n && r > t; r--, n = n.prev) i2.push(n.value);
    return i2;
  }
  splice(t, e = 0, ...i2) {
    t > this.length && (t = this.length - 1), t < 0 && (t = this.length + t);
    let r = this.head;
    for (let o = 0; r && o < t; o++) r = r.next;
    let n = [];
    for (let o = 0; r && o < e; o++) n.push(r.value), r = this.removeNode(r);
    r ? r !== this.tail && (r = r.prev) : r = this.tail;
    for (let o of i2) r = Zn(this, r, o);
    return n;
  }
  reverse() {
    let t = this.head, e = this.tail;
    for (let i2 = t; i2; i2 = i2.prev) {
      let r = i2.prev;
      i2.prev = i2.next, i2.next = r;
    }
    return this.head = e, this.tail = t, this;
  }
};
function Zn(s3, t, e) {
  let i2 = t, r = t ? t.next : s3.head, n = new ue(e, i2, r, s3);
  return n.next === void 0 && (s3.tail = n), n.prev === void 0 && (s3.head = n), s3.length++, n;
}
function Yn(s3, t) {
  s3.tail = new ue(t, s3.tail, void 0, s3), s3.head || (s3.head = s3.tail), s3.length++;
}
function Kn(s3, t) {
  s3.head = new ue(t, void 0, s3.head, s3), s3.tail || (s3.tail = s3.head), s3.length++;
}
var ue = class {
  list;
  next;
  prev;
  value;
  constructor(t, e, i2, r) {
    this.list = r, this.value = t, e ? (e.next = this, this.prev = e) : this.prev = void 0, i2 ? (i2.prev = this, this.next = i2) : this.next = void 0;
  }
};
var pi = class {
  path;
  absolute;
  entry;
  stat;
  readdir;
  pending = false;
  pendingLink = false;
  ignore = false;
  piped = false;
  constructor(t, e) {
    this.path = t || "./", this.absolute = e;
  }
};
var nr = Buffer.alloc(1024);
var li = /* @__PURE__ */ Symbol("onStat");
var me = /* @__PURE__ */ Symbol("ended");
var W = /* @__PURE__ */ Symbol("queue");
var pe = /* @__PURE__ */ Symbol("pendingLinks");
var Et = /* @__PURE__ */ Symbol("current");
var Ft = /* @__PURE__ */ Symbol("process");
var Ee = /* @__PURE__ */ Symbol("processing");
var ai = /* @__PURE__ */ Symbol("processJob");
var G = /* @__PURE__ */ Symbol("jobs");
var ls = /* @__PURE__ */ Symbol("jobDone");
var ci = /* @__PURE__ */ Symbol("addFSEntry");
var or = /* @__PURE__ */ Symbol("addTarEntry");
var ds = /* @__PURE__ */ Symbol("stat");
var us = /* @__PURE__ */ Symbol("readdir");
var fi = /* @__PURE__ */ Symbol("onreaddir");
var di = /* @__PURE__ */ Symbol("pipe");
var hr = /* @__PURE__ */ Symbol("entry");
var cs = /* @__PURE__ */ Symbol("entryOpt");
var ui = /* @__PURE__ */ Symbol("writeEntryClass");
var lr = /* @__PURE__ */ Symbol("write");
var fs = /* @__PURE__ */ Symbol("ondrain");
var wt = class extends A {
  sync = false;
  opt;
  cwd;
  maxReadSize;
  preservePaths;
  strict;
  noPax;
  prefix;
  linkCache;
  statCache;
  file;
  portable;
  zip;
  readdirCache;
  noDirRecurse;
  follow;
  noMtime;
  mtime;
  filter;
  jobs;
  [ui];
  onWriteEntry;
  [W];
  [pe] = /* @__PURE__ */ new Map();
  [G] = 0;
  [Ee] = false;
  [me] = false;
  constructor(t = {}) {
    if (super(), this.opt = t, this.file = t.file || "", this.cwd = t.cwd || process.cwd(), this.maxReadSize = t.maxReadSize, this.preservePaths = !!t.preservePaths, this.strict = !!t.strict, this.noPax = !!t.noPax, this.prefix = f(t.prefix || ""), this.linkCache = t.linkCache || /* @__PURE__ */ new Map(), this.statCache = t.statCache || /* @__PURE__ */ new Map(), this.readdirCache = t.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = t.onWriteEntry, this[ui] = de, typeof t.onwarn == "function" && this.on("warn", t.onwarn), this.portable = !!t.portable, t.gzip || t.brotli || t.zstd) {
      if ((t.gzip ? 1 : 0) + (t.brotli ? 1 : 0) + (t.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
      if (t.gzip && (typeof t.gzip != "object" && (t.gzip = {}), this.portable && (t.gzip.portable = true), this.zip = new ze(t.gzip)), t.brotli && (typeof t.brotli != "object" && (t.brotli = {}), this.zip = new We(t.brotli)), t.zstd && (typeof t.zstd != "object" && (t.zstd = {}), this.zip = new Ye(t.zstd)), !this.zip) throw new Error("impossible");
      let e = this.zip;
      e.on("data", (i2) => super.write(i2)), e.on("end", () => super.end()), e.on("drain", () => this[fs]()), this.on("resume", () => e.resume());
    } else this.on("drain", this[fs]);
    this.noDirRecurse = !!t.noDirRecurse, this.follow = !!t.follow, this.noMtime = !!t.noMtime, t.mtime && (this.mtime = t.mtime), this.filter = typeof t.filter == "function" ? t.filter : () => true, this[W] = new hi(), this[G] = 0, this.jobs = Number(t.jobs) || 4, this[Ee] = false, this[me] = false;
  }
  [lr](t) {
    return super.write(t);
  }
  add(t) {
    return this.write(t), this;
  }
  end(t, e, i2) {
    return typeof t == "function" && (i2 = t, t = void 0), typeof e == "function" && (i2 = e, e = void 0), t && this.add(t), this[me] = true, this[Ft](), i2 && i2(), this;
  }
  write(t) {
    if (this[me]) throw new Error("write after end");
    return typeof t == "string" ? this[ci](t) : this[or](t), this.flowing;
  }
  [or](t) {
    let e = f(ar.resolve(this.cwd, t.path));
    if (!this.filter(t.path, t)) t.resume();
    else {
      let i2 = new pi(t.path, e);
      i2.entry = new oi(t, this[cs](i2)), i2.entry.on("end", () => this[ls](i2)), this[G] += 1, this[W].push(i2);
    }
    this[Ft]();
  }
  [ci](t) {
    let e = f(ar.resolve(this.cwd, t));
    this[W].push(new pi(t, e)), this[Ft]();
  }
  [ds](t) {
    t.pending = true, this[G] += 1;
    let e = this.follow ? "stat" : "lstat";
    mi[e](t.absolute, (i2, r) => {
      t.pending = false, this[G] -= 1, i2 ? this.emit("error", i2) : this[li](t, r);
    });
  }
  [li](t, e) {
    if (this.statCache.set(t.absolute, e), t.stat = e, !this.filter(t.path, e)) t.ignore = true;
    else if (e.isFile() && e.nlink > 1 && !this.linkCache.get(`${e.dev}:${e.ino}`) && !this.sync) if (t === this[Et]) this[ai](t);
    else {
      let i2 = `${e.dev}:${e.ino}`, r = this[pe].get(i2);
      r ? r.push(t) : this[pe].set(i2, [t]), t.pendingLink = true, t.pending = true;
    }
    this[Ft]();
  }
  [us](t) {
    t.pending = true, this[G] += 1, mi.readdir(t.absolute, (e, i2) => {
      if (t.pending = false, this[G] -= 1, e) return this.emit("error", e);
      this[fi](t, i2);
    });
  }
  [fi](t, e) {
    this.readdirCache.set(t.absolute, e), t.readdir = e, this[Ft]();
  }
  [Ft]() {
    if (!this[Ee]) {
      this[Ee] = true;
      for (let t = this[W].head; t && this[G] < this.jobs; t = t.next) if (this[ai](t.value), t.value.ignore) {
        let e = t.next;
        this[W].removeNode(t), t.next = e;
      }
      this[Ee] = false, this[me] && this[W].length === 0 && this[G] === 0 && (this.zip ? this.zip.end(nr) : (super.write(nr), super.end()));
    }
  }
  get [Et]() {
    return this[W] && this[W].head && this[W].head.value;
  }
  [ls](t) {
    this[W].shift(), this[G] -= 1;
    let { stat: e } = t;
    if (e && e.isFile() && e.nlink > 1) {
      let i2 = `${e.dev}:${e.ino}`, r = this[pe].get(i2);
      if (r) {
        this[pe].delete(i2);
        for (let n of r) n.pending = false, this[ai](n);
      }
    }
    this[Ft]();
  }
  [ai](t) {
    if (t.pending && t.pendingLink && t === this[Et] && (t.pending = false, t.pendingLink = false), !t.pending) {
      if (t.entry) {
        t === this[Et] && !t.piped && this[di](t);
        return;
      }
      if (!t.stat) {
        let e = this.statCache.get(t.absolute);
        e ? this[li](t, e) : this[ds](t);
      }
      if (t.stat && !t.ignore) {
        if (!this.noDirRecurse && t.stat.isDirectory() && !t.readdir) {
          let e = this.readdirCache.get(t.absolute);
          if (e ? this[fi](t, e) : this[us](t), !t.readdir) return;
        }
        if (t.entry = this[hr](t), !t.entry) {
          t.ignore = true;
          return;
        }
        t === this[Et] && !t.piped && this[di](t);
      }
    }
  }
  [cs](t) {
    return { onwarn: (e, i2, r) => this.warn(e, i2, r), noPax: this.noPax, cwd: this.cwd, absolute: t.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
  }
  [hr](t) {
    this[G] += 1;
    try {
      return new this[ui](t.path, this[cs](t)).on("end", () => this[ls](t)).on("error", (i2) => this.emit("error", i2));
    } catch (e) {
      this.emit("error", e);
    }
  }
  [fs]() {
    this[Et] && this[Et].entry && this[Et].entry.resume();
  }
  [di](t) {
    t.piped = true, t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    });
    let e = t.entry, i2 = this.zip;
    if (!e) throw new Error("cannot pipe without source");
    i2 ? e.on("data", (r) => {
      i2.write(r) || e.pause();
    }) : e.on("data", (r) => {
      super.write(r) || e.pause();
    });
  }
  pause() {
    return this.zip && this.zip.pause(), super.pause();
  }
  warn(t, e, i2 = {}) {
    Dt(this, t, e, i2);
  }
};
var kt = class extends wt {
  sync = true;
  constructor(t) {
    super(t), this[ui] = ni;
  }
  pause() {
  }
  resume() {
  }
  [ds](t) {
    let e = this.follow ? "statSync" : "lstatSync";
    this[li](t, mi[e](t.absolute));
  }
  [us](t) {
    this[fi](t, mi.readdirSync(t.absolute));
  }
  [di](t) {
    let e = t.entry, i2 = this.zip;
    if (t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    }), !e) throw new Error("Cannot pipe without source");
    i2 ? e.on("data", (r) => {
      i2.write(r);
    }) : e.on("data", (r) => {
      super[lr](r);
    });
  }
};
var Vn = (s3, t) => {
  let e = new kt(s3), i2 = new Wt(s3.file, { mode: s3.mode || 438 });
  e.pipe(i2), fr(e, t);
};
var $n = (s3, t) => {
  let e = new wt(s3), i2 = new et(s3.file, { mode: s3.mode || 438 });
  e.pipe(i2);
  let r = new Promise((n, o) => {
    i2.on("error", o), i2.on("close", n), e.on("error", o);
  });
  return dr(e, t).catch((n) => e.emit("error", n)), r;
};
var fr = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: cr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i2) => s3.add(i2) }) : s3.add(e);
  }), s3.end();
};
var dr = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: cr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i2) => {
    s3.add(i2);
  } }) : s3.add(e);
  s3.end();
};
var Xn = (s3, t) => {
  let e = new kt(s3);
  return fr(e, t), e;
};
var qn = (s3, t) => {
  let e = new wt(s3);
  return dr(e, t).catch((i2) => e.emit("error", i2)), e;
};
var Qn = K(Vn, $n, Xn, qn, (s3, t) => {
  if (!t?.length) throw new TypeError("no paths specified to add to archive");
});
var Jn = process.env.__FAKE_PLATFORM__ || process.platform;
var Er = Jn === "win32";
var { O_CREAT: wr, O_NOFOLLOW: ur, O_TRUNC: Sr, O_WRONLY: yr } = pr.constants;
var Rr = Number(process.env.__FAKE_FS_O_FILENAME__) || pr.constants.UV_FS_O_FILEMAP || 0;
var jn = Er && !!Rr;
var to = 512 * 1024;
var eo = Rr | Sr | wr | yr;
var mr = !Er && typeof ur == "number" ? ur | Sr | wr | yr : null;
var ms = mr !== null ? () => mr : jn ? (s3) => s3 < to ? eo : "w" : () => "w";
var ps = (s3, t, e) => {
  try {
    return wi.lchownSync(s3, t, e);
  } catch (i2) {
    if (i2?.code !== "ENOENT") throw i2;
  }
};
var Ei = (s3, t, e, i2) => {
  wi.lchown(s3, t, e, (r) => {
    i2(r && r?.code !== "ENOENT" ? r : null);
  });
};
var io = (s3, t, e, i2, r) => {
  if (t.isDirectory()) Es(we.resolve(s3, t.name), e, i2, (n) => {
    if (n) return r(n);
    let o = we.resolve(s3, t.name);
    Ei(o, e, i2, r);
  });
  else {
    let n = we.resolve(s3, t.name);
    Ei(n, e, i2, r);
  }
};
var Es = (s3, t, e, i2) => {
  wi.readdir(s3, { withFileTypes: true }, (r, n) => {
    if (r) {
      if (r.code === "ENOENT") return i2();
      if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i2(r);
    }
    if (r || !n.length) return Ei(s3, t, e, i2);
    let o = n.length, h = null, a = (l) => {
      if (!h) {
        if (l) return i2(h = l);
        if (--o === 0) return Ei(s3, t, e, i2);
      }
    };
    for (let l of n) io(s3, l, t, e, a);
  });
};
var so = (s3, t, e, i2) => {
  t.isDirectory() && ws(we.resolve(s3, t.name), e, i2), ps(we.resolve(s3, t.name), e, i2);
};
var ws = (s3, t, e) => {
  let i2;
  try {
    i2 = wi.readdirSync(s3, { withFileTypes: true });
  } catch (r) {
    let n = r;
    if (n?.code === "ENOENT") return;
    if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return ps(s3, t, e);
    throw n;
  }
  for (let r of i2) so(s3, r, t, e);
  return ps(s3, t, e);
};
var Se = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(t, e) {
    super(`${e}: Cannot cd into '${t}'`), this.path = t, this.code = e;
  }
  get name() {
    return "CwdError";
  }
};
var St = class extends Error {
  path;
  symlink;
  syscall = "symlink";
  code = "TAR_SYMLINK_ERROR";
  constructor(t, e) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = t, this.path = e;
  }
  get name() {
    return "SymlinkError";
  }
};
var no = (s3, t) => {
  k.stat(s3, (e, i2) => {
    (e || !i2.isDirectory()) && (e = new Se(s3, e?.code || "ENOTDIR")), t(e);
  });
};
var gr = (s3, t, e) => {
  s3 = f(s3);
  let i2 = t.umask ?? 18, r = t.mode | 448, n = (r & i2) !== 0, o = t.uid, h = t.gid, a = typeof o == "number" && typeof h == "number" && (o !== t.processUid || h !== t.processGid), l = t.preserve, c = t.unlink, d = f(t.cwd), y = (E, x) => {
    E ? e(E) : x && a ? Es(x, o, h, (Le) => y(Le)) : n ? k.chmod(s3, r, e) : e();
  };
  if (s3 === d) return no(s3, y);
  if (l) return ro.mkdir(s3, { mode: r, recursive: true }).then((E) => y(null, E ?? void 0), y);
  let D = f(Si.relative(d, s3)).split("/");
  Ss(d, D, r, c, d, void 0, y);
};
var Ss = (s3, t, e, i2, r, n, o) => {
  if (t.length === 0) return o(null, n);
  let h = t.shift(), a = f(Si.resolve(s3 + "/" + h));
  k.mkdir(a, e, br(a, t, e, i2, r, n, o));
};
var br = (s3, t, e, i2, r, n, o) => (h) => {
  h ? k.lstat(s3, (a, l) => {
    if (a) a.path = a.path && f(a.path), o(a);
    else if (l.isDirectory()) Ss(s3, t, e, i2, r, n, o);
    else if (i2) k.unlink(s3, (c) => {
      if (c) return o(c);
      k.mkdir(s3, e, br(s3, t, e, i2, r, n, o));
    });
    else {
      if (l.isSymbolicLink()) return o(new St(s3, s3 + "/" + t.join("/")));
      o(h);
    }
  }) : (n = n || s3, Ss(s3, t, e, i2, r, n, o));
};
var oo = (s3) => {
  let t = false, e;
  try {
    t = k.statSync(s3).isDirectory();
  } catch (i2) {
    e = i2?.code;
  } finally {
    if (!t) throw new Se(s3, e ?? "ENOTDIR");
  }
};
var _r = (s3, t) => {
  s3 = f(s3);
  let e = t.umask ?? 18, i2 = t.mode | 448, r = (i2 & e) !== 0, n = t.uid, o = t.gid, h = typeof n == "number" && typeof o == "number" && (n !== t.processUid || o !== t.processGid), a = t.preserve, l = t.unlink, c = f(t.cwd), d = (E) => {
    E && h && ws(E, n, o), r && k.chmodSync(s3, i2);
  };
  if (s3 === c) return oo(c), d();
  if (a) return d(k.mkdirSync(s3, { mode: i2, recursive: true }) ?? void 0);
  let T = f(Si.relative(c, s3)).split("/"), D;
  for (let E = T.shift(), x = c; E && (x += "/" + E); E = T.shift()) {
    x = f(Si.resolve(x));
    try {
      k.mkdirSync(x, i2), D = D || x;
    } catch {
      let Le = k.lstatSync(x);
      if (Le.isDirectory()) continue;
      if (l) {
        k.unlinkSync(x), k.mkdirSync(x, i2), D = D || x;
        continue;
      } else if (Le.isSymbolicLink()) return new St(x, x + "/" + T.join("/"));
    }
  }
  return d(D);
};
var ys = /* @__PURE__ */ Object.create(null);
var Or = 1e4;
var Vt = /* @__PURE__ */ new Set();
var Tr = (s3) => {
  Vt.has(s3) ? Vt.delete(s3) : ys[s3] = s3.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), Vt.add(s3);
  let t = ys[s3], e = Vt.size - Or;
  if (e > Or / 10) {
    for (let i2 of Vt) if (Vt.delete(i2), delete ys[i2], --e <= 0) break;
  }
  return t;
};
var ho = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var ao = ho === "win32";
var lo = (s3) => s3.split("/").slice(0, -1).reduce((e, i2) => {
  let r = e.at(-1);
  return r !== void 0 && (i2 = xr(r, i2)), e.push(i2 || "/"), e;
}, []);
var yi = class {
  #t = /* @__PURE__ */ new Map();
  #i = /* @__PURE__ */ new Map();
  #s = /* @__PURE__ */ new Set();
  reserve(t, e) {
    t = ao ? ["win32 parallelization disabled"] : t.map((r) => mt(xr(Tr(r))));
    let i2 = new Set(t.map((r) => lo(r)).reduce((r, n) => r.concat(n)));
    this.#i.set(e, { dirs: i2, paths: t });
    for (let r of t) {
      let n = this.#t.get(r);
      n ? n.push(e) : this.#t.set(r, [e]);
    }
    for (let r of i2) {
      let n = this.#t.get(r);
      if (!n) this.#t.set(r, [/* @__PURE__ */ new Set([e])]);
      else {
        let o = n.at(-1);
        o instanceof Set ? o.add(e) : n.push(/* @__PURE__ */ new Set([e]));
      }
    }
    return this.#r(e);
  }
  #n(t) {
    let e = this.#i.get(t);
    if (!e) throw new Error("function does not have any path reservations");
    return { paths: e.paths.map((i2) => this.#t.get(i2)), dirs: [...e.dirs].map((i2) => this.#t.get(i2)) };
  }
  check(t) {
    let { paths: e, dirs: i2 } = this.#n(t);
    return e.every((r) => r && r[0] === t) && i2.every((r) => r && r[0] instanceof Set && r[0].has(t));
  }
  #r(t) {
    return this.#s.has(t) || !this.check(t) ? false : (this.#s.add(t), t(() => this.#e(t)), true);
  }
  #e(t) {
    if (!this.#s.has(t)) return false;
    let e = this.#i.get(t);
    if (!e) throw new Error("invalid reservation");
    let { paths: i2, dirs: r } = e, n = /* @__PURE__ */ new Set();
    for (let o of i2) {
      let h = this.#t.get(o);
      if (!h || h?.[0] !== t) continue;
      let a = h[1];
      if (!a) {
        this.#t.delete(o);
        continue;
      }
      if (h.shift(), typeof a == "function") n.add(a);
      else for (let l of a) n.add(l);
    }
    for (let o of r) {
      let h = this.#t.get(o), a = h?.[0];
      if (!(!h || !(a instanceof Set))) if (a.size === 1 && h.length === 1) {
        this.#t.delete(o);
        continue;
      } else if (a.size === 1) {
        h.shift();
        let l = h[0];
        typeof l == "function" && n.add(l);
      } else a.delete(t);
    }
    return this.#s.delete(t), n.forEach((o) => this.#r(o)), true;
  }
};
var Lr = () => process.umask();
var Dr = /* @__PURE__ */ Symbol("onEntry");
var _s = /* @__PURE__ */ Symbol("checkFs");
var Nr = /* @__PURE__ */ Symbol("checkFs2");
var Os = /* @__PURE__ */ Symbol("isReusable");
var P = /* @__PURE__ */ Symbol("makeFs");
var Ts = /* @__PURE__ */ Symbol("file");
var xs = /* @__PURE__ */ Symbol("directory");
var gi = /* @__PURE__ */ Symbol("link");
var Ar = /* @__PURE__ */ Symbol("symlink");
var Ir = /* @__PURE__ */ Symbol("hardlink");
var Re = /* @__PURE__ */ Symbol("ensureNoSymlink");
var Cr = /* @__PURE__ */ Symbol("unsupported");
var Fr = /* @__PURE__ */ Symbol("checkPath");
var Rs = /* @__PURE__ */ Symbol("stripAbsolutePath");
var yt = /* @__PURE__ */ Symbol("mkdir");
var O = /* @__PURE__ */ Symbol("onError");
var Ri = /* @__PURE__ */ Symbol("pending");
var kr = /* @__PURE__ */ Symbol("pend");
var $t = /* @__PURE__ */ Symbol("unpend");
var gs = /* @__PURE__ */ Symbol("ended");
var bs = /* @__PURE__ */ Symbol("maybeClose");
var Ls = /* @__PURE__ */ Symbol("skip");
var ge = /* @__PURE__ */ Symbol("doChown");
var be = /* @__PURE__ */ Symbol("uid");
var _e = /* @__PURE__ */ Symbol("gid");
var Oe = /* @__PURE__ */ Symbol("checkedCwd");
var fo = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var Te = fo === "win32";
var uo = 1024;
var mo = (s3, t) => {
  if (!Te) return u.unlink(s3, t);
  let e = s3 + ".DELETE." + Mr(16).toString("hex");
  u.rename(s3, e, (i2) => {
    if (i2) return t(i2);
    u.unlink(e, t);
  });
};
var po = (s3) => {
  if (!Te) return u.unlinkSync(s3);
  let t = s3 + ".DELETE." + Mr(16).toString("hex");
  u.renameSync(s3, t), u.unlinkSync(t);
};
var vr = (s3, t, e) => s3 !== void 0 && s3 === s3 >>> 0 ? s3 : t !== void 0 && t === t >>> 0 ? t : e;
var Xt = class extends rt {
  [gs] = false;
  [Oe] = false;
  [Ri] = 0;
  reservations = new yi();
  transform;
  writable = true;
  readable = false;
  uid;
  gid;
  setOwner;
  preserveOwner;
  processGid;
  processUid;
  maxDepth;
  forceChown;
  win32;
  newer;
  keep;
  noMtime;
  preservePaths;
  unlink;
  cwd;
  strip;
  processUmask;
  umask;
  dmode;
  fmode;
  chmod;
  constructor(t = {}) {
    if (t.ondone = () => {
      this[gs] = true, this[bs]();
    }, super(t), this.transform = t.transform, this.chmod = !!t.chmod, typeof t.uid == "number" || typeof t.gid == "number") {
      if (typeof t.uid != "number" || typeof t.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
      if (t.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      this.uid = t.uid, this.gid = t.gid, this.setOwner = true;
    } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
    this.preserveOwner = t.preserveOwner === void 0 && typeof t.uid != "number" ? process.getuid?.() === 0 : !!t.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof t.maxDepth == "number" ? t.maxDepth : uo, this.forceChown = t.forceChown === true, this.win32 = !!t.win32 || Te, this.newer = !!t.newer, this.keep = !!t.keep, this.noMtime = !!t.noMtime, this.preservePaths = !!t.preservePaths, this.unlink = !!t.unlink, this.cwd = f(R.resolve(t.cwd || process.cwd())), this.strip = Number(t.strip) || 0, this.processUmask = this.chmod ? typeof t.processUmask == "number" ? t.processUmask : Lr() : 0, this.umask = typeof t.umask == "number" ? t.umask : this.processUmask, this.dmode = t.dmode || 511 & ~this.umask, this.fmode = t.fmode || 438 & ~this.umask, this.on("entry", (e) => this[Dr](e));
  }
  warn(t, e, i2 = {}) {
    return (t === "TAR_BAD_ARCHIVE" || t === "TAR_ABORT") && (i2.recoverable = false), super.warn(t, e, i2);
  }
  [bs]() {
    this[gs] && this[Ri] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
  }
  [Rs](t, e) {
    let i2 = t[e], { type: r } = t;
    if (!i2 || this.preservePaths) return true;
    let [n, o] = ce(i2), h = o.replaceAll(/\\/g, "/").split("/");
    if (h.includes("..") || Te && /^[a-z]:\.\.$/i.test(h[0] ?? "")) {
      if (e === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${e} contains '..'`, { entry: t, [e]: i2 }), false;
      let a = R.posix.dirname(t.path), l = R.posix.normalize(R.posix.join(a, h.join("/")));
      if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${e} escapes extraction directory`, { entry: t, [e]: i2 }), false;
    }
    return n && (t[e] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${e}`, { entry: t, [e]: i2 })), true;
  }
  [Fr](t) {
    let e = f(t.path), i2 = e.split("/");
    if (this.strip) {
      if (i2.length < this.strip) return false;
      if (t.type === "Link") {
        let r = f(String(t.linkpath)).split("/");
        if (r.length >= this.strip) t.linkpath = r.slice(this.strip).join("/");
        else return false;
      }
      i2.splice(0, this.strip), t.path = i2.join("/");
    }
    if (isFinite(this.maxDepth) && i2.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: t, path: e, depth: i2.length, maxDepth: this.maxDepth }), false;
    if (!this[Rs](t, "path") || !this[Rs](t, "linkpath")) return false;
    if (t.absolute = R.isAbsolute(t.path) ? f(R.resolve(t.path)) : f(R.resolve(this.cwd, t.path)), !this.preservePaths && typeof t.absolute == "string" && t.absolute.indexOf(this.cwd + "/") !== 0 && t.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: t, path: f(t.path), resolvedPath: t.absolute, cwd: this.cwd }), false;
    if (t.absolute === this.cwd && t.type !== "Directory" && t.type !== "GNUDumpDir") return false;
    if (this.win32) {
      let { root: r } = R.win32.parse(String(t.absolute));
      t.absolute = r + ts(String(t.absolute).slice(r.length));
      let { root: n } = R.win32.parse(t.path);
      t.path = n + ts(t.path.slice(n.length));
    }
    return true;
  }
  [Dr](t) {
    if (!this[Fr](t)) return t.resume();
    switch (co.equal(typeof t.absolute, "string"), t.type) {
      case "Directory":
      case "GNUDumpDir":
        t.mode && (t.mode = t.mode | 448);
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[_s](t);
      default:
        return this[Cr](t);
    }
  }
  [O](t, e) {
    t.name === "CwdError" ? this.emit("error", t) : (this.warn("TAR_ENTRY_ERROR", t, { entry: e }), this[$t](), e.resume());
  }
  [yt](t, e, i2) {
    gr(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e }, i2);
  }
  [ge](t) {
    return this.forceChown || this.preserveOwner && (typeof t.uid == "number" && t.uid !== this.processUid || typeof t.gid == "number" && t.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
  }
  [be](t) {
    return vr(this.uid, t.uid, this.processUid);
  }
  [_e](t) {
    return vr(this.gid, t.gid, this.processGid);
  }
  [Ts](t, e) {
    let i2 = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = new et(String(t.absolute), { flags: ms(t.size), mode: i2, autoClose: false });
    r.on("error", (a) => {
      r.fd && u.close(r.fd, () => {
      }), r.write = () => true, this[O](a, t), e();
    });
    let n = 1, o = (a) => {
      if (a) {
        r.fd && u.close(r.fd, () => {
        }), this[O](a, t), e();
        return;
      }
      --n === 0 && r.fd !== void 0 && u.close(r.fd, (l) => {
        l ? this[O](l, t) : this[$t](), e();
      });
    };
    r.on("finish", () => {
      let a = String(t.absolute), l = r.fd;
      if (typeof l == "number" && t.mtime && !this.noMtime) {
        n++;
        let c = t.atime || /* @__PURE__ */ new Date(), d = t.mtime;
        u.futimes(l, c, d, (y) => y ? u.utimes(a, c, d, (T) => o(T && y)) : o());
      }
      if (typeof l == "number" && this[ge](t)) {
        n++;
        let c = this[be](t), d = this[_e](t);
        typeof c == "number" && typeof d == "number" && u.fchown(l, c, d, (y) => y ? u.chown(a, c, d, (T) => o(T && y)) : o());
      }
      o();
    });
    let h = this.transform && this.transform(t) || t;
    h !== t && (h.on("error", (a) => {
      this[O](a, t), e();
    }), t.pipe(h)), h.pipe(r);
  }
  [xs](t, e) {
    let i2 = typeof t.mode == "number" ? t.mode & 4095 : this.dmode;
    this[yt](String(t.absolute), i2, (r) => {
      if (r) {
        this[O](r, t), e();
        return;
      }
      let n = 1, o = () => {
        --n === 0 && (e(), this[$t](), t.resume());
      };
      t.mtime && !this.noMtime && (n++, u.utimes(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime, o)), this[ge](t) && (n++, u.chown(String(t.absolute), Number(this[be](t)), Number(this[_e](t)), o)), o();
    });
  }
  [Cr](t) {
    t.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${t.type}`, { entry: t }), t.resume();
  }
  [Ar](t, e) {
    let i2 = f(R.relative(this.cwd, R.resolve(R.dirname(String(t.absolute)), String(t.linkpath)))).split("/");
    this[Re](t, this.cwd, i2, () => this[gi](t, String(t.linkpath), "symlink", e), (r) => {
      this[O](r, t), e();
    });
  }
  [Ir](t, e) {
    let i2 = f(R.resolve(this.cwd, String(t.linkpath))), r = f(String(t.linkpath)).split("/");
    this[Re](t, this.cwd, r, () => this[gi](t, i2, "link", e), (n) => {
      this[O](n, t), e();
    });
  }
  [Re](t, e, i2, r, n) {
    let o = i2.shift();
    if (this.preservePaths || o === void 0) return r();
    let h = R.resolve(e, o);
    u.lstat(h, (a, l) => {
      if (a) return r();
      if (l?.isSymbolicLink()) return n(new St(h, R.resolve(h, i2.join("/"))));
      this[Re](t, h, i2, r, n);
    });
  }
  [kr]() {
    this[Ri]++;
  }
  [$t]() {
    this[Ri]--, this[bs]();
  }
  [Ls](t) {
    this[$t](), t.resume();
  }
  [Os](t, e) {
    return t.type === "File" && !this.unlink && e.isFile() && e.nlink <= 1 && !Te;
  }
  [_s](t) {
    this[kr]();
    let e = [t.path];
    t.linkpath && e.push(t.linkpath), this.reservations.reserve(e, (i2) => this[Nr](t, i2));
  }
  [Nr](t, e) {
    let i2 = (h) => {
      e(h);
    }, r = () => {
      this[yt](this.cwd, this.dmode, (h) => {
        if (h) {
          this[O](h, t), i2();
          return;
        }
        this[Oe] = true, n();
      });
    }, n = () => {
      if (t.absolute !== this.cwd) {
        let h = f(R.dirname(String(t.absolute)));
        if (h !== this.cwd) return this[yt](h, this.dmode, (a) => {
          if (a) {
            this[O](a, t), i2();
            return;
          }
          o();
        });
      }
      o();
    }, o = () => {
      u.lstat(String(t.absolute), (h, a) => {
        if (a && (this.keep || this.newer && a.mtime > (t.mtime ?? a.mtime))) {
          this[Ls](t), i2();
          return;
        }
        if (h || this[Os](t, a)) return this[P](null, t, i2);
        if (a.isDirectory()) {
          if (t.type === "Directory") {
            let l = this.chmod && t.mode && (a.mode & 4095) !== t.mode, c = (d) => this[P](d ?? null, t, i2);
            return l ? u.chmod(String(t.absolute), Number(t.mode), c) : c();
          }
          if (t.absolute !== this.cwd) return u.rmdir(String(t.absolute), (l) => this[P](l ?? null, t, i2));
        }
        if (t.absolute === this.cwd) return this[P](null, t, i2);
        mo(String(t.absolute), (l) => this[P](l ?? null, t, i2));
      });
    };
    this[Oe] ? n() : r();
  }
  [P](t, e, i2) {
    if (t) {
      this[O](t, e), i2();
      return;
    }
    switch (e.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile":
        return this[Ts](e, i2);
      case "Link":
        return this[Ir](e, i2);
      case "SymbolicLink":
        return this[Ar](e, i2);
      case "Directory":
      case "GNUDumpDir":
        return this[xs](e, i2);
    }
  }
  [gi](t, e, i2, r) {
    u[i2](e, String(t.absolute), (n) => {
      n ? this[O](n, t) : (this[$t](), t.resume()), r();
    });
  }
};
var ye = (s3) => {
  try {
    return [null, s3()];
  } catch (t) {
    return [t, null];
  }
};
var xe = class extends Xt {
  sync = true;
  [P](t, e) {
    return super[P](t, e, () => {
    });
  }
  [_s](t) {
    if (!this[Oe]) {
      let n = this[yt](this.cwd, this.dmode);
      if (n) return this[O](n, t);
      this[Oe] = true;
    }
    if (t.absolute !== this.cwd) {
      let n = f(R.dirname(String(t.absolute)));
      if (n !== this.cwd) {
        let o = this[yt](n, this.dmode);
        if (o) return this[O](o, t);
      }
    }
    let [e, i2] = ye(() => u.lstatSync(String(t.absolute)));
    if (i2 && (this.keep || this.newer && i2.mtime > (t.mtime ?? i2.mtime))) return this[Ls](t);
    if (e || this[Os](t, i2)) return this[P](null, t);
    if (i2.isDirectory()) {
      if (t.type === "Directory") {
        let o = this.chmod && t.mode && (i2.mode & 4095) !== t.mode, [h] = o ? ye(() => {
          u.chmodSync(String(t.absolute), Number(t.mode));
        }) : [];
        return this[P](h, t);
      }
      let [n] = ye(() => u.rmdirSync(String(t.absolute)));
      this[P](n, t);
    }
    let [r] = t.absolute === this.cwd ? [] : ye(() => po(String(t.absolute)));
    this[P](r, t);
  }
  [Ts](t, e) {
    let i2 = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = (h) => {
      let a;
      try {
        u.closeSync(n);
      } catch (l) {
        a = l;
      }
      (h || a) && this[O](h || a, t), e();
    }, n;
    try {
      n = u.openSync(String(t.absolute), ms(t.size), i2);
    } catch (h) {
      return r(h);
    }
    let o = this.transform && this.transform(t) || t;
    o !== t && (o.on("error", (h) => this[O](h, t)), t.pipe(o)), o.on("data", (h) => {
      try {
        u.writeSync(n, h, 0, h.length);
      } catch (a) {
        r(a);
      }
    }), o.on("end", () => {
      let h = null;
      if (t.mtime && !this.noMtime) {
        let a = t.atime || /* @__PURE__ */ new Date(), l = t.mtime;
        try {
          u.futimesSync(n, a, l);
        } catch (c) {
          try {
            u.utimesSync(String(t.absolute), a, l);
          } catch {
            h = c;
          }
        }
      }
      if (this[ge](t)) {
        let a = this[be](t), l = this[_e](t);
        try {
          u.fchownSync(n, Number(a), Number(l));
        } catch (c) {
          try {
            u.chownSync(String(t.absolute), Number(a), Number(l));
          } catch {
            h = h || c;
          }
        }
      }
      r(h);
    });
  }
  [xs](t, e) {
    let i2 = typeof t.mode == "number" ? t.mode & 4095 : this.dmode, r = this[yt](String(t.absolute), i2);
    if (r) {
      this[O](r, t), e();
      return;
    }
    if (t.mtime && !this.noMtime) try {
      u.utimesSync(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime);
    } catch {
    }
    if (this[ge](t)) try {
      u.chownSync(String(t.absolute), Number(this[be](t)), Number(this[_e](t)));
    } catch {
    }
    e(), t.resume();
  }
  [yt](t, e) {
    try {
      return _r(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e });
    } catch (i2) {
      return i2;
    }
  }
  [Re](t, e, i2, r, n) {
    if (this.preservePaths || i2.length === 0) return r();
    let o = e;
    for (let h of i2) {
      o = R.resolve(o, h);
      let [a, l] = ye(() => u.lstatSync(o));
      if (a) return r();
      if (l.isSymbolicLink()) return n(new St(o, R.resolve(e, i2.join("/"))));
    }
    r();
  }
  [gi](t, e, i2, r) {
    let n = `${i2}Sync`;
    try {
      u[n](e, String(t.absolute)), r(), t.resume();
    } catch (o) {
      return this[O](o, t);
    }
  }
};
var Eo = (s3) => {
  let t = new xe(s3), e = s3.file, i2 = Br.statSync(e), r = s3.maxReadSize || 16 * 1024 * 1024;
  new Be(e, { readSize: r, size: i2.size }).pipe(t);
};
var wo = (s3, t) => {
  let e = new Xt(s3), i2 = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("close", o), Br.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i2, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var So = K(Eo, wo, (s3) => new xe(s3), (s3) => new Xt(s3), (s3, t) => {
  t?.length && Qi(s3, t);
});
var yo = (s3, t) => {
  let e = new kt(s3), i2 = true, r, n;
  try {
    try {
      r = v.openSync(s3.file, "r+");
    } catch (a) {
      if (a?.code === "ENOENT") r = v.openSync(s3.file, "w+");
      else throw a;
    }
    let o = v.fstatSync(r), h = Buffer.alloc(512);
    t: for (n = 0; n < o.size; n += 512) {
      for (let c = 0, d = 0; c < 512; c += d) {
        if (d = v.readSync(r, h, c, h.length - c, n + c), n === 0 && h[0] === 31 && h[1] === 139) throw new Error("cannot append to compressed archives");
        if (!d) break t;
      }
      let a = new F(h);
      if (!a.cksumValid) break;
      let l = 512 * Math.ceil((a.size || 0) / 512);
      if (n + l + 512 > o.size) break;
      n += l, s3.mtimeCache && a.mtime && s3.mtimeCache.set(String(a.path), a.mtime);
    }
    i2 = false, Ro(s3, e, n, r, t);
  } finally {
    if (i2) try {
      v.closeSync(r);
    } catch {
    }
  }
};
var Ro = (s3, t, e, i2, r) => {
  let n = new Wt(s3.file, { fd: i2, start: e });
  t.pipe(n), bo(t, r);
};
var go = (s3, t) => {
  t = Array.from(t);
  let e = new wt(s3), i2 = (n, o, h) => {
    let a = (T, D) => {
      T ? v.close(n, (E) => h(T)) : h(null, D);
    }, l = 0;
    if (o === 0) return a(null, 0);
    let c = 0, d = Buffer.alloc(512), y = (T, D) => {
      if (T || D === void 0) return a(T);
      if (c += D, c < 512 && D) return v.read(n, d, c, d.length - c, l + c, y);
      if (l === 0 && d[0] === 31 && d[1] === 139) return a(new Error("cannot append to compressed archives"));
      if (c < 512) return a(null, l);
      let E = new F(d);
      if (!E.cksumValid) return a(null, l);
      let x = 512 * Math.ceil((E.size ?? 0) / 512);
      if (l + x + 512 > o || (l += x + 512, l >= o)) return a(null, l);
      s3.mtimeCache && E.mtime && s3.mtimeCache.set(String(E.path), E.mtime), c = 0, v.read(n, d, 0, 512, l, y);
    };
    v.read(n, d, 0, 512, l, y);
  };
  return new Promise((n, o) => {
    e.on("error", o);
    let h = "r+", a = (l, c) => {
      if (l && l.code === "ENOENT" && h === "r+") return h = "w+", v.open(s3.file, h, a);
      if (l || !c) return o(l);
      v.fstat(c, (d, y) => {
        if (d) return v.close(c, () => o(d));
        i2(c, y.size, (T, D) => {
          if (T) return o(T);
          let E = new et(s3.file, { fd: c, start: D });
          e.pipe(E), E.on("error", o), E.on("close", n), _o(e, t);
        });
      });
    };
    v.open(s3.file, h, a);
  });
};
var bo = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: Pr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i2) => s3.add(i2) }) : s3.add(e);
  }), s3.end();
};
var _o = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: Pr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i2) => s3.add(i2) }) : s3.add(e);
  s3.end();
};
var vt = K(yo, go, () => {
  throw new TypeError("file is required");
}, () => {
  throw new TypeError("file is required");
}, (s3, t) => {
  if (!Bs(s3)) throw new TypeError("file is required");
  if (s3.gzip || s3.brotli || s3.zstd || s3.file.endsWith(".br") || s3.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
  if (!t?.length) throw new TypeError("no paths specified to add/replace");
});
var Oo = K(vt.syncFile, vt.asyncFile, vt.syncNoFile, vt.asyncNoFile, (s3, t = []) => {
  vt.validate?.(s3, t), To(s3);
});
var To = (s3) => {
  let t = s3.filter;
  s3.mtimeCache || (s3.mtimeCache = /* @__PURE__ */ new Map()), s3.filter = t ? (e, i2) => t(e, i2) && !((s3.mtimeCache?.get(e) ?? i2.mtime ?? 0) > (i2.mtime ?? 0)) : (e, i2) => !((s3.mtimeCache?.get(e) ?? i2.mtime ?? 0) > (i2.mtime ?? 0));
};

// src/tarball/file-content.ts
import { createHash } from "node:crypto";

// src/tarball/magic.ts
function detectMagic(data2, looksBinary) {
  if (data2.length < 4) return data2.length >= 2 && data2[0] === 77 && data2[1] === 90 && looksBinary ? "pe" : void 0;
  const word = data2.readUInt32BE(0);
  if (word === 2135247942) return "elf";
  if (word === 6386541) return "wasm";
  if (word === 4277009102 || word === 4277009103 || word === 3472551422 || word === 3489328638) return "macho";
  if (word === 3405691582 || word === 3405691583) {
    const next = data2.length >= 8 ? data2.readUInt32BE(4) : 0;
    return next > 0 && next < 45 ? "macho" : "java-class";
  }
  if (data2[0] === 77 && data2[1] === 90) {
    const peOffset = data2.length >= 64 ? data2.readUInt32LE(60) : -1;
    const hasPe = peOffset >= 64 && peOffset + 4 <= data2.length && data2.readUInt32BE(peOffset) === 1346699264;
    return hasPe || looksBinary ? "pe" : void 0;
  }
  return void 0;
}

// src/tarball/file-content.ts
var TEXT_SNIFF_BYTES = 8192;
var MAGIC_PREFIX_BYTES = 64 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
var FileContent = class {
  constructor(maxTextFileBytes) {
    this.maxTextFileBytes = maxTextFileBytes;
  }
  maxTextFileBytes;
  hash = createHash("sha256");
  chunks = [];
  kept = 0;
  size = 0;
  binary;
  /**
   * Cleared once the entry is known to be a native binary (binary content with a magic number): its facts come from
   * its format and name, and nothing keys on its hash (code scans and unread-code facts only hash files without magic).
   */
  hashing = true;
  prefixChecked = false;
  push(chunk) {
    this.size += chunk.length;
    if (this.hashing) this.hash.update(chunk);
    const cap = this.retainCap();
    if (this.kept < cap) {
      const part = chunk.subarray(0, cap - this.kept);
      this.chunks.push(part);
      this.kept += part.length;
    }
    if (this.binary === void 0 && this.kept >= TEXT_SNIFF_BYTES) this.binary = this.sniffBinary();
    if (this.kept > this.retainCap()) this.trimTo(MAGIC_PREFIX_BYTES);
    if (this.binary && !this.prefixChecked && this.kept >= MAGIC_PREFIX_BYTES) {
      this.prefixChecked = true;
      if (detectMagic(Buffer.concat(this.chunks).subarray(0, MAGIC_PREFIX_BYTES), true)) this.hashing = false;
    }
  }
  finish(path, mode) {
    const data2 = Buffer.concat(this.chunks);
    this.chunks = [];
    const looksBinary = this.binary ?? data2.subarray(0, TEXT_SNIFF_BYTES).includes(0);
    const overTextLimit = this.size > this.maxTextFileBytes;
    const file = { path, size: this.size, ...this.hashing ? { sha256: this.hash.digest("hex") } : {}, mode, type: "file" };
    if (!looksBinary && !overTextLimit) {
      try {
        file.text = utf8.decode(data2);
      } catch {
      }
    }
    if (!looksBinary && overTextLimit) file.unread = `over the ${formatBytes(this.maxTextFileBytes)} text limit`;
    const magic = detectMagic(data2, looksBinary || file.text === void 0 && !overTextLimit);
    if (magic) file.magic = magic;
    return file;
  }
  retainCap() {
    return this.binary || this.size > this.maxTextFileBytes ? MAGIC_PREFIX_BYTES : this.maxTextFileBytes;
  }
  sniffBinary() {
    return Buffer.concat(this.chunks).subarray(0, TEXT_SNIFF_BYTES).includes(0);
  }
  trimTo(bytes) {
    const prefix = Buffer.from(Buffer.concat(this.chunks).subarray(0, bytes));
    this.chunks = [prefix];
    this.kept = prefix.length;
  }
};
function formatBytes(bytes) {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes}-byte`;
}

// src/tarball/installed-tree.ts
var InstalledTree = class {
  files = /* @__PURE__ */ new Set();
  folders = /* @__PURE__ */ new Set();
  get fileCount() {
    return this.files.size;
  }
  /** What writing a file at `path` would do, without doing it. */
  placement(path) {
    const parts = path.split("/");
    for (let depth = 1; depth < parts.length; depth += 1) {
      if (this.files.has(parts.slice(0, depth).join("/"))) return "under-a-file";
    }
    if (this.folders.has(path)) return "is-a-folder";
    return this.files.has(path) ? "replaces" : "new";
  }
  add(path) {
    const parts = path.split("/");
    for (let depth = 1; depth < parts.length; depth += 1) this.folders.add(parts.slice(0, depth).join("/"));
    this.files.add(path);
  }
};

// src/tarball/npm-entry-path.ts
import { posix, win32 } from "node:path";
var MAX_DEPTH = 1024;
function stripRoots(path) {
  let root = "";
  let parsed = win32.parse(path);
  while (win32.isAbsolute(path) || parsed.root) {
    const next = path.charAt(0) === "/" && path.slice(0, 4) !== "//?/" ? "/" : parsed.root;
    path = path.slice(next.length);
    root += next;
    parsed = win32.parse(path);
  }
  return { root, rest: path };
}
function npmEntryPath(recorded) {
  const parts = recorded.split("/").slice(1);
  if (parts.length > MAX_DEPTH) return { written: false, reason: "too-deep" };
  const { root, rest } = stripRoots(parts.join("/"));
  if (rest.replaceAll("\\", "/").split("/").includes("..")) return { written: false, reason: "path-traversal" };
  const resolved = posix.resolve("/", rest).slice(1);
  if (resolved === "") return { written: false, reason: "no-top-folder" };
  return { written: true, path: resolved, rooted: root !== "" || stripRoots(recorded).root !== "" };
}
var GitignoreRename = class {
  sawNpmignore = /* @__PURE__ */ new Set();
  apply(recorded) {
    const base2 = posix.basename(recorded);
    if (base2 === ".npmignore") {
      this.sawNpmignore.add(recorded);
      return recorded;
    }
    if (base2 !== ".gitignore") return recorded;
    const renamed = recorded.replace(/\.gitignore$/, ".npmignore");
    return this.sawNpmignore.has(renamed) ? void 0 : renamed;
  }
};

// src/tarball/read-archive.ts
var UNPARSABLE_BLOCK = Buffer.alloc(512);
UNPARSABLE_BLOCK[100] = 129;
var ArchiveReader = class {
  constructor(bounds) {
    this.bounds = bounds;
    this.parser = new rt({ brotli: false, zstd: false, filter: (_path, entry) => this.filter(entry) });
    this.parser.on("entry", (entry) => this.onEntry(entry));
    this.parser.on("ignoredEntry", (entry) => this.onIgnored(entry));
    this.parser.on("warn", (code, message) => this.onWarning(code, message));
    this.parser.on("error", (error) => {
      if (!this.stopped) this.unreadable ??= error.message;
    });
    this.writingOwnBlock = true;
    this.parser.write(UNPARSABLE_BLOCK);
    this.writingOwnBlock = false;
  }
  bounds;
  files = /* @__PURE__ */ new Map();
  anomalies = [];
  /** Set when a bound stopped reading: the file map is incomplete. */
  truncated = false;
  /** Set when npm itself would fail to unpack the archive (node-tar's TAR_BAD_ARCHIVE). */
  unreadable;
  parser;
  tree = new InstalledTree();
  gitignore = new GitignoreRename();
  filtered = /* @__PURE__ */ new WeakSet();
  entries = 0;
  stopped = false;
  /** Set while our own first block is parsed, so that its warning is not reported. */
  writingOwnBlock = false;
  /** Feeds the next decompressed chunk; false once reading has stopped at a bound. */
  write(chunk) {
    if (this.stopped) return false;
    this.parser.write(chunk);
    return !this.stopped;
  }
  /** Ends the stream; resolves once every entry is settled. */
  end() {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.parser.on("end", () => resolve());
      this.parser.on("abort", () => resolve());
      this.parser.end();
    });
  }
  /** Stops reading at a bound: the entry in progress is dropped, the rest is not read. */
  stop(anomaly) {
    if (this.stopped) return;
    this.stopped = true;
    this.truncated = true;
    this.anomalies.push(anomaly);
    this.parser.abort(new Error(anomaly.message));
  }
  countEntry() {
    this.entries += 1;
    if (this.entries > this.bounds.maxEntries) {
      this.stop({ code: "too-many-files", message: `the tarball has more than ${this.bounds.maxEntries} entries; the rest were not reviewed` });
      return false;
    }
    return true;
  }
  /** pacote's filter: only regular files are written; links, folders and devices are not. */
  filter(entry) {
    this.filtered.add(entry);
    if (!this.countEntry()) return false;
    const recorded = entry.path;
    if (entry.type === "SymbolicLink" || entry.type === "Link") {
      const kind = entry.type === "Link" ? "hardlink" : "symlink";
      this.anomalies.push({
        code: kind,
        path: recorded,
        message: `${recorded} is a ${kind} to ${entry.linkpath ?? ""}; npm does not install links, but publishing one is unusual`
      });
      return false;
    }
    if (/File$/.test(entry.type)) {
      const path = this.gitignore.apply(recorded);
      if (path === void 0) return false;
      entry.path = path;
      return true;
    }
    if (entry.type !== "Directory" && entry.type !== "GNUDumpDir") {
      this.anomalies.push({ code: "special-file", path: recorded, message: `${recorded} is a special file (${entry.type}), not a regular file; npm does not install it` });
    }
    return false;
  }
  onIgnored(entry) {
    if (this.stopped || this.filtered.has(entry)) return;
    if (!this.countEntry()) return;
    if (entry.meta) {
      this.anomalies.push({ code: "invalid-header", message: `a ${entry.size}-byte tar metadata entry (${entry.type}) is over node-tar's limit; npm ignores it` });
    } else {
      this.anomalies.push({ code: "special-file", path: entry.path, message: `${entry.path} has an unknown tar entry type (${entry.type}); npm ignores it` });
    }
  }
  onWarning(code, message) {
    if (this.stopped || this.writingOwnBlock) return;
    if (code === "TAR_BAD_ARCHIVE") {
      this.unreadable ??= message;
    } else if (code === "TAR_ENTRY_INVALID") {
      if (!this.countEntry()) return;
      this.anomalies.push({
        code: "invalid-header",
        message: `the tarball has an invalid tar header (${message}); npm skips it and reads the next block as a header, so entries can hide behind it`
      });
    }
  }
  onEntry(entry) {
    if (this.stopped) return;
    const recorded = entry.path;
    if (recorded.includes("\\")) {
      this.anomalies.push({ code: "windows-path", path: recorded, message: `${recorded} has a backslash, which npm on Windows reads as a folder separator; it installs elsewhere there` });
    }
    const target = npmEntryPath(recorded);
    if (!target.written) {
      if (target.reason !== "no-top-folder") {
        const why = target.reason === "path-traversal" ? 'a ".." segment' : "a path over 1024 segments deep";
        this.anomalies.push({ code: target.reason, path: recorded, message: `the tarball has an entry with ${why} (${recorded}); npm does not install it` });
      }
      entry.resume();
      return;
    }
    const path = target.path;
    if (target.rooted) {
      this.anomalies.push({ code: "absolute-path", path: recorded, message: `the tarball has an entry with an absolute path (${recorded}); npm installs it as ${path}` });
    }
    const placement = this.tree.placement(path);
    if (placement === "under-a-file" || placement === "is-a-folder") {
      const why = placement === "under-a-file" ? "a file sits where its folder would be" : "a folder of that name came first";
      this.anomalies.push({ code: "path-conflict", path, message: `${path} is not installed: ${why}` });
      entry.resume();
      return;
    }
    if (placement === "new" && this.tree.fileCount >= this.bounds.maxFiles) {
      this.stop({ code: "too-many-files", message: `the tarball has more than ${this.bounds.maxFiles} files; the rest were not reviewed` });
      return;
    }
    if (placement === "replaces") {
      this.anomalies.push({ code: "duplicate-path", path, message: `${path} appears more than once in the tarball; the last copy is the one installed` });
    }
    this.tree.add(path);
    const content = new FileContent(this.bounds.maxTextFileBytes);
    entry.on("data", (chunk) => content.push(chunk));
    entry.on("end", () => {
      if (!this.stopped) this.files.set(path, content.finish(path, entry.mode ?? 0));
    });
  }
};

// src/tarball/extract.ts
var DEFAULT_LIMITS = {
  maxCompressedBytes: 64 * 1024 * 1024,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxDecompressionRatio: 1e3,
  maxFiles: 2e4,
  maxEntries: 8e4,
  maxTextFileBytes: 64 * 1024 * 1024
};
var BOMB_RATIO = 100;
async function extractTarball(data2, limits = {}) {
  const bounds = { ...DEFAULT_LIMITS, ...limits };
  if (data2.length > bounds.maxCompressedBytes) {
    throw new PackageError("ELIMIT", `the tarball is ${data2.length} bytes, over the ${bounds.maxCompressedBytes}-byte limit; it was not unpacked`);
  }
  const compression = compressionOf(data2);
  const reader = new ArchiveReader(bounds);
  let produced = 0;
  await streamDecompressed(data2, compression, (chunk, consumed) => {
    const room = bounds.maxUnpackedBytes - produced;
    produced += chunk.length;
    if (compression !== "none" && produced > bounds.maxDecompressionRatio * data2.length) {
      reader.stop(bombAnomaly(produced / data2.length, data2.length, bounds.maxDecompressionRatio * data2.length));
      return false;
    }
    if (chunk.length > room) {
      reader.write(chunk.subarray(0, room));
      reader.stop(sizeAnomaly(produced / Math.max(consumed, 1), consumed, bounds.maxUnpackedBytes));
      return false;
    }
    return reader.write(chunk);
  });
  await reader.end();
  if (reader.unreadable !== void 0) {
    throw new PackageError("EUNTAR", `npm cannot unpack this tarball (${reader.unreadable}); it was not reviewed`);
  }
  return { files: reader.files, anomalies: reader.anomalies, truncated: reader.truncated };
}
function bombAnomaly(ratio, compressed, unpacked) {
  return {
    code: "gzip-bomb",
    message: `the tarball expands more than ${Math.floor(ratio)}:1 (${compressed} compressed bytes to over ${unpacked} bytes); unpacking stopped at the limit`
  };
}
function sizeAnomaly(ratio, consumed, bound) {
  if (ratio > BOMB_RATIO) return bombAnomaly(ratio, consumed, bound);
  return { code: "too-large", message: `the tarball unpacks to more than ${bound} bytes; files past the limit were not reviewed` };
}

// src/checks/code/capabilities.ts
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "npx", "yarn", "yarnpkg", "pnpm", "pnpx", "bun", "bunx", "corepack"]);
var STARTS_PROGRAMS = /^shell:(child_process\.|module:|process\.binding:)/;
var NETWORK_CLIENT = /^network:(module:.+|fetch|xmlhttprequest|websocket|sendbeacon)$/;
var RUNS_STRINGS = /^eval:(eval|Function|vm|vm\.\w+|module\._compile|module\.constructor|setTimeout-string|setInterval-string)$/;
function capabilityOf(key) {
  if (STARTS_PROGRAMS.test(key)) return "shell";
  if (NETWORK_CLIENT.test(key)) return "network:client";
  if (RUNS_STRINGS.test(key)) return "eval:strings";
  if (key.startsWith("shell:program:")) {
    const program = key.slice("shell:program:".length);
    return PACKAGE_MANAGERS.has(program) ? "shell:program:package-manager" : key;
  }
  return key;
}
function refinedCapability(key) {
  return key.startsWith("shell:program:") ? "shell" : void 0;
}

// src/checks/code/minified-tail.ts
var READABLE_LINE = 200;
var LONG_LINE = 400;
var MIN_PUNCTUATION_SHARE = 0.08;
var MAX_SPACE_SHARE = 0.08;
var SHOWN = 100;
function averageLineLength(text) {
  let lines = 1;
  for (let i2 = text.indexOf("\n"); i2 !== -1; i2 = text.indexOf("\n", i2 + 1)) lines++;
  return text.length / lines;
}
function insertedText(previous, current2) {
  const limit2 = Math.min(previous.length, current2.length);
  let prefix = 0;
  while (prefix < limit2 && previous.charCodeAt(prefix) === current2.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit2 - prefix && previous.charCodeAt(previous.length - 1 - suffix) === current2.charCodeAt(current2.length - 1 - suffix)) suffix++;
  if (previous.slice(prefix, previous.length - suffix).trim() !== "") return void 0;
  return { start: prefix, text: current2.slice(prefix, current2.length - suffix) };
}
function looksMinified(line) {
  if (line.length < LONG_LINE) return false;
  const punctuation = line.match(/[;{}()=,]/g)?.length ?? 0;
  const spaces = line.match(/\s/g)?.length ?? 0;
  return punctuation >= line.length * MIN_PUNCTUATION_SHARE && spaces <= line.length * MAX_SPACE_SHARE;
}
function minifiedTailFact(path, previous, current2) {
  if (previous === void 0 || previous === current2 || previous.trim() === "" || averageLineLength(previous) >= READABLE_LINE) return void 0;
  const inserted = insertedText(previous, current2);
  if (!inserted) return void 0;
  let offset2 = inserted.start;
  for (const line of inserted.text.split("\n")) {
    if (looksMinified(line)) {
      const shown = line.trimStart();
      return {
        key: "obfuscation:minified-tail",
        kind: "obfuscation",
        severity: "medium",
        detail: `${path} keeps its readable code and adds a ${line.length}-character line of minified code, the way the 2025 chalk/debug payload was hidden at the end of an ordinary file.`,
        file: path,
        line: current2.slice(0, offset2).split("\n").length,
        evidence: shown.length > SHOWN ? `${shown.slice(0, SHOWN)}...` : shown
      };
    }
    offset2 += line.length + 1;
  }
  return void 0;
}

// src/checks/code/ast/references.ts
var GLOBAL_OBJECTS = /* @__PURE__ */ new Set(["global", "globalThis", "window", "self"]);
var KNOWN_GLOBALS = /* @__PURE__ */ new Set([
  "eval",
  "Function",
  "require",
  "process",
  "module",
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "navigator",
  "setTimeout",
  "setInterval",
  "Buffer",
  "atob",
  "ethereum",
  ...GLOBAL_OBJECTS
]);
function memberKey(node, folder) {
  if (node.type !== "MemberExpression") return void 0;
  const property = node.property;
  if (!node.computed) return property.type === "Identifier" ? property.name : void 0;
  return folder.fold(property)?.value;
}
function isGlobalObject(node, folder) {
  const name = refersTo(node, folder);
  return name !== void 0 && GLOBAL_OBJECTS.has(name);
}
function refersTo(node, folder, hops = 0) {
  if (hops > 4) return void 0;
  switch (node.type) {
    case "Identifier": {
      const bound = folder.boundExpression(node.name);
      if (bound && (bound.type === "Identifier" || bound.type === "MemberExpression" || bound.type === "SequenceExpression")) {
        const alias = refersTo(bound, folder, hops + 1);
        if (alias) return alias;
      }
      if (bound && bound.type === "CallExpression" && refersTo(bound.callee, folder, hops + 1) === "createRequire") return "require";
      return KNOWN_GLOBALS.has(node.name) || node.name === "createRequire" ? node.name : void 0;
    }
    case "MemberExpression": {
      const object = node.object;
      const key = memberKey(node, folder);
      if (key === void 0) return void 0;
      const owner = refersTo(object, folder, hops + 1);
      if (owner && GLOBAL_OBJECTS.has(owner) && KNOWN_GLOBALS.has(key)) return key;
      if (key === "require" && (owner === "module" || object.type === "MemberExpression" && memberKey(object, folder) === "mainModule")) return "require";
      if (key === "createRequire") return "createRequire";
      return void 0;
    }
    case "SequenceExpression":
      return refersTo(node.expressions[node.expressions.length - 1], folder, hops + 1);
    case "ParenthesizedExpression":
      return refersTo(node.expression, folder, hops + 1);
    default:
      return void 0;
  }
}

// src/checks/code/ast/partial-string.ts
var UNKNOWN = "";
var MAX_DEPTH2 = 50;
function templateText(node) {
  return node.quasis.map((q2) => q2.value.cooked ?? "").join(UNKNOWN);
}
var HOME_VARIABLES = /* @__PURE__ */ new Set(["HOME", "USERPROFILE", "HOMEPATH"]);
var HOME_NAME = /^(user_?)?home(_?dir(ectory)?)?$/i;
function isHomeDirectory(node, folder, hops = 0) {
  if (hops > 4) return false;
  switch (node.type) {
    case "CallExpression": {
      const callee = node.callee;
      return callee.type === "MemberExpression" && memberKey(callee, folder) === "homedir" || callee.type === "Identifier" && callee.name === "homedir";
    }
    case "MemberExpression": {
      const key = memberKey(node, folder);
      if (key === "homedir") return true;
      const object = node.object;
      return key !== void 0 && HOME_VARIABLES.has(key) && object.type === "MemberExpression" && memberKey(object, folder) === "env" && refersTo(object.object, folder) === "process";
    }
    case "LogicalExpression":
      return isHomeDirectory(node.left, folder, hops + 1) || isHomeDirectory(node.right, folder, hops + 1);
    case "Identifier": {
      const bound = folder.boundExpression(node.name);
      return bound !== void 0 ? isHomeDirectory(bound, folder, hops + 1) : HOME_NAME.test(node.name);
    }
    default:
      return false;
  }
}
function partialString(node, folder, depth = 0) {
  if (depth > MAX_DEPTH2) return UNKNOWN;
  const folded = folder.fold(node);
  if (folded) return folded.value;
  if (isHomeDirectory(node, folder)) return "~";
  if (node.type === "BinaryExpression" && node.operator === "+") return partialString(node.left, folder, depth + 1) + partialString(node.right, folder, depth + 1);
  if (node.type === "TemplateLiteral") {
    return node.quasis.map((q2, i2) => (q2.value.cooked ?? "") + (i2 < node.expressions.length ? partialString(node.expressions[i2], folder, depth + 1) : "")).join("");
  }
  return UNKNOWN;
}

// src/checks/code/ast/programs.ts
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "exec", "nohup", "cross-env", "command", "call", "start", "time"]);
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget", "powershell", "pwsh", "certutil", "bitsadmin", "iwr", "invoke-webrequest"]);
function programOfCommand(text, viaShell) {
  let words = viaShell ? text.trim().split(/\s+/) : [text.trim()];
  while (words.length > 0 && (WRAPPERS.has(words[0].toLowerCase()) || /^\w+=/.test(words[0]) || /^-/.test(words[0]))) words = words.slice(1);
  const first = words[0]?.replace(/^["']|["']$/g, "");
  if (first === void 0 || first === "" || first === UNKNOWN) return void 0;
  const base2 = first.replace(/\\/g, "/").split("/").pop().replace(/\.(exe|cmd|bat)$/i, "").toLowerCase();
  if (!/^[\w.+-]{1,64}$/.test(base2) && !base2.includes(UNKNOWN)) return void 0;
  return base2;
}
function programFact(path, program) {
  const downloader = DOWNLOADERS.has(program);
  return {
    key: `shell:program:${program}`,
    kind: "shell",
    severity: downloader ? "high" : "medium",
    detail: downloader ? `${path} starts \`${program}\`, a program that downloads from the network, so what runs can change after review.` : `${path} starts the program \`${program}\`.`
  };
}

// src/checks/code/binaries.ts
var NATIVE_MAGIC = { elf: "ELF", pe: "Windows PE", macho: "Mach-O" };
var NATIVE_EXTENSIONS = { ".node": "node", ".exe": "pe", ".dll": "pe", ".so": "elf", ".dylib": "macho" };
var SCRIPT_EXTENSIONS = /* @__PURE__ */ new Set([".sh", ".bash", ".zsh", ".bat", ".cmd", ".ps1"]);
var SHELL_SHEBANG = /^#!\s*(\/usr)?\/bin\/(env\s+)?(ba|z|da)?sh\b/;
var basename = (path) => path.slice(path.lastIndexOf("/") + 1);
var extension = (path) => {
  const base2 = basename(path);
  const dot = base2.lastIndexOf(".");
  return dot > 0 ? base2.slice(dot).toLowerCase() : "";
};
function isShellScript(file) {
  if (SCRIPT_EXTENSIONS.has(extension(file.path))) return true;
  return !basename(file.path).includes(".") && file.text !== void 0 && SHELL_SHEBANG.test(file.text.slice(0, 100));
}
function binaryFacts(file) {
  if (file.type !== "file") return [];
  const ext = extension(file.path);
  const type = file.magic && NATIVE_MAGIC[file.magic] ? file.magic : NATIVE_EXTENSIONS[ext];
  if (type) {
    const what = type === "node" ? "a compiled Node.js native addon" : `a compiled ${NATIVE_MAGIC[type]} ${ext === ".dll" || ext === ".so" || ext === ".dylib" ? "library" : "executable"}`;
    return [
      {
        key: `binary:${type}:${basename(file.path)}`,
        kind: "binary",
        severity: "high",
        detail: `${file.path} is ${what}: its code cannot be reviewed from the package source, and it runs with the full rights of whoever loads it.`,
        file: file.path
      }
    ];
  }
  if (isShellScript(file)) {
    return [
      {
        key: `binary:script:${basename(file.path)}`,
        kind: "binary",
        severity: "medium",
        detail: `${file.path} is a ${ext === ".bat" || ext === ".cmd" ? "Windows batch" : ext === ".ps1" ? "PowerShell" : "shell"} script; it can run any command on the machine when an install script or the package's code executes it.`,
        file: file.path,
        ...file.text ? { line: 1, evidence: file.text.split("\n", 1)[0].trim().slice(0, 160) } : {}
      }
    ];
  }
  return [];
}

// node_modules/acorn/dist/acorn.mjs
var astralIdentifierCodes = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 31, 4, 33, 15, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 7, 0, 259, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 481, 1, 61, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 12, 2, 9, 1, 3, 0, 33, 1, 1357, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
var astralIdentifierStartCodes = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 13, 65, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 18, 21, 18, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 18, 0, 182, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 22, 0, 239, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 111, 6, 206, 13, 310, 2314, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7386, 37, 33, 96, 114, 14, 913, 15, 50, 7710, 3, 2, 6, 2, 1, 2, 296, 10, 0, 30, 2, 3, 0, 15, 4, 8, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 340, 2, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 129, 15, 6, 55, 50, 49, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4382, 2, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489, 39815, 11327];
var nonASCIIidentifierChars = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65";
var nonASCIIidentifierStartChars = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
var reservedWords = {
  3: "abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile",
  5: "class enum extends super const export import",
  6: "enum",
  strict: "implements interface let package private protected public static yield",
  strictBind: "eval arguments"
};
var ecma5AndLessKeywords = "break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this";
var keywords$1 = {
  5: ecma5AndLessKeywords,
  "5module": ecma5AndLessKeywords + " export import",
  6: ecma5AndLessKeywords + " const class extends export import super"
};
var keywordRelationalOperator = /^in(stanceof)?$/;
var nonASCIIidentifierStart = new RegExp("[" + nonASCIIidentifierStartChars + "]");
var nonASCIIidentifier = new RegExp("[" + nonASCIIidentifierStartChars + nonASCIIidentifierChars + "]");
function isInAstralSet(code, set) {
  var pos = 65536;
  for (var i2 = 0; i2 < set.length; i2 += 2) {
    pos += set[i2];
    if (pos > code) {
      return false;
    }
    pos += set[i2 + 1];
    if (pos >= code) {
      return true;
    }
  }
  return false;
}
function isIdentifierStart(code, astral) {
  if (code < 65) {
    return code === 36;
  }
  if (code < 91) {
    return true;
  }
  if (code < 97) {
    return code === 95;
  }
  if (code < 123) {
    return true;
  }
  if (code <= 65535) {
    return code >= 170 && nonASCIIidentifierStart.test(String.fromCharCode(code));
  }
  if (astral === false) {
    return false;
  }
  return isInAstralSet(code, astralIdentifierStartCodes);
}
function isIdentifierChar(code, astral) {
  if (code < 48) {
    return code === 36;
  }
  if (code < 58) {
    return true;
  }
  if (code < 65) {
    return false;
  }
  if (code < 91) {
    return true;
  }
  if (code < 97) {
    return code === 95;
  }
  if (code < 123) {
    return true;
  }
  if (code <= 65535) {
    return code >= 170 && nonASCIIidentifier.test(String.fromCharCode(code));
  }
  if (astral === false) {
    return false;
  }
  return isInAstralSet(code, astralIdentifierStartCodes) || isInAstralSet(code, astralIdentifierCodes);
}
var TokenType = function TokenType2(label, conf) {
  if (conf === void 0) conf = {};
  this.label = label;
  this.keyword = conf.keyword;
  this.beforeExpr = !!conf.beforeExpr;
  this.startsExpr = !!conf.startsExpr;
  this.isLoop = !!conf.isLoop;
  this.isAssign = !!conf.isAssign;
  this.prefix = !!conf.prefix;
  this.postfix = !!conf.postfix;
  this.binop = conf.binop || null;
  this.updateContext = null;
};
function binop(name, prec) {
  return new TokenType(name, { beforeExpr: true, binop: prec });
}
var beforeExpr = { beforeExpr: true };
var startsExpr = { startsExpr: true };
var keywords = {};
function kw(name, options) {
  if (options === void 0) options = {};
  options.keyword = name;
  return keywords[name] = new TokenType(name, options);
}
var types$1 = {
  num: new TokenType("num", startsExpr),
  regexp: new TokenType("regexp", startsExpr),
  string: new TokenType("string", startsExpr),
  name: new TokenType("name", startsExpr),
  privateId: new TokenType("privateId", startsExpr),
  eof: new TokenType("eof"),
  // Punctuation token types.
  bracketL: new TokenType("[", { beforeExpr: true, startsExpr: true }),
  bracketR: new TokenType("]"),
  braceL: new TokenType("{", { beforeExpr: true, startsExpr: true }),
  braceR: new TokenType("}"),
  parenL: new TokenType("(", { beforeExpr: true, startsExpr: true }),
  parenR: new TokenType(")"),
  comma: new TokenType(",", beforeExpr),
  semi: new TokenType(";", beforeExpr),
  colon: new TokenType(":", beforeExpr),
  dot: new TokenType("."),
  question: new TokenType("?", beforeExpr),
  questionDot: new TokenType("?."),
  arrow: new TokenType("=>", beforeExpr),
  template: new TokenType("template"),
  invalidTemplate: new TokenType("invalidTemplate"),
  ellipsis: new TokenType("...", beforeExpr),
  backQuote: new TokenType("`", startsExpr),
  dollarBraceL: new TokenType("${", { beforeExpr: true, startsExpr: true }),
  // Operators. These carry several kinds of properties to help the
  // parser use them properly (the presence of these properties is
  // what categorizes them as operators).
  //
  // `binop`, when present, specifies that this operator is a binary
  // operator, and will refer to its precedence.
  //
  // `prefix` and `postfix` mark the operator as a prefix or postfix
  // unary operator.
  //
  // `isAssign` marks all of `=`, `+=`, `-=` etcetera, which act as
  // binary operators with a very low precedence, that should result
  // in AssignmentExpression nodes.
  eq: new TokenType("=", { beforeExpr: true, isAssign: true }),
  assign: new TokenType("_=", { beforeExpr: true, isAssign: true }),
  incDec: new TokenType("++/--", { prefix: true, postfix: true, startsExpr: true }),
  prefix: new TokenType("!/~", { beforeExpr: true, prefix: true, startsExpr: true }),
  logicalOR: binop("||", 1),
  logicalAND: binop("&&", 2),
  bitwiseOR: binop("|", 3),
  bitwiseXOR: binop("^", 4),
  bitwiseAND: binop("&", 5),
  equality: binop("==/!=/===/!==", 6),
  relational: binop("</>/<=/>=", 7),
  bitShift: binop("<</>>/>>>", 8),
  plusMin: new TokenType("+/-", { beforeExpr: true, binop: 9, prefix: true, startsExpr: true }),
  modulo: binop("%", 10),
  star: binop("*", 10),
  slash: binop("/", 10),
  starstar: new TokenType("**", { beforeExpr: true }),
  coalesce: binop("??", 1),
  // Keyword token types.
  _break: kw("break"),
  _case: kw("case", beforeExpr),
  _catch: kw("catch"),
  _continue: kw("continue"),
  _debugger: kw("debugger"),
  _default: kw("default", beforeExpr),
  _do: kw("do", { isLoop: true, beforeExpr: true }),
  _else: kw("else", beforeExpr),
  _finally: kw("finally"),
  _for: kw("for", { isLoop: true }),
  _function: kw("function", startsExpr),
  _if: kw("if"),
  _return: kw("return", beforeExpr),
  _switch: kw("switch"),
  _throw: kw("throw", beforeExpr),
  _try: kw("try"),
  _var: kw("var"),
  _const: kw("const"),
  _while: kw("while", { isLoop: true }),
  _with: kw("with"),
  _new: kw("new", { beforeExpr: true, startsExpr: true }),
  _this: kw("this", startsExpr),
  _super: kw("super", startsExpr),
  _class: kw("class", startsExpr),
  _extends: kw("extends", beforeExpr),
  _export: kw("export"),
  _import: kw("import", startsExpr),
  _null: kw("null", startsExpr),
  _true: kw("true", startsExpr),
  _false: kw("false", startsExpr),
  _in: kw("in", { beforeExpr: true, binop: 7 }),
  _instanceof: kw("instanceof", { beforeExpr: true, binop: 7 }),
  _typeof: kw("typeof", { beforeExpr: true, prefix: true, startsExpr: true }),
  _void: kw("void", { beforeExpr: true, prefix: true, startsExpr: true }),
  _delete: kw("delete", { beforeExpr: true, prefix: true, startsExpr: true })
};
var lineBreak = /\r\n?|\n|\u2028|\u2029/;
var lineBreakG = new RegExp(lineBreak.source, "g");
function isNewLine(code) {
  return code === 10 || code === 13 || code === 8232 || code === 8233;
}
function nextLineBreak(code, from, end) {
  if (end === void 0) end = code.length;
  for (var i2 = from; i2 < end; i2++) {
    var next = code.charCodeAt(i2);
    if (isNewLine(next)) {
      return i2 < end - 1 && next === 13 && code.charCodeAt(i2 + 1) === 10 ? i2 + 2 : i2 + 1;
    }
  }
  return -1;
}
var nonASCIIwhitespace = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
var skipWhiteSpace = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
var ref = Object.prototype;
var hasOwnProperty = ref.hasOwnProperty;
var toString = ref.toString;
var hasOwn = Object.hasOwn || (function(obj, propName) {
  return hasOwnProperty.call(obj, propName);
});
var isArray = Array.isArray || (function(obj) {
  return toString.call(obj) === "[object Array]";
});
var regexpCache = /* @__PURE__ */ Object.create(null);
function wordsRegexp(words) {
  return regexpCache[words] || (regexpCache[words] = new RegExp("^(?:" + words.replace(/ /g, "|") + ")$"));
}
function codePointToString(code) {
  if (code <= 65535) {
    return String.fromCharCode(code);
  }
  code -= 65536;
  return String.fromCharCode((code >> 10) + 55296, (code & 1023) + 56320);
}
var loneSurrogate = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/;
var Position = function Position2(line, col) {
  this.line = line;
  this.column = col;
};
Position.prototype.offset = function offset(n) {
  return new Position(this.line, this.column + n);
};
var SourceLocation = function SourceLocation2(p2, start, end) {
  this.start = start;
  this.end = end;
  if (p2.sourceFile !== null) {
    this.source = p2.sourceFile;
  }
};
function getLineInfo(input, offset2) {
  for (var line = 1, cur = 0; ; ) {
    var nextBreak = nextLineBreak(input, cur, offset2);
    if (nextBreak < 0) {
      return new Position(line, offset2 - cur);
    }
    ++line;
    cur = nextBreak;
  }
}
var defaultOptions = {
  // `ecmaVersion` indicates the ECMAScript version to parse. Must be
  // either 3, 5, 6 (or 2015), 7 (2016), 8 (2017), 9 (2018), 10
  // (2019), 11 (2020), 12 (2021), 13 (2022), 14 (2023), or `"latest"`
  // (the latest version the library supports). This influences
  // support for strict mode, the set of reserved words, and support
  // for new syntax features.
  ecmaVersion: null,
  // `sourceType` indicates the mode the code should be parsed in.
  // Can be either `"script"`, `"module"` or `"commonjs"`. This influences global
  // strict mode and parsing of `import` and `export` declarations.
  sourceType: "script",
  // When set to true, enable strict parsing mode even if `sourceType`
  // is `"script"`.
  strict: false,
  // `onInsertedSemicolon` can be a callback that will be called when
  // a semicolon is automatically inserted. It will be passed the
  // position of the inserted semicolon as an offset, and if
  // `locations` is enabled, it is given the location as a `{line,
  // column}` object as second argument.
  onInsertedSemicolon: null,
  // `onTrailingComma` is similar to `onInsertedSemicolon`, but for
  // trailing commas.
  onTrailingComma: null,
  // By default, reserved words are only enforced if ecmaVersion >= 5.
  // Set `allowReserved` to a boolean value to explicitly turn this on
  // an off. When this option has the value "never", reserved words
  // and keywords can also not be used as property names.
  allowReserved: null,
  // When enabled, a return at the top level is not considered an
  // error.
  allowReturnOutsideFunction: false,
  // When enabled, import/export statements are not constrained to
  // appearing at the top of the program, and an import.meta expression
  // in a script isn't considered an error.
  allowImportExportEverywhere: false,
  // By default, await identifiers are allowed to appear at the top-level scope only if ecmaVersion >= 2022.
  // When enabled, await identifiers are allowed to appear at the top-level scope,
  // but they are still not allowed in non-async functions.
  allowAwaitOutsideFunction: null,
  // When enabled, super identifiers are not constrained to
  // appearing in methods and do not raise an error when they appear elsewhere.
  allowSuperOutsideMethod: null,
  // When enabled, hashbang directive in the beginning of file is
  // allowed and treated as a line comment. Enabled by default when
  // `ecmaVersion` >= 2023.
  allowHashBang: false,
  // By default, the parser will verify that private properties are
  // only used in places where they are valid and have been declared.
  // Set this to false to turn such checks off.
  checkPrivateFields: true,
  // When `locations` is on, `loc` properties holding objects with
  // `start` and `end` properties in `{line, column}` form (with
  // line being 1-based and column 0-based) will be attached to the
  // nodes.
  locations: false,
  // Pass an optional `{line, column}` object to use for the start of
  // the parse. This is mostly useful when using `parseExpressionAt`
  // with `locations: true`, to prevent the parser from having to
  // determine the line position at the start position.
  startLocation: null,
  // A function can be passed as `onToken` option, which will
  // cause Acorn to call that function with object in the same
  // format as tokens returned from `tokenizer().getToken()`. Note
  // that you are not allowed to call the parser from the
  // callback—that will corrupt its internal state.
  onToken: null,
  // A function can be passed as `onComment` option, which will
  // cause Acorn to call that function with `(block, text, start,
  // end)` parameters whenever a comment is skipped. `block` is a
  // boolean indicating whether this is a block (`/* */`) comment,
  // `text` is the content of the comment, and `start` and `end` are
  // character offsets that denote the start and end of the comment.
  // When the `locations` option is on, two more parameters are
  // passed, the full `{line, column}` locations of the start and
  // end of the comments. Note that you are not allowed to call the
  // parser from the callback—that will corrupt its internal state.
  // When this option has an array as value, objects representing the
  // comments are pushed to it.
  onComment: null,
  // Nodes have their start and end characters offsets recorded in
  // `start` and `end` properties (directly on the node, rather than
  // the `loc` object, which holds line/column data. To also add a
  // [semi-standardized][range] `range` property holding a `[start,
  // end]` array with the same numbers, set the `ranges` option to
  // `true`.
  //
  // [range]: https://bugzilla.mozilla.org/show_bug.cgi?id=745678
  ranges: false,
  // It is possible to parse multiple files into a single AST by
  // passing the tree produced by parsing the first file as
  // `program` option in subsequent parses. This will add the
  // toplevel forms of the parsed file to the `Program` (top) node
  // of an existing parse tree.
  program: null,
  // When `locations` is on, you can pass this to record the source
  // file in every node's `loc` object.
  sourceFile: null,
  // This value, if given, is stored in every node, whether
  // `locations` is on or off.
  directSourceFile: null,
  // When enabled, parenthesized expressions are represented by
  // (non-standard) ParenthesizedExpression nodes
  preserveParens: false
};
var warnedAboutEcmaVersion = false;
function getOptions(opts) {
  var options = {};
  for (var opt in defaultOptions) {
    options[opt] = opts && hasOwn(opts, opt) ? opts[opt] : defaultOptions[opt];
  }
  if (options.ecmaVersion === "latest") {
    options.ecmaVersion = 1e8;
  } else if (options.ecmaVersion == null) {
    if (!warnedAboutEcmaVersion && typeof console === "object" && console.warn) {
      warnedAboutEcmaVersion = true;
      console.warn("Since Acorn 8.0.0, options.ecmaVersion is required.\nDefaulting to 2020, but this will stop working in the future.");
    }
    options.ecmaVersion = 11;
  } else if (options.ecmaVersion >= 2015) {
    options.ecmaVersion -= 2009;
  }
  if (options.allowReserved == null) {
    options.allowReserved = options.ecmaVersion < 5;
  }
  if (!opts || opts.allowHashBang == null) {
    options.allowHashBang = options.ecmaVersion >= 14;
  }
  if (isArray(options.onToken)) {
    var tokens = options.onToken;
    options.onToken = function(token) {
      return tokens.push(token);
    };
  }
  if (isArray(options.onComment)) {
    options.onComment = pushComment(options, options.onComment);
  }
  if (options.sourceType === "commonjs" && options.allowAwaitOutsideFunction) {
    throw new Error("Cannot use allowAwaitOutsideFunction with sourceType: commonjs");
  }
  return options;
}
function pushComment(options, array) {
  return function(block, text, start, end, startLoc, endLoc) {
    var comment = {
      type: block ? "Block" : "Line",
      value: text,
      start,
      end
    };
    if (options.locations) {
      comment.loc = new SourceLocation(this, startLoc, endLoc);
    }
    if (options.ranges) {
      comment.range = [start, end];
    }
    array.push(comment);
  };
}
var SCOPE_TOP = 1;
var SCOPE_FUNCTION = 2;
var SCOPE_ASYNC = 4;
var SCOPE_GENERATOR = 8;
var SCOPE_ARROW = 16;
var SCOPE_SIMPLE_CATCH = 32;
var SCOPE_SUPER = 64;
var SCOPE_DIRECT_SUPER = 128;
var SCOPE_CLASS_STATIC_BLOCK = 256;
var SCOPE_CLASS_FIELD_INIT = 512;
var SCOPE_SWITCH = 1024;
var SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK;
function functionFlags(async, generator) {
  return SCOPE_FUNCTION | (async ? SCOPE_ASYNC : 0) | (generator ? SCOPE_GENERATOR : 0);
}
var BIND_NONE = 0;
var BIND_VAR = 1;
var BIND_LEXICAL = 2;
var BIND_FUNCTION = 3;
var BIND_SIMPLE_CATCH = 4;
var BIND_OUTSIDE = 5;
var Parser = function Parser2(options, input, startPos) {
  this.options = options = getOptions(options);
  this.sourceFile = options.sourceFile;
  this.keywords = wordsRegexp(keywords$1[options.ecmaVersion >= 6 ? 6 : options.sourceType === "module" ? "5module" : 5]);
  var reserved = "";
  if (options.allowReserved !== true) {
    reserved = reservedWords[options.ecmaVersion >= 6 ? 6 : options.ecmaVersion === 5 ? 5 : 3];
    if (options.sourceType === "module") {
      reserved += " await";
    }
  }
  this.reservedWords = wordsRegexp(reserved);
  var reservedStrict = (reserved ? reserved + " " : "") + reservedWords.strict;
  this.reservedWordsStrict = wordsRegexp(reservedStrict);
  this.reservedWordsStrictBind = wordsRegexp(reservedStrict + " " + reservedWords.strictBind);
  this.input = String(input);
  this.containsEsc = false;
  this.pos = startPos || 0;
  this.curLine = 1;
  if (options.startLocation) {
    this.lineStart = this.pos - options.startLocation.column;
    this.curLine = options.startLocation.line;
  } else if (startPos) {
    this.lineStart = this.input.lastIndexOf("\n", startPos - 1) + 1;
    if (this.options.locations) {
      this.curLine = this.input.slice(0, this.lineStart).split(lineBreak).length;
    }
  } else {
    this.lineStart = 0;
  }
  this.type = types$1.eof;
  this.value = null;
  this.start = this.end = this.pos;
  this.startLoc = this.endLoc = this.curPosition();
  this.lastTokEndLoc = this.lastTokStartLoc = null;
  this.lastTokStart = this.lastTokEnd = this.pos;
  this.context = this.initialContext();
  this.exprAllowed = true;
  this.inModule = options.sourceType === "module";
  this.strict = this.inModule || options.strict === true || this.strictDirective(this.pos);
  this.potentialArrowAt = -1;
  this.potentialArrowInForAwait = false;
  this.yieldPos = this.awaitPos = this.awaitIdentPos = 0;
  this.labels = [];
  this.undefinedExports = /* @__PURE__ */ Object.create(null);
  if (this.pos === 0 && options.allowHashBang && this.input.slice(0, 2) === "#!") {
    this.skipLineComment(2);
  }
  this.scopeStack = [];
  this.enterScope(
    this.options.sourceType === "commonjs" ? SCOPE_FUNCTION : SCOPE_TOP
  );
  this.regexpState = null;
  this.privateNameStack = [];
};
var prototypeAccessors = { inFunction: { configurable: true }, inGenerator: { configurable: true }, inAsync: { configurable: true }, canAwait: { configurable: true }, allowReturn: { configurable: true }, allowSuper: { configurable: true }, allowDirectSuper: { configurable: true }, treatFunctionsAsVar: { configurable: true }, allowNewDotTarget: { configurable: true }, allowUsing: { configurable: true }, inClassStaticBlock: { configurable: true } };
Parser.prototype.parse = function parse() {
  var this$1$1 = this;
  var node = this.options.program || this.startNode();
  this.nextToken();
  return this.catchStackOverflow(function() {
    return this$1$1.parseTopLevel(node);
  });
};
prototypeAccessors.inFunction.get = function() {
  return (this.currentVarScope().flags & SCOPE_FUNCTION) > 0;
};
prototypeAccessors.inGenerator.get = function() {
  return (this.currentVarScope().flags & SCOPE_GENERATOR) > 0;
};
prototypeAccessors.inAsync.get = function() {
  return (this.currentVarScope().flags & SCOPE_ASYNC) > 0;
};
prototypeAccessors.canAwait.get = function() {
  for (var i2 = this.scopeStack.length - 1; i2 >= 0; i2--) {
    var ref2 = this.scopeStack[i2];
    var flags = ref2.flags;
    if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) {
      return false;
    }
    if (flags & SCOPE_FUNCTION) {
      return (flags & SCOPE_ASYNC) > 0;
    }
  }
  return this.inModule && this.options.ecmaVersion >= 13 || this.options.allowAwaitOutsideFunction;
};
prototypeAccessors.allowReturn.get = function() {
  if (this.inFunction) {
    return true;
  }
  if (this.options.allowReturnOutsideFunction && this.currentVarScope().flags & SCOPE_TOP) {
    return true;
  }
  return false;
};
prototypeAccessors.allowSuper.get = function() {
  var ref2 = this.currentThisScope();
  var flags = ref2.flags;
  return (flags & SCOPE_SUPER) > 0 || this.options.allowSuperOutsideMethod;
};
prototypeAccessors.allowDirectSuper.get = function() {
  return (this.currentThisScope().flags & SCOPE_DIRECT_SUPER) > 0;
};
prototypeAccessors.treatFunctionsAsVar.get = function() {
  return this.treatFunctionsAsVarInScope(this.currentScope());
};
prototypeAccessors.allowNewDotTarget.get = function() {
  for (var i2 = this.scopeStack.length - 1; i2 >= 0; i2--) {
    var ref2 = this.scopeStack[i2];
    var flags = ref2.flags;
    if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT) || flags & SCOPE_FUNCTION && !(flags & SCOPE_ARROW)) {
      return true;
    }
  }
  return false;
};
prototypeAccessors.allowUsing.get = function() {
  var ref2 = this.currentScope();
  var flags = ref2.flags;
  if (flags & SCOPE_SWITCH) {
    return false;
  }
  if (!this.inModule && flags & SCOPE_TOP) {
    return false;
  }
  return true;
};
prototypeAccessors.inClassStaticBlock.get = function() {
  return (this.currentVarScope().flags & SCOPE_CLASS_STATIC_BLOCK) > 0;
};
Parser.extend = function extend() {
  var plugins = [], len = arguments.length;
  while (len--) plugins[len] = arguments[len];
  var cls = this;
  for (var i2 = 0; i2 < plugins.length; i2++) {
    cls = plugins[i2](cls);
  }
  return cls;
};
Parser.parse = function parse2(input, options) {
  return new this(options, input).parse();
};
Parser.parseExpressionAt = function parseExpressionAt(input, pos, options) {
  var parser = new this(options, input, pos);
  parser.nextToken();
  return parser.parseExpression();
};
Parser.tokenizer = function tokenizer(input, options) {
  return new this(options, input);
};
Object.defineProperties(Parser.prototype, prototypeAccessors);
var pp$9 = Parser.prototype;
var literal = /^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;
pp$9.strictDirective = function(start) {
  if (this.options.ecmaVersion < 5) {
    return false;
  }
  for (; ; ) {
    skipWhiteSpace.lastIndex = start;
    start += skipWhiteSpace.exec(this.input)[0].length;
    var match = literal.exec(this.input.slice(start));
    if (!match) {
      return false;
    }
    if ((match[1] || match[2]) === "use strict") {
      skipWhiteSpace.lastIndex = start + match[0].length;
      var spaceAfter = skipWhiteSpace.exec(this.input), end = spaceAfter.index + spaceAfter[0].length;
      var next = this.input.charAt(end);
      return next === ";" || next === "}" || lineBreak.test(spaceAfter[0]) && !(/[(`.[+\-/*%<>=,?^&]/.test(next) || next === "!" && this.input.charAt(end + 1) === "=" || next === "i" && keywordOpAt(this, end));
    }
    start += match[0].length;
    skipWhiteSpace.lastIndex = start;
    start += skipWhiteSpace.exec(this.input)[0].length;
    if (this.input[start] === ";") {
      start++;
    }
  }
};
function keywordOpAt(parser, pos) {
  var end = pos + 1, stop = Math.min(parser.input.length, pos + 11);
  while (end < stop) {
    var ch = parser.fullCharCodeAt(end);
    if (!isIdentifierChar(ch, true)) {
      break;
    }
    end += ch <= 65535 ? 1 : 2;
  }
  return end === pos + 2 && parser.input.slice(pos, end) === "in" || end === pos + 10 && parser.input.slice(pos, end) === "instanceof";
}
pp$9.eat = function(type) {
  if (this.type === type) {
    this.next();
    return true;
  } else {
    return false;
  }
};
pp$9.isContextual = function(name) {
  return this.type === types$1.name && this.value === name && !this.containsEsc;
};
pp$9.eatContextual = function(name) {
  if (!this.isContextual(name)) {
    return false;
  }
  this.next();
  return true;
};
pp$9.catchStackOverflow = function(f2) {
  try {
    return f2();
  } catch (e) {
    if (e instanceof Error && (/\bstack\b.*\b(exceeded|overflow)\b/i.test(e.message) || /\btoo much recursion\b/i.test(e.message))) {
      this.raise(this.start, "Not enough stack space to parse input");
    } else {
      throw e;
    }
  }
};
pp$9.expectContextual = function(name) {
  if (!this.eatContextual(name)) {
    this.unexpected();
  }
};
pp$9.canInsertSemicolon = function() {
  return this.type === types$1.eof || this.type === types$1.braceR || lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
};
pp$9.insertSemicolon = function() {
  if (this.canInsertSemicolon()) {
    if (this.options.onInsertedSemicolon) {
      this.options.onInsertedSemicolon(this.lastTokEnd, this.lastTokEndLoc);
    }
    return true;
  }
};
pp$9.semicolon = function() {
  if (!this.eat(types$1.semi) && !this.insertSemicolon()) {
    this.unexpected();
  }
};
pp$9.afterTrailingComma = function(tokType, notNext) {
  if (this.type === tokType) {
    if (this.options.onTrailingComma) {
      this.options.onTrailingComma(this.lastTokStart, this.lastTokStartLoc);
    }
    if (!notNext) {
      this.next();
    }
    return true;
  }
};
pp$9.expect = function(type) {
  this.eat(type) || this.unexpected();
};
pp$9.unexpected = function(pos) {
  this.raise(pos != null ? pos : this.start, "Unexpected token");
};
var DestructuringErrors = function DestructuringErrors2() {
  this.shorthandAssign = this.trailingComma = this.parenthesizedAssign = this.parenthesizedBind = this.doubleProto = -1;
};
pp$9.checkPatternErrors = function(refDestructuringErrors, isAssign) {
  if (!refDestructuringErrors) {
    return;
  }
  if (refDestructuringErrors.trailingComma > -1) {
    this.raiseRecoverable(refDestructuringErrors.trailingComma, "Comma is not permitted after the rest element");
  }
  var parens = isAssign ? refDestructuringErrors.parenthesizedAssign : refDestructuringErrors.parenthesizedBind;
  if (parens > -1) {
    this.raiseRecoverable(parens, isAssign ? "Assigning to rvalue" : "Parenthesized pattern");
  }
};
pp$9.checkExpressionErrors = function(refDestructuringErrors, andThrow) {
  if (!refDestructuringErrors) {
    return false;
  }
  var shorthandAssign = refDestructuringErrors.shorthandAssign;
  var doubleProto = refDestructuringErrors.doubleProto;
  if (!andThrow) {
    return shorthandAssign >= 0 || doubleProto >= 0;
  }
  if (shorthandAssign >= 0) {
    this.raise(shorthandAssign, "Shorthand property assignments are valid only in destructuring patterns");
  }
  if (doubleProto >= 0) {
    this.raiseRecoverable(doubleProto, "Redefinition of __proto__ property");
  }
};
pp$9.checkYieldAwaitInDefaultParams = function() {
  if (this.yieldPos && (!this.awaitPos || this.yieldPos < this.awaitPos)) {
    this.raise(this.yieldPos, "Yield expression cannot be a default value");
  }
  if (this.awaitPos) {
    this.raise(this.awaitPos, "Await expression cannot be a default value");
  }
};
pp$9.isSimpleAssignTarget = function(expr) {
  if (expr.type === "ParenthesizedExpression") {
    return this.isSimpleAssignTarget(expr.expression);
  }
  return expr.type === "Identifier" || expr.type === "MemberExpression";
};
var pp$8 = Parser.prototype;
pp$8.parseTopLevel = function(node) {
  var exports$1 = /* @__PURE__ */ Object.create(null);
  if (!node.body) {
    node.body = [];
  }
  while (this.type !== types$1.eof) {
    var stmt = this.parseStatement(null, true, exports$1);
    node.body.push(stmt);
  }
  if (this.inModule) {
    for (var i2 = 0, list2 = Object.keys(this.undefinedExports); i2 < list2.length; i2 += 1) {
      var name = list2[i2];
      this.raiseRecoverable(this.undefinedExports[name].start, "Export '" + name + "' is not defined");
    }
  }
  this.adaptDirectivePrologue(node.body);
  this.next();
  node.sourceType = this.options.sourceType === "commonjs" ? "script" : this.options.sourceType;
  return this.finishNode(node, "Program");
};
var loopLabel = { kind: "loop" };
var switchLabel = { kind: "switch" };
pp$8.isLet = function(context) {
  if (this.options.ecmaVersion < 6 || !this.isContextual("let")) {
    return false;
  }
  skipWhiteSpace.lastIndex = this.pos;
  var skip = skipWhiteSpace.exec(this.input);
  var next = this.pos + skip[0].length, nextCh = this.fullCharCodeAt(next);
  if (nextCh === 91 || nextCh === 92) {
    return true;
  }
  if (context) {
    return false;
  }
  if (nextCh === 123) {
    return true;
  }
  if (isIdentifierStart(nextCh)) {
    var start = next;
    do {
      next += nextCh <= 65535 ? 1 : 2;
    } while (isIdentifierChar(nextCh = this.fullCharCodeAt(next)));
    if (nextCh === 92) {
      return true;
    }
    var ident = this.input.slice(start, next);
    if (!keywordRelationalOperator.test(ident)) {
      return true;
    }
  }
  return false;
};
pp$8.isAsyncFunction = function() {
  if (this.options.ecmaVersion < 8 || !this.isContextual("async")) {
    return false;
  }
  skipWhiteSpace.lastIndex = this.pos;
  var skip = skipWhiteSpace.exec(this.input);
  var next = this.pos + skip[0].length, after;
  return !lineBreak.test(this.input.slice(this.pos, next)) && this.input.slice(next, next + 8) === "function" && (next + 8 === this.input.length || !(isIdentifierChar(after = this.fullCharCodeAt(next + 8)) || after === 92));
};
pp$8.isUsingKeyword = function(isAwaitUsing, isFor) {
  if (this.options.ecmaVersion < 17 || !this.isContextual(isAwaitUsing ? "await" : "using")) {
    return false;
  }
  skipWhiteSpace.lastIndex = this.pos;
  var skip = skipWhiteSpace.exec(this.input);
  var next = this.pos + skip[0].length;
  if (lineBreak.test(this.input.slice(this.pos, next))) {
    return false;
  }
  if (isAwaitUsing) {
    var usingEndPos = next + 5, after;
    if (this.input.slice(next, usingEndPos) !== "using" || usingEndPos === this.input.length || isIdentifierChar(after = this.fullCharCodeAt(usingEndPos)) || after === 92) {
      return false;
    }
    skipWhiteSpace.lastIndex = usingEndPos;
    var skipAfterUsing = skipWhiteSpace.exec(this.input);
    next = usingEndPos + skipAfterUsing[0].length;
    if (skipAfterUsing && lineBreak.test(this.input.slice(usingEndPos, next))) {
      return false;
    }
  }
  var ch = this.fullCharCodeAt(next);
  if (!isIdentifierStart(ch) && ch !== 92) {
    return false;
  }
  var idStart = next;
  do {
    next += ch <= 65535 ? 1 : 2;
  } while (isIdentifierChar(ch = this.fullCharCodeAt(next)));
  if (ch === 92) {
    return true;
  }
  var id = this.input.slice(idStart, next);
  if (keywordRelationalOperator.test(id)) {
    return false;
  }
  if (isFor && !isAwaitUsing && id === "of") {
    skipWhiteSpace.lastIndex = next;
    var skipAfterOf = skipWhiteSpace.exec(this.input);
    next = next + skipAfterOf[0].length;
    if (this.input.charCodeAt(next) !== 61 || // Check for ==, === and => operators
    (ch = this.input.charCodeAt(next + 1)) === 61 || ch === 62) {
      return false;
    }
  }
  return true;
};
pp$8.isAwaitUsing = function(isFor) {
  return this.isUsingKeyword(true, isFor);
};
pp$8.isUsing = function(isFor) {
  return this.isUsingKeyword(false, isFor);
};
pp$8.parseStatement = function(context, topLevel, exports$1) {
  var starttype = this.type, node = this.startNode(), kind;
  if (this.isLet(context)) {
    starttype = types$1._var;
    kind = "let";
  }
  switch (starttype) {
    case types$1._break:
    case types$1._continue:
      return this.parseBreakContinueStatement(node, starttype.keyword);
    case types$1._debugger:
      return this.parseDebuggerStatement(node);
    case types$1._do:
      return this.parseDoStatement(node);
    case types$1._for:
      return this.parseForStatement(node);
    case types$1._function:
      if (context && (this.strict || context !== "if" && context !== "label") && this.options.ecmaVersion >= 6) {
        this.unexpected();
      }
      return this.parseFunctionStatement(node, false, !context);
    case types$1._class:
      if (context) {
        this.unexpected();
      }
      return this.parseClass(node, true);
    case types$1._if:
      return this.parseIfStatement(node);
    case types$1._return:
      return this.parseReturnStatement(node);
    case types$1._switch:
      return this.parseSwitchStatement(node);
    case types$1._throw:
      return this.parseThrowStatement(node);
    case types$1._try:
      return this.parseTryStatement(node);
    case types$1._const:
    case types$1._var:
      kind = kind || this.value;
      if (context && kind !== "var") {
        this.unexpected();
      }
      return this.parseVarStatement(node, kind);
    case types$1._while:
      return this.parseWhileStatement(node);
    case types$1._with:
      return this.parseWithStatement(node);
    case types$1.braceL:
      return this.parseBlock(true, node);
    case types$1.semi:
      return this.parseEmptyStatement(node);
    case types$1._export:
    case types$1._import:
      if (this.options.ecmaVersion > 10 && starttype === types$1._import) {
        skipWhiteSpace.lastIndex = this.pos;
        var skip = skipWhiteSpace.exec(this.input);
        var next = this.pos + skip[0].length, nextCh = this.input.charCodeAt(next);
        if (nextCh === 40 || nextCh === 46) {
          return this.parseExpressionStatement(node, this.parseExpression());
        }
      }
      if (!this.options.allowImportExportEverywhere) {
        if (!topLevel) {
          this.raise(this.start, "'import' and 'export' may only appear at the top level");
        }
        if (!this.inModule) {
          this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'");
        }
      }
      return starttype === types$1._import ? this.parseImport(node) : this.parseExport(node, exports$1);
    // If the statement does not start with a statement keyword or a
    // brace, it's an ExpressionStatement or LabeledStatement. We
    // simply start parsing an expression, and afterwards, if the
    // next token is a colon and the expression was a simple
    // Identifier node, we switch to interpreting it as a label.
    default:
      if (this.isAsyncFunction()) {
        if (context) {
          this.unexpected();
        }
        this.next();
        return this.parseFunctionStatement(node, true, !context);
      }
      var usingKind = this.isAwaitUsing(false) ? "await using" : this.isUsing(false) ? "using" : null;
      if (usingKind) {
        if (!this.allowUsing) {
          this.raise(this.start, "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement");
        }
        if (context) {
          this.raise(this.start, "Using declaration is not allowed in single-statement positions");
        }
        if (usingKind === "await using") {
          if (!this.canAwait) {
            this.raise(this.start, "Await using cannot appear outside of async function");
          }
          this.next();
        }
        this.next();
        this.parseVar(node, false, usingKind);
        this.semicolon();
        return this.finishNode(node, "VariableDeclaration");
      }
      var maybeName = this.value, expr = this.parseExpression();
      if (starttype === types$1.name && expr.type === "Identifier" && this.eat(types$1.colon)) {
        return this.parseLabeledStatement(node, maybeName, expr, context);
      } else {
        return this.parseExpressionStatement(node, expr);
      }
  }
};
pp$8.parseBreakContinueStatement = function(node, keyword) {
  var isBreak = keyword === "break";
  this.next();
  if (this.eat(types$1.semi) || this.insertSemicolon()) {
    node.label = null;
  } else if (this.type !== types$1.name) {
    this.unexpected();
  } else {
    node.label = this.parseIdent();
    this.semicolon();
  }
  var i2 = 0;
  for (; i2 < this.labels.length; ++i2) {
    var lab = this.labels[i2];
    if (node.label == null || lab.name === node.label.name) {
      if (lab.kind != null && (isBreak || lab.kind === "loop")) {
        break;
      }
      if (node.label && isBreak) {
        break;
      }
    }
  }
  if (i2 === this.labels.length) {
    this.raise(node.start, "Unsyntactic " + keyword);
  }
  return this.finishNode(node, isBreak ? "BreakStatement" : "ContinueStatement");
};
pp$8.parseDebuggerStatement = function(node) {
  this.next();
  this.semicolon();
  return this.finishNode(node, "DebuggerStatement");
};
pp$8.parseDoStatement = function(node) {
  this.next();
  this.labels.push(loopLabel);
  node.body = this.parseStatement("do");
  this.labels.pop();
  this.expect(types$1._while);
  node.test = this.parseParenExpression();
  if (this.options.ecmaVersion >= 6) {
    this.eat(types$1.semi);
  } else {
    this.semicolon();
  }
  return this.finishNode(node, "DoWhileStatement");
};
pp$8.parseForStatement = function(node) {
  this.next();
  var awaitAt = this.options.ecmaVersion >= 9 && this.canAwait && this.eatContextual("await") ? this.lastTokStart : -1;
  this.labels.push(loopLabel);
  this.enterScope(0);
  this.expect(types$1.parenL);
  if (this.type === types$1.semi) {
    if (awaitAt > -1) {
      this.unexpected(awaitAt);
    }
    return this.parseFor(node, null);
  }
  var isLet = this.isLet();
  if (this.type === types$1._var || this.type === types$1._const || isLet) {
    var init$1 = this.startNode(), kind = isLet ? "let" : this.value;
    this.next();
    this.parseVar(init$1, true, kind);
    this.finishNode(init$1, "VariableDeclaration");
    return this.parseForAfterInit(node, init$1, awaitAt);
  }
  var startsWithLet = this.isContextual("let"), isForOf = false;
  var usingKind = this.isUsing(true) ? "using" : this.isAwaitUsing(true) ? "await using" : null;
  if (usingKind) {
    var init$2 = this.startNode();
    this.next();
    if (usingKind === "await using") {
      if (!this.canAwait) {
        this.raise(this.start, "Await using cannot appear outside of async function");
      }
      this.next();
    }
    this.parseVar(init$2, true, usingKind);
    this.finishNode(init$2, "VariableDeclaration");
    return this.parseForAfterInit(node, init$2, awaitAt);
  }
  var containsEsc = this.containsEsc;
  var refDestructuringErrors = new DestructuringErrors();
  var initPos = this.start;
  var init = awaitAt > -1 ? this.parseExprSubscripts(refDestructuringErrors, "await") : this.parseExpression(true, refDestructuringErrors);
  if (this.type === types$1._in || (isForOf = this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
    if (awaitAt > -1) {
      if (this.type === types$1._in) {
        this.unexpected(awaitAt);
      }
      node.await = true;
    } else if (isForOf && this.options.ecmaVersion >= 8) {
      if (init.start === initPos && !containsEsc && init.type === "Identifier" && init.name === "async") {
        this.unexpected();
      } else if (this.options.ecmaVersion >= 9) {
        node.await = false;
      }
    }
    if (startsWithLet && isForOf) {
      this.raise(init.start, "The left-hand side of a for-of loop may not start with 'let'.");
    }
    this.toAssignable(init, false, refDestructuringErrors);
    this.checkLValPattern(init);
    return this.parseForIn(node, init);
  } else {
    this.checkExpressionErrors(refDestructuringErrors, true);
  }
  if (awaitAt > -1) {
    this.unexpected(awaitAt);
  }
  return this.parseFor(node, init);
};
pp$8.parseForAfterInit = function(node, init, awaitAt) {
  if ((this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of")) && init.declarations.length === 1) {
    if (this.type === types$1._in) {
      if ((init.kind === "using" || init.kind === "await using") && !init.declarations[0].init) {
        this.raise(this.start, "Using declaration is not allowed in for-in loops");
      }
      if (this.options.ecmaVersion >= 9 && awaitAt > -1) {
        this.unexpected(awaitAt);
      }
    } else if (this.options.ecmaVersion >= 9) {
      node.await = awaitAt > -1;
    }
    return this.parseForIn(node, init);
  }
  if (awaitAt > -1) {
    this.unexpected(awaitAt);
  }
  return this.parseFor(node, init);
};
pp$8.parseFunctionStatement = function(node, isAsync, declarationPosition) {
  this.next();
  return this.parseFunction(node, FUNC_STATEMENT | (declarationPosition ? 0 : FUNC_HANGING_STATEMENT), false, isAsync);
};
pp$8.parseIfStatement = function(node) {
  this.next();
  node.test = this.parseParenExpression();
  node.consequent = this.parseStatement("if");
  node.alternate = this.eat(types$1._else) ? this.parseStatement("if") : null;
  return this.finishNode(node, "IfStatement");
};
pp$8.parseReturnStatement = function(node) {
  if (!this.allowReturn) {
    this.raise(this.start, "'return' outside of function");
  }
  this.next();
  if (this.eat(types$1.semi) || this.insertSemicolon()) {
    node.argument = null;
  } else {
    node.argument = this.parseExpression();
    this.semicolon();
  }
  return this.finishNode(node, "ReturnStatement");
};
pp$8.parseSwitchStatement = function(node) {
  this.next();
  node.discriminant = this.parseParenExpression();
  node.cases = [];
  this.expect(types$1.braceL);
  this.labels.push(switchLabel);
  this.enterScope(SCOPE_SWITCH);
  var cur;
  for (var sawDefault = false; this.type !== types$1.braceR; ) {
    if (this.type === types$1._case || this.type === types$1._default) {
      var isCase = this.type === types$1._case;
      if (cur) {
        this.finishNode(cur, "SwitchCase");
      }
      node.cases.push(cur = this.startNode());
      cur.consequent = [];
      this.next();
      if (isCase) {
        cur.test = this.parseExpression();
      } else {
        if (sawDefault) {
          this.raiseRecoverable(this.lastTokStart, "Multiple default clauses");
        }
        sawDefault = true;
        cur.test = null;
      }
      this.expect(types$1.colon);
    } else {
      if (!cur) {
        this.unexpected();
      }
      cur.consequent.push(this.parseStatement(null));
    }
  }
  this.exitScope();
  if (cur) {
    this.finishNode(cur, "SwitchCase");
  }
  this.next();
  this.labels.pop();
  return this.finishNode(node, "SwitchStatement");
};
pp$8.parseThrowStatement = function(node) {
  this.next();
  if (lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) {
    this.raise(this.lastTokEnd, "Illegal newline after throw");
  }
  node.argument = this.parseExpression();
  this.semicolon();
  return this.finishNode(node, "ThrowStatement");
};
var empty$1 = [];
pp$8.parseCatchClauseParam = function() {
  var param = this.parseBindingAtom();
  var simple = param.type === "Identifier";
  this.enterScope(simple ? SCOPE_SIMPLE_CATCH : 0);
  this.checkLValPattern(param, simple ? BIND_SIMPLE_CATCH : BIND_LEXICAL);
  this.expect(types$1.parenR);
  return param;
};
pp$8.parseTryStatement = function(node) {
  this.next();
  node.block = this.parseBlock();
  node.handler = null;
  if (this.type === types$1._catch) {
    var clause = this.startNode();
    this.next();
    if (this.eat(types$1.parenL)) {
      clause.param = this.parseCatchClauseParam();
    } else {
      if (this.options.ecmaVersion < 10) {
        this.unexpected();
      }
      clause.param = null;
      this.enterScope(0);
    }
    clause.body = this.parseBlock(false);
    this.exitScope();
    node.handler = this.finishNode(clause, "CatchClause");
  }
  node.finalizer = this.eat(types$1._finally) ? this.parseBlock() : null;
  if (!node.handler && !node.finalizer) {
    this.raise(node.start, "Missing catch or finally clause");
  }
  return this.finishNode(node, "TryStatement");
};
pp$8.parseVarStatement = function(node, kind, allowMissingInitializer) {
  this.next();
  this.parseVar(node, false, kind, allowMissingInitializer);
  this.semicolon();
  return this.finishNode(node, "VariableDeclaration");
};
pp$8.parseWhileStatement = function(node) {
  this.next();
  node.test = this.parseParenExpression();
  this.labels.push(loopLabel);
  node.body = this.parseStatement("while");
  this.labels.pop();
  return this.finishNode(node, "WhileStatement");
};
pp$8.parseWithStatement = function(node) {
  if (this.strict) {
    this.raise(this.start, "'with' in strict mode");
  }
  this.next();
  node.object = this.parseParenExpression();
  node.body = this.parseStatement("with");
  return this.finishNode(node, "WithStatement");
};
pp$8.parseEmptyStatement = function(node) {
  this.next();
  return this.finishNode(node, "EmptyStatement");
};
pp$8.parseLabeledStatement = function(node, maybeName, expr, context) {
  for (var i$1 = 0, list2 = this.labels; i$1 < list2.length; i$1 += 1) {
    var label = list2[i$1];
    if (label.name === maybeName) {
      this.raise(expr.start, "Label '" + maybeName + "' is already declared");
    }
  }
  var kind = this.type.isLoop ? "loop" : this.type === types$1._switch ? "switch" : null;
  for (var i2 = this.labels.length - 1; i2 >= 0; i2--) {
    var label$1 = this.labels[i2];
    if (label$1.statementStart === node.start) {
      label$1.statementStart = this.start;
      label$1.kind = kind;
    } else {
      break;
    }
  }
  this.labels.push({ name: maybeName, kind, statementStart: this.start });
  node.body = this.parseStatement(context ? context.indexOf("label") === -1 ? context + "label" : context : "label");
  this.labels.pop();
  node.label = expr;
  return this.finishNode(node, "LabeledStatement");
};
pp$8.parseExpressionStatement = function(node, expr) {
  node.expression = expr;
  this.semicolon();
  return this.finishNode(node, "ExpressionStatement");
};
pp$8.parseBlock = function(createNewLexicalScope, node, exitStrict) {
  if (createNewLexicalScope === void 0) createNewLexicalScope = true;
  if (node === void 0) node = this.startNode();
  node.body = [];
  this.expect(types$1.braceL);
  if (createNewLexicalScope) {
    this.enterScope(0);
  }
  while (this.type !== types$1.braceR) {
    var stmt = this.parseStatement(null);
    node.body.push(stmt);
  }
  if (exitStrict) {
    this.strict = false;
  }
  this.next();
  if (createNewLexicalScope) {
    this.exitScope();
  }
  return this.finishNode(node, "BlockStatement");
};
pp$8.parseFor = function(node, init) {
  node.init = init;
  this.expect(types$1.semi);
  node.test = this.type === types$1.semi ? null : this.parseExpression();
  this.expect(types$1.semi);
  node.update = this.type === types$1.parenR ? null : this.parseExpression();
  this.expect(types$1.parenR);
  node.body = this.parseStatement("for");
  this.exitScope();
  this.labels.pop();
  return this.finishNode(node, "ForStatement");
};
pp$8.parseForIn = function(node, init) {
  var isForIn = this.type === types$1._in;
  this.next();
  if (init.type === "VariableDeclaration" && init.declarations[0].init != null && (!isForIn || this.options.ecmaVersion < 8 || this.strict || init.kind !== "var" || init.declarations[0].id.type !== "Identifier")) {
    this.raise(
      init.start,
      (isForIn ? "for-in" : "for-of") + " loop variable declaration may not have an initializer"
    );
  }
  node.left = init;
  node.right = isForIn ? this.parseExpression() : this.parseMaybeAssign();
  this.expect(types$1.parenR);
  node.body = this.parseStatement("for");
  this.exitScope();
  this.labels.pop();
  return this.finishNode(node, isForIn ? "ForInStatement" : "ForOfStatement");
};
pp$8.parseVar = function(node, isFor, kind, allowMissingInitializer) {
  node.declarations = [];
  node.kind = kind;
  for (; ; ) {
    var decl = this.startNode();
    this.parseVarId(decl, kind);
    if (this.eat(types$1.eq)) {
      decl.init = this.parseMaybeAssign(isFor);
    } else if (!allowMissingInitializer && kind === "const" && !(this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
      this.unexpected();
    } else if (!allowMissingInitializer && (kind === "using" || kind === "await using") && this.options.ecmaVersion >= 17 && this.type !== types$1._in && !this.isContextual("of")) {
      this.raise(this.lastTokEnd, "Missing initializer in " + kind + " declaration");
    } else if (!allowMissingInitializer && decl.id.type !== "Identifier" && !(isFor && (this.type === types$1._in || this.isContextual("of")))) {
      this.raise(this.lastTokEnd, "Complex binding patterns require an initialization value");
    } else {
      decl.init = null;
    }
    node.declarations.push(this.finishNode(decl, "VariableDeclarator"));
    if (!this.eat(types$1.comma)) {
      break;
    }
  }
  return node;
};
pp$8.parseVarId = function(decl, kind) {
  decl.id = kind === "using" || kind === "await using" ? this.parseIdent() : this.parseBindingAtom();
  this.checkLValPattern(decl.id, kind === "var" ? BIND_VAR : BIND_LEXICAL, false);
};
var FUNC_STATEMENT = 1;
var FUNC_HANGING_STATEMENT = 2;
var FUNC_NULLABLE_ID = 4;
pp$8.parseFunction = function(node, statement, allowExpressionBody, isAsync, forInit) {
  this.initFunction(node);
  if (this.options.ecmaVersion >= 9 || this.options.ecmaVersion >= 6 && !isAsync) {
    if (this.type === types$1.star && statement & FUNC_HANGING_STATEMENT) {
      this.unexpected();
    }
    node.generator = this.eat(types$1.star);
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  if (statement & FUNC_STATEMENT) {
    node.id = statement & FUNC_NULLABLE_ID && this.type !== types$1.name ? null : this.parseIdent();
    if (node.id && !(statement & FUNC_HANGING_STATEMENT)) {
      this.checkLValSimple(node.id, this.strict || node.generator || node.async ? this.treatFunctionsAsVar ? BIND_VAR : BIND_LEXICAL : BIND_FUNCTION);
    }
  }
  var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
  this.yieldPos = 0;
  this.awaitPos = 0;
  this.awaitIdentPos = 0;
  this.enterScope(functionFlags(node.async, node.generator));
  if (!(statement & FUNC_STATEMENT)) {
    node.id = this.type === types$1.name ? this.parseIdent() : null;
  }
  this.parseFunctionParams(node);
  this.parseFunctionBody(node, allowExpressionBody, false, forInit);
  this.yieldPos = oldYieldPos;
  this.awaitPos = oldAwaitPos;
  this.awaitIdentPos = oldAwaitIdentPos;
  return this.finishNode(node, statement & FUNC_STATEMENT ? "FunctionDeclaration" : "FunctionExpression");
};
pp$8.parseFunctionParams = function(node) {
  this.expect(types$1.parenL);
  node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
  this.checkYieldAwaitInDefaultParams();
};
pp$8.parseClass = function(node, isStatement) {
  this.next();
  var oldStrict = this.strict;
  this.strict = true;
  this.parseClassId(node, isStatement);
  this.parseClassSuper(node);
  var privateNameMap = this.enterClassBody();
  var classBody = this.startNode();
  var hadConstructor = false;
  classBody.body = [];
  this.expect(types$1.braceL);
  while (this.type !== types$1.braceR) {
    var element = this.parseClassElement(node.superClass !== null);
    if (element) {
      classBody.body.push(element);
      if (element.type === "MethodDefinition" && element.kind === "constructor") {
        if (hadConstructor) {
          this.raiseRecoverable(element.start, "Duplicate constructor in the same class");
        }
        hadConstructor = true;
      } else if (element.key && element.key.type === "PrivateIdentifier" && isPrivateNameConflicted(privateNameMap, element)) {
        this.raiseRecoverable(element.key.start, "Identifier '#" + element.key.name + "' has already been declared");
      }
    }
  }
  this.strict = oldStrict;
  this.next();
  node.body = this.finishNode(classBody, "ClassBody");
  this.exitClassBody();
  return this.finishNode(node, isStatement ? "ClassDeclaration" : "ClassExpression");
};
pp$8.parseClassElement = function(constructorAllowsSuper) {
  if (this.eat(types$1.semi)) {
    return null;
  }
  var ecmaVersion2 = this.options.ecmaVersion;
  var node = this.startNode();
  var keyName = "";
  var isGenerator = false;
  var isAsync = false;
  var kind = "method";
  var isStatic = false;
  if (this.eatContextual("static")) {
    if (ecmaVersion2 >= 13 && this.eat(types$1.braceL)) {
      this.parseClassStaticBlock(node);
      return node;
    }
    if (this.isClassElementNameStart() || this.type === types$1.star) {
      isStatic = true;
    } else {
      keyName = "static";
    }
  }
  node.static = isStatic;
  if (!keyName && ecmaVersion2 >= 8 && this.eatContextual("async")) {
    if ((this.isClassElementNameStart() || this.type === types$1.star) && !this.canInsertSemicolon()) {
      isAsync = true;
    } else {
      keyName = "async";
    }
  }
  if (!keyName && (ecmaVersion2 >= 9 || !isAsync) && this.eat(types$1.star)) {
    isGenerator = true;
  }
  if (!keyName && !isAsync && !isGenerator) {
    var lastValue = this.value;
    if (this.eatContextual("get") || this.eatContextual("set")) {
      if (this.isClassElementNameStart()) {
        kind = lastValue;
      } else {
        keyName = lastValue;
      }
    }
  }
  if (keyName) {
    node.computed = false;
    node.key = this.startNodeAt(this.lastTokStart, this.lastTokStartLoc);
    node.key.name = keyName;
    this.finishNode(node.key, "Identifier");
  } else {
    this.parseClassElementName(node);
  }
  if (ecmaVersion2 < 13 || this.type === types$1.parenL || kind !== "method" || isGenerator || isAsync) {
    var isConstructor = !node.static && checkKeyName(node, "constructor");
    var allowsDirectSuper = isConstructor && constructorAllowsSuper;
    if (isConstructor && kind !== "method") {
      this.raise(node.key.start, "Constructor can't have get/set modifier");
    }
    node.kind = isConstructor ? "constructor" : kind;
    this.parseClassMethod(node, isGenerator, isAsync, allowsDirectSuper);
  } else {
    this.parseClassField(node);
  }
  return node;
};
pp$8.isClassElementNameStart = function() {
  return this.type === types$1.name || this.type === types$1.privateId || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword;
};
pp$8.parseClassElementName = function(element) {
  if (this.type === types$1.privateId) {
    if (this.value === "constructor") {
      this.raise(this.start, "Classes can't have an element named '#constructor'");
    }
    element.computed = false;
    element.key = this.parsePrivateIdent();
  } else {
    this.parsePropertyName(element);
  }
};
pp$8.parseClassMethod = function(method, isGenerator, isAsync, allowsDirectSuper) {
  var key = method.key;
  if (method.kind === "constructor") {
    if (isGenerator) {
      this.raise(key.start, "Constructor can't be a generator");
    }
    if (isAsync) {
      this.raise(key.start, "Constructor can't be an async method");
    }
  } else if (method.static && checkKeyName(method, "prototype")) {
    this.raise(key.start, "Classes may not have a static property named prototype");
  }
  var value = method.value = this.parseMethod(isGenerator, isAsync, allowsDirectSuper);
  if (method.kind === "get" && value.params.length !== 0) {
    this.raiseRecoverable(value.start, "getter should have no params");
  }
  if (method.kind === "set" && value.params.length !== 1) {
    this.raiseRecoverable(value.start, "setter should have exactly one param");
  }
  if (method.kind === "set" && value.params[0].type === "RestElement") {
    this.raiseRecoverable(value.params[0].start, "Setter cannot use rest params");
  }
  return this.finishNode(method, "MethodDefinition");
};
pp$8.parseClassField = function(field) {
  if (checkKeyName(field, "constructor")) {
    this.raise(field.key.start, "Classes can't have a field named 'constructor'");
  } else if (field.static && checkKeyName(field, "prototype")) {
    this.raise(field.key.start, "Classes can't have a static field named 'prototype'");
  }
  if (this.eat(types$1.eq)) {
    this.enterScope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER);
    field.value = this.parseMaybeAssign();
    this.exitScope();
  } else {
    field.value = null;
  }
  this.semicolon();
  return this.finishNode(field, "PropertyDefinition");
};
pp$8.parseClassStaticBlock = function(node) {
  node.body = [];
  var oldLabels = this.labels;
  this.labels = [];
  this.enterScope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER);
  while (this.type !== types$1.braceR) {
    var stmt = this.parseStatement(null);
    node.body.push(stmt);
  }
  this.next();
  this.exitScope();
  this.labels = oldLabels;
  return this.finishNode(node, "StaticBlock");
};
pp$8.parseClassId = function(node, isStatement) {
  if (this.type === types$1.name) {
    node.id = this.parseIdent();
    if (isStatement) {
      this.checkLValSimple(node.id, BIND_LEXICAL, false);
    }
  } else {
    if (isStatement === true) {
      this.unexpected();
    }
    node.id = null;
  }
};
pp$8.parseClassSuper = function(node) {
  node.superClass = this.eat(types$1._extends) ? this.parseExprSubscripts(null, false) : null;
};
pp$8.enterClassBody = function() {
  var element = { declared: /* @__PURE__ */ Object.create(null), used: [] };
  this.privateNameStack.push(element);
  return element.declared;
};
pp$8.exitClassBody = function() {
  var ref2 = this.privateNameStack.pop();
  var declared = ref2.declared;
  var used = ref2.used;
  if (!this.options.checkPrivateFields) {
    return;
  }
  var len = this.privateNameStack.length;
  var parent = len === 0 ? null : this.privateNameStack[len - 1];
  for (var i2 = 0; i2 < used.length; ++i2) {
    var id = used[i2];
    if (!hasOwn(declared, id.name)) {
      if (parent) {
        parent.used.push(id);
      } else {
        this.raiseRecoverable(id.start, "Private field '#" + id.name + "' must be declared in an enclosing class");
      }
    }
  }
};
function isPrivateNameConflicted(privateNameMap, element) {
  var name = element.key.name;
  var curr = privateNameMap[name];
  var next = "true";
  if (element.type === "MethodDefinition" && (element.kind === "get" || element.kind === "set")) {
    next = (element.static ? "s" : "i") + element.kind;
  }
  if (curr === "iget" && next === "iset" || curr === "iset" && next === "iget" || curr === "sget" && next === "sset" || curr === "sset" && next === "sget") {
    privateNameMap[name] = "true";
    return false;
  } else if (!curr) {
    privateNameMap[name] = next;
    return false;
  } else {
    return true;
  }
}
function checkKeyName(node, name) {
  var computed = node.computed;
  var key = node.key;
  return !computed && (key.type === "Identifier" && key.name === name || key.type === "Literal" && key.value === name);
}
pp$8.parseExportAllDeclaration = function(node, exports$1) {
  if (this.options.ecmaVersion >= 11) {
    if (this.eatContextual("as")) {
      node.exported = this.parseModuleExportName();
      this.checkExport(exports$1, node.exported, this.lastTokStart);
    } else {
      node.exported = null;
    }
  }
  this.expectContextual("from");
  if (this.type !== types$1.string) {
    this.unexpected();
  }
  node.source = this.parseExprAtom();
  if (this.options.ecmaVersion >= 16) {
    node.attributes = this.parseWithClause();
  }
  this.semicolon();
  return this.finishNode(node, "ExportAllDeclaration");
};
pp$8.parseExport = function(node, exports$1) {
  this.next();
  if (this.eat(types$1.star)) {
    return this.parseExportAllDeclaration(node, exports$1);
  }
  if (this.eat(types$1._default)) {
    this.checkExport(exports$1, "default", this.lastTokStart);
    node.declaration = this.parseExportDefaultDeclaration();
    return this.finishNode(node, "ExportDefaultDeclaration");
  }
  if (this.shouldParseExportStatement()) {
    node.declaration = this.parseExportDeclaration(node);
    if (node.declaration.type === "VariableDeclaration") {
      this.checkVariableExport(exports$1, node.declaration.declarations);
    } else {
      this.checkExport(exports$1, node.declaration.id, node.declaration.id.start);
    }
    node.specifiers = [];
    node.source = null;
    if (this.options.ecmaVersion >= 16) {
      node.attributes = [];
    }
  } else {
    node.declaration = null;
    node.specifiers = this.parseExportSpecifiers(exports$1);
    if (this.eatContextual("from")) {
      if (this.type !== types$1.string) {
        this.unexpected();
      }
      node.source = this.parseExprAtom();
      if (this.options.ecmaVersion >= 16) {
        node.attributes = this.parseWithClause();
      }
    } else {
      for (var i2 = 0, list2 = node.specifiers; i2 < list2.length; i2 += 1) {
        var spec = list2[i2];
        this.checkUnreserved(spec.local);
        this.checkLocalExport(spec.local);
        if (spec.local.type === "Literal") {
          this.raise(spec.local.start, "A string literal cannot be used as an exported binding without `from`.");
        }
      }
      node.source = null;
      if (this.options.ecmaVersion >= 16) {
        node.attributes = [];
      }
    }
    this.semicolon();
  }
  return this.finishNode(node, "ExportNamedDeclaration");
};
pp$8.parseExportDeclaration = function(node) {
  return this.parseStatement(null);
};
pp$8.parseExportDefaultDeclaration = function() {
  var isAsync;
  if (this.type === types$1._function || (isAsync = this.isAsyncFunction())) {
    var fNode = this.startNode();
    this.next();
    if (isAsync) {
      this.next();
    }
    return this.parseFunction(fNode, FUNC_STATEMENT | FUNC_NULLABLE_ID, false, isAsync);
  } else if (this.type === types$1._class) {
    var cNode = this.startNode();
    return this.parseClass(cNode, "nullableID");
  } else {
    var declaration = this.parseMaybeAssign();
    this.semicolon();
    return declaration;
  }
};
pp$8.checkExport = function(exports$1, name, pos) {
  if (!exports$1) {
    return;
  }
  if (typeof name !== "string") {
    name = name.type === "Identifier" ? name.name : name.value;
  }
  if (hasOwn(exports$1, name)) {
    this.raiseRecoverable(pos, "Duplicate export '" + name + "'");
  }
  exports$1[name] = true;
};
pp$8.checkPatternExport = function(exports$1, pat) {
  var type = pat.type;
  if (type === "Identifier") {
    this.checkExport(exports$1, pat, pat.start);
  } else if (type === "ObjectPattern") {
    for (var i2 = 0, list2 = pat.properties; i2 < list2.length; i2 += 1) {
      var prop = list2[i2];
      this.checkPatternExport(exports$1, prop);
    }
  } else if (type === "ArrayPattern") {
    for (var i$1 = 0, list$1 = pat.elements; i$1 < list$1.length; i$1 += 1) {
      var elt = list$1[i$1];
      if (elt) {
        this.checkPatternExport(exports$1, elt);
      }
    }
  } else if (type === "Property") {
    this.checkPatternExport(exports$1, pat.value);
  } else if (type === "AssignmentPattern") {
    this.checkPatternExport(exports$1, pat.left);
  } else if (type === "RestElement") {
    this.checkPatternExport(exports$1, pat.argument);
  }
};
pp$8.checkVariableExport = function(exports$1, decls) {
  if (!exports$1) {
    return;
  }
  for (var i2 = 0, list2 = decls; i2 < list2.length; i2 += 1) {
    var decl = list2[i2];
    this.checkPatternExport(exports$1, decl.id);
  }
};
pp$8.shouldParseExportStatement = function() {
  return this.type.keyword === "var" || this.type.keyword === "const" || this.type.keyword === "class" || this.type.keyword === "function" || this.isLet() || this.isAsyncFunction();
};
pp$8.parseExportSpecifier = function(exports$1) {
  var node = this.startNode();
  node.local = this.parseModuleExportName();
  node.exported = this.eatContextual("as") ? this.parseModuleExportName() : node.local;
  this.checkExport(
    exports$1,
    node.exported,
    node.exported.start
  );
  return this.finishNode(node, "ExportSpecifier");
};
pp$8.parseExportSpecifiers = function(exports$1) {
  var nodes = [], first = true;
  this.expect(types$1.braceL);
  while (!this.eat(types$1.braceR)) {
    if (!first) {
      this.expect(types$1.comma);
      if (this.afterTrailingComma(types$1.braceR)) {
        break;
      }
    } else {
      first = false;
    }
    nodes.push(this.parseExportSpecifier(exports$1));
  }
  return nodes;
};
pp$8.parseImport = function(node) {
  this.next();
  if (this.type === types$1.string) {
    node.specifiers = empty$1;
    node.source = this.parseExprAtom();
  } else {
    node.specifiers = this.parseImportSpecifiers();
    this.expectContextual("from");
    node.source = this.type === types$1.string ? this.parseExprAtom() : this.unexpected();
  }
  if (this.options.ecmaVersion >= 16) {
    node.attributes = this.parseWithClause();
  }
  this.semicolon();
  return this.finishNode(node, "ImportDeclaration");
};
pp$8.parseImportSpecifier = function() {
  var node = this.startNode();
  node.imported = this.parseModuleExportName();
  if (this.eatContextual("as")) {
    node.local = this.parseIdent();
  } else {
    this.checkUnreserved(node.imported);
    node.local = node.imported;
  }
  this.checkLValSimple(node.local, BIND_LEXICAL);
  return this.finishNode(node, "ImportSpecifier");
};
pp$8.parseImportDefaultSpecifier = function() {
  var node = this.startNode();
  node.local = this.parseIdent();
  this.checkLValSimple(node.local, BIND_LEXICAL);
  return this.finishNode(node, "ImportDefaultSpecifier");
};
pp$8.parseImportNamespaceSpecifier = function() {
  var node = this.startNode();
  this.next();
  this.expectContextual("as");
  node.local = this.parseIdent();
  this.checkLValSimple(node.local, BIND_LEXICAL);
  return this.finishNode(node, "ImportNamespaceSpecifier");
};
pp$8.parseImportSpecifiers = function() {
  var nodes = [], first = true;
  if (this.type === types$1.name) {
    nodes.push(this.parseImportDefaultSpecifier());
    if (!this.eat(types$1.comma)) {
      return nodes;
    }
  }
  if (this.type === types$1.star) {
    nodes.push(this.parseImportNamespaceSpecifier());
    return nodes;
  }
  this.expect(types$1.braceL);
  while (!this.eat(types$1.braceR)) {
    if (!first) {
      this.expect(types$1.comma);
      if (this.afterTrailingComma(types$1.braceR)) {
        break;
      }
    } else {
      first = false;
    }
    nodes.push(this.parseImportSpecifier());
  }
  return nodes;
};
pp$8.parseWithClause = function() {
  var nodes = [];
  if (!this.eat(types$1._with)) {
    return nodes;
  }
  this.expect(types$1.braceL);
  var attributeKeys = {};
  var first = true;
  while (!this.eat(types$1.braceR)) {
    if (!first) {
      this.expect(types$1.comma);
      if (this.afterTrailingComma(types$1.braceR)) {
        break;
      }
    } else {
      first = false;
    }
    var attr = this.parseImportAttribute();
    var keyName = attr.key.type === "Identifier" ? attr.key.name : attr.key.value;
    if (hasOwn(attributeKeys, keyName)) {
      this.raiseRecoverable(attr.key.start, "Duplicate attribute key '" + keyName + "'");
    }
    attributeKeys[keyName] = true;
    nodes.push(attr);
  }
  return nodes;
};
pp$8.parseImportAttribute = function() {
  var node = this.startNode();
  node.key = this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
  this.expect(types$1.colon);
  if (this.type !== types$1.string) {
    this.unexpected();
  }
  node.value = this.parseExprAtom();
  return this.finishNode(node, "ImportAttribute");
};
pp$8.parseModuleExportName = function() {
  if (this.options.ecmaVersion >= 13 && this.type === types$1.string) {
    var stringLiteral = this.parseLiteral(this.value);
    if (loneSurrogate.test(stringLiteral.value)) {
      this.raise(stringLiteral.start, "An export name cannot include a lone surrogate.");
    }
    return stringLiteral;
  }
  return this.parseIdent(true);
};
pp$8.adaptDirectivePrologue = function(statements) {
  for (var i2 = 0; i2 < statements.length && this.isDirectiveCandidate(statements[i2]); ++i2) {
    statements[i2].directive = statements[i2].expression.raw.slice(1, -1);
  }
};
pp$8.isDirectiveCandidate = function(statement) {
  return this.options.ecmaVersion >= 5 && statement.type === "ExpressionStatement" && statement.expression.type === "Literal" && typeof statement.expression.value === "string" && // Reject parenthesized strings.
  (this.input[statement.start] === '"' || this.input[statement.start] === "'");
};
var pp$7 = Parser.prototype;
pp$7.toAssignable = function(node, isBinding, refDestructuringErrors) {
  if (this.options.ecmaVersion >= 6 && node) {
    switch (node.type) {
      case "Identifier":
        if (this.inAsync && node.name === "await") {
          this.raise(node.start, "Cannot use 'await' as identifier inside an async function");
        }
        break;
      case "ObjectPattern":
      case "ArrayPattern":
      case "AssignmentPattern":
      case "RestElement":
        break;
      case "ObjectExpression":
        node.type = "ObjectPattern";
        if (refDestructuringErrors) {
          this.checkPatternErrors(refDestructuringErrors, true);
        }
        for (var i2 = 0, list2 = node.properties; i2 < list2.length; i2 += 1) {
          var prop = list2[i2];
          this.toAssignable(prop, isBinding);
          if (prop.type === "RestElement" && (prop.argument.type === "ArrayPattern" || prop.argument.type === "ObjectPattern")) {
            this.raise(prop.argument.start, "Unexpected token");
          }
        }
        break;
      case "Property":
        if (node.kind !== "init") {
          this.raise(node.key.start, "Object pattern can't contain getter or setter");
        }
        this.toAssignable(node.value, isBinding);
        break;
      case "ArrayExpression":
        node.type = "ArrayPattern";
        if (refDestructuringErrors) {
          this.checkPatternErrors(refDestructuringErrors, true);
        }
        this.toAssignableList(node.elements, isBinding);
        break;
      case "SpreadElement":
        node.type = "RestElement";
        this.toAssignable(node.argument, isBinding);
        if (node.argument.type === "AssignmentPattern") {
          this.raise(node.argument.start, "Rest elements cannot have a default value");
        }
        break;
      case "AssignmentExpression":
        if (node.operator !== "=") {
          this.raise(node.left.end, "Only '=' operator can be used for specifying default value.");
        }
        node.type = "AssignmentPattern";
        delete node.operator;
        this.toAssignable(node.left, isBinding);
        break;
      case "ParenthesizedExpression":
        this.toAssignable(node.expression, isBinding, refDestructuringErrors);
        break;
      case "ChainExpression":
        this.raiseRecoverable(node.start, "Optional chaining cannot appear in left-hand side");
        break;
      case "MemberExpression":
        if (!isBinding) {
          break;
        }
      default:
        this.raise(node.start, "Assigning to rvalue");
    }
  } else if (refDestructuringErrors) {
    this.checkPatternErrors(refDestructuringErrors, true);
  }
  return node;
};
pp$7.toAssignableList = function(exprList, isBinding) {
  var end = exprList.length;
  for (var i2 = 0; i2 < end; i2++) {
    var elt = exprList[i2];
    if (elt) {
      this.toAssignable(elt, isBinding);
    }
  }
  if (end) {
    var last = exprList[end - 1];
    if (this.options.ecmaVersion === 6 && isBinding && last && last.type === "RestElement" && last.argument.type !== "Identifier") {
      this.unexpected(last.argument.start);
    }
  }
  return exprList;
};
pp$7.parseSpread = function(refDestructuringErrors) {
  var node = this.startNode();
  this.next();
  node.argument = this.parseMaybeAssign(false, refDestructuringErrors);
  return this.finishNode(node, "SpreadElement");
};
pp$7.parseRestBinding = function() {
  var node = this.startNode();
  this.next();
  if (this.options.ecmaVersion === 6 && this.type !== types$1.name) {
    this.unexpected();
  }
  node.argument = this.parseBindingAtom();
  return this.finishNode(node, "RestElement");
};
pp$7.parseBindingAtom = function() {
  if (this.options.ecmaVersion >= 6) {
    switch (this.type) {
      case types$1.bracketL:
        var node = this.startNode();
        this.next();
        node.elements = this.parseBindingList(types$1.bracketR, true, true);
        return this.finishNode(node, "ArrayPattern");
      case types$1.braceL:
        return this.parseObj(true);
    }
  }
  return this.parseIdent();
};
pp$7.parseBindingList = function(close, allowEmpty, allowTrailingComma, allowModifiers) {
  var elts = [], first = true;
  while (!this.eat(close)) {
    if (first) {
      first = false;
    } else {
      this.expect(types$1.comma);
    }
    if (allowEmpty && this.type === types$1.comma) {
      elts.push(null);
    } else if (allowTrailingComma && this.afterTrailingComma(close)) {
      break;
    } else if (this.type === types$1.ellipsis) {
      var rest = this.parseRestBinding();
      this.parseBindingListItem(rest);
      elts.push(rest);
      if (this.type === types$1.comma) {
        this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
      }
      this.expect(close);
      break;
    } else {
      elts.push(this.parseAssignableListItem(allowModifiers));
    }
  }
  return elts;
};
pp$7.parseAssignableListItem = function(allowModifiers) {
  var elem = this.parseMaybeDefault(this.start, this.startLoc);
  this.parseBindingListItem(elem);
  return elem;
};
pp$7.parseBindingListItem = function(param) {
  return param;
};
pp$7.parseMaybeDefault = function(startPos, startLoc, left) {
  left = left || this.parseBindingAtom();
  if (this.options.ecmaVersion < 6 || !this.eat(types$1.eq)) {
    return left;
  }
  var node = this.startNodeAt(startPos, startLoc);
  node.left = left;
  node.right = this.parseMaybeAssign();
  return this.finishNode(node, "AssignmentPattern");
};
pp$7.checkLValSimple = function(expr, bindingType, checkClashes) {
  if (bindingType === void 0) bindingType = BIND_NONE;
  var isBind = bindingType !== BIND_NONE;
  switch (expr.type) {
    case "Identifier":
      if (this.strict && this.reservedWordsStrictBind.test(expr.name)) {
        this.raiseRecoverable(expr.start, (isBind ? "Binding " : "Assigning to ") + expr.name + " in strict mode");
      }
      if (isBind) {
        if (bindingType === BIND_LEXICAL && expr.name === "let") {
          this.raiseRecoverable(expr.start, "let is disallowed as a lexically bound name");
        }
        if (checkClashes) {
          if (hasOwn(checkClashes, expr.name)) {
            this.raiseRecoverable(expr.start, "Argument name clash");
          }
          checkClashes[expr.name] = true;
        }
        if (bindingType !== BIND_OUTSIDE) {
          this.declareName(expr.name, bindingType, expr.start);
        }
      }
      break;
    case "ChainExpression":
      this.raiseRecoverable(expr.start, "Optional chaining cannot appear in left-hand side");
      break;
    case "MemberExpression":
      if (isBind) {
        this.raiseRecoverable(expr.start, "Binding member expression");
      }
      break;
    case "ParenthesizedExpression":
      if (isBind) {
        this.raiseRecoverable(expr.start, "Binding parenthesized expression");
      }
      return this.checkLValSimple(expr.expression, bindingType, checkClashes);
    default:
      this.raise(expr.start, (isBind ? "Binding" : "Assigning to") + " rvalue");
  }
};
pp$7.checkLValPattern = function(expr, bindingType, checkClashes) {
  if (bindingType === void 0) bindingType = BIND_NONE;
  switch (expr.type) {
    case "ObjectPattern":
      for (var i2 = 0, list2 = expr.properties; i2 < list2.length; i2 += 1) {
        var prop = list2[i2];
        this.checkLValInnerPattern(prop, bindingType, checkClashes);
      }
      break;
    case "ArrayPattern":
      for (var i$1 = 0, list$1 = expr.elements; i$1 < list$1.length; i$1 += 1) {
        var elem = list$1[i$1];
        if (elem) {
          this.checkLValInnerPattern(elem, bindingType, checkClashes);
        }
      }
      break;
    default:
      this.checkLValSimple(expr, bindingType, checkClashes);
  }
};
pp$7.checkLValInnerPattern = function(expr, bindingType, checkClashes) {
  if (bindingType === void 0) bindingType = BIND_NONE;
  switch (expr.type) {
    case "Property":
      this.checkLValInnerPattern(expr.value, bindingType, checkClashes);
      break;
    case "AssignmentPattern":
      this.checkLValPattern(expr.left, bindingType, checkClashes);
      break;
    case "RestElement":
      this.checkLValPattern(expr.argument, bindingType, checkClashes);
      break;
    default:
      this.checkLValPattern(expr, bindingType, checkClashes);
  }
};
var TokContext = function TokContext2(token, isExpr, preserveSpace, override, generator) {
  this.token = token;
  this.isExpr = !!isExpr;
  this.preserveSpace = !!preserveSpace;
  this.override = override;
  this.generator = !!generator;
};
var types = {
  b_stat: new TokContext("{", false),
  b_expr: new TokContext("{", true),
  b_tmpl: new TokContext("${", false),
  p_stat: new TokContext("(", false),
  p_expr: new TokContext("(", true),
  q_tmpl: new TokContext("`", true, true, function(p2) {
    return p2.tryReadTemplateToken();
  }),
  f_stat: new TokContext("function", false),
  f_expr: new TokContext("function", true),
  f_expr_gen: new TokContext("function", true, false, null, true),
  f_gen: new TokContext("function", false, false, null, true)
};
var pp$6 = Parser.prototype;
pp$6.initialContext = function() {
  return [types.b_stat];
};
pp$6.curContext = function() {
  return this.context[this.context.length - 1];
};
pp$6.braceIsBlock = function(prevType) {
  var parent = this.curContext();
  if (parent === types.f_expr || parent === types.f_stat) {
    return true;
  }
  if (prevType === types$1.colon && (parent === types.b_stat || parent === types.b_expr)) {
    return !parent.isExpr;
  }
  if (prevType === types$1._return || prevType === types$1.name && this.exprAllowed) {
    return lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
  }
  if (prevType === types$1._else || prevType === types$1.semi || prevType === types$1.eof || prevType === types$1.parenR || prevType === types$1.arrow) {
    return true;
  }
  if (prevType === types$1.braceL) {
    return parent === types.b_stat;
  }
  if (prevType === types$1._var || prevType === types$1._const || prevType === types$1.name) {
    return false;
  }
  return !this.exprAllowed;
};
pp$6.inGeneratorContext = function() {
  for (var i2 = this.context.length - 1; i2 >= 1; i2--) {
    var context = this.context[i2];
    if (context.token === "function") {
      return context.generator;
    }
  }
  return false;
};
pp$6.updateContext = function(prevType) {
  var update, type = this.type;
  if (type.keyword && prevType === types$1.dot) {
    this.exprAllowed = false;
  } else if (update = type.updateContext) {
    update.call(this, prevType);
  } else {
    this.exprAllowed = type.beforeExpr;
  }
};
pp$6.overrideContext = function(tokenCtx) {
  if (this.curContext() !== tokenCtx) {
    this.context[this.context.length - 1] = tokenCtx;
  }
};
types$1.parenR.updateContext = types$1.braceR.updateContext = function() {
  if (this.context.length === 1) {
    this.exprAllowed = true;
    return;
  }
  var out = this.context.pop();
  if (out === types.b_stat && this.curContext().token === "function") {
    out = this.context.pop();
  }
  this.exprAllowed = !out.isExpr;
};
types$1.braceL.updateContext = function(prevType) {
  this.context.push(this.braceIsBlock(prevType) ? types.b_stat : types.b_expr);
  this.exprAllowed = true;
};
types$1.dollarBraceL.updateContext = function() {
  this.context.push(types.b_tmpl);
  this.exprAllowed = true;
};
types$1.parenL.updateContext = function(prevType) {
  var statementParens = prevType === types$1._if || prevType === types$1._for || prevType === types$1._with || prevType === types$1._while;
  this.context.push(statementParens ? types.p_stat : types.p_expr);
  this.exprAllowed = true;
};
types$1.incDec.updateContext = function() {
};
types$1._function.updateContext = types$1._class.updateContext = function(prevType) {
  if (prevType.beforeExpr && prevType !== types$1._else && !(prevType === types$1.semi && this.curContext() !== types.p_stat) && !(prevType === types$1._return && lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) && !((prevType === types$1.colon || prevType === types$1.braceL) && this.curContext() === types.b_stat)) {
    this.context.push(types.f_expr);
  } else {
    this.context.push(types.f_stat);
  }
  this.exprAllowed = false;
};
types$1.colon.updateContext = function() {
  if (this.curContext().token === "function") {
    this.context.pop();
  }
  this.exprAllowed = true;
};
types$1.backQuote.updateContext = function() {
  if (this.curContext() === types.q_tmpl) {
    this.context.pop();
  } else {
    this.context.push(types.q_tmpl);
  }
  this.exprAllowed = false;
};
types$1.star.updateContext = function(prevType) {
  if (prevType === types$1._function) {
    var index = this.context.length - 1;
    if (this.context[index] === types.f_expr) {
      this.context[index] = types.f_expr_gen;
    } else {
      this.context[index] = types.f_gen;
    }
  }
  this.exprAllowed = true;
};
types$1.name.updateContext = function(prevType) {
  var allowed = false;
  if (this.options.ecmaVersion >= 6 && prevType !== types$1.dot) {
    if (this.value === "of" && !this.exprAllowed || this.value === "yield" && this.inGeneratorContext()) {
      allowed = true;
    }
  }
  this.exprAllowed = allowed;
};
var pp$5 = Parser.prototype;
pp$5.checkPropClash = function(prop, propHash, refDestructuringErrors) {
  if (this.options.ecmaVersion >= 9 && prop.type === "SpreadElement") {
    return;
  }
  if (this.options.ecmaVersion >= 6 && (prop.computed || prop.method || prop.shorthand)) {
    return;
  }
  var key = prop.key;
  var name;
  switch (key.type) {
    case "Identifier":
      name = key.name;
      break;
    case "Literal":
      name = String(key.value);
      break;
    default:
      return;
  }
  var kind = prop.kind;
  if (this.options.ecmaVersion >= 6) {
    if (name === "__proto__" && kind === "init") {
      if (propHash.proto) {
        if (refDestructuringErrors) {
          if (refDestructuringErrors.doubleProto < 0) {
            refDestructuringErrors.doubleProto = key.start;
          }
        } else {
          this.raiseRecoverable(key.start, "Redefinition of __proto__ property");
        }
      }
      propHash.proto = true;
    }
    return;
  }
  name = "$" + name;
  var other = propHash[name];
  if (other) {
    var redefinition;
    if (kind === "init") {
      redefinition = this.strict && other.init || other.get || other.set;
    } else {
      redefinition = other.init || other[kind];
    }
    if (redefinition) {
      this.raiseRecoverable(key.start, "Redefinition of property");
    }
  } else {
    other = propHash[name] = {
      init: false,
      get: false,
      set: false
    };
  }
  other[kind] = true;
};
pp$5.parseExpression = function(forInit, refDestructuringErrors) {
  var this$1$1 = this;
  return this.catchStackOverflow(function() {
    var startPos = this$1$1.start, startLoc = this$1$1.startLoc;
    var expr = this$1$1.parseMaybeAssign(forInit, refDestructuringErrors);
    if (this$1$1.type === types$1.comma) {
      var node = this$1$1.startNodeAt(startPos, startLoc);
      node.expressions = [expr];
      while (this$1$1.eat(types$1.comma)) {
        node.expressions.push(this$1$1.parseMaybeAssign(forInit, refDestructuringErrors));
      }
      return this$1$1.finishNode(node, "SequenceExpression");
    }
    return expr;
  });
};
pp$5.parseMaybeAssign = function(forInit, refDestructuringErrors, afterLeftParse) {
  if (this.isContextual("yield")) {
    if (this.inGenerator) {
      return this.parseYield(forInit);
    } else {
      this.exprAllowed = false;
    }
  }
  var ownDestructuringErrors = false, oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
  if (refDestructuringErrors) {
    oldParenAssign = refDestructuringErrors.parenthesizedAssign;
    oldTrailingComma = refDestructuringErrors.trailingComma;
    oldDoubleProto = refDestructuringErrors.doubleProto;
    refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
  } else {
    refDestructuringErrors = new DestructuringErrors();
    ownDestructuringErrors = true;
  }
  var startPos = this.start, startLoc = this.startLoc;
  if (this.type === types$1.parenL || this.type === types$1.name) {
    this.potentialArrowAt = this.start;
    this.potentialArrowInForAwait = forInit === "await";
  }
  var left = this.parseMaybeConditional(forInit, refDestructuringErrors);
  if (afterLeftParse) {
    left = afterLeftParse.call(this, left, startPos, startLoc);
  }
  if (this.type.isAssign) {
    var node = this.startNodeAt(startPos, startLoc);
    node.operator = this.value;
    if (this.type === types$1.eq) {
      left = this.toAssignable(left, false, refDestructuringErrors);
    }
    if (!ownDestructuringErrors) {
      refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
      if (refDestructuringErrors.shorthandAssign >= left.start) {
        refDestructuringErrors.shorthandAssign = -1;
      }
      if (refDestructuringErrors.doubleProto >= left.start) {
        refDestructuringErrors.doubleProto = -1;
      }
    }
    if (this.type === types$1.eq) {
      this.checkLValPattern(left);
    } else {
      this.checkLValSimple(left);
    }
    node.left = left;
    this.next();
    node.right = this.parseMaybeAssign(forInit);
    if (oldDoubleProto > -1) {
      refDestructuringErrors.doubleProto = oldDoubleProto;
    }
    return this.finishNode(node, "AssignmentExpression");
  } else {
    if (ownDestructuringErrors) {
      this.checkExpressionErrors(refDestructuringErrors, true);
    }
  }
  if (oldParenAssign > -1) {
    refDestructuringErrors.parenthesizedAssign = oldParenAssign;
  }
  if (oldTrailingComma > -1) {
    refDestructuringErrors.trailingComma = oldTrailingComma;
  }
  return left;
};
pp$5.parseMaybeConditional = function(forInit, refDestructuringErrors) {
  var startPos = this.start, startLoc = this.startLoc;
  var expr = this.parseExprOps(forInit, refDestructuringErrors);
  if (this.checkExpressionErrors(refDestructuringErrors)) {
    return expr;
  }
  if (!(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.question)) {
    var node = this.startNodeAt(startPos, startLoc);
    node.test = expr;
    node.consequent = this.parseMaybeAssign();
    this.expect(types$1.colon);
    node.alternate = this.parseMaybeAssign(forInit);
    return this.finishNode(node, "ConditionalExpression");
  }
  return expr;
};
pp$5.parseExprOps = function(forInit, refDestructuringErrors) {
  var startPos = this.start, startLoc = this.startLoc;
  var expr = this.parseMaybeUnary(refDestructuringErrors, false, false, forInit);
  if (this.checkExpressionErrors(refDestructuringErrors)) {
    return expr;
  }
  return expr.start === startPos && expr.type === "ArrowFunctionExpression" ? expr : this.parseExprOp(expr, startPos, startLoc, -1, forInit);
};
pp$5.parseExprOp = function(left, leftStartPos, leftStartLoc, minPrec, forInit) {
  var prec = this.type.binop;
  if (prec != null && (!forInit || this.type !== types$1._in)) {
    if (prec > minPrec) {
      var logical = this.type === types$1.logicalOR || this.type === types$1.logicalAND;
      var coalesce = this.type === types$1.coalesce;
      if (coalesce) {
        prec = types$1.logicalAND.binop;
      }
      var op = this.value;
      this.next();
      var startPos = this.start, startLoc = this.startLoc;
      var right = this.parseExprOp(this.parseMaybeUnary(null, false, false, forInit), startPos, startLoc, prec, forInit);
      var node = this.buildBinary(leftStartPos, leftStartLoc, left, right, op, logical || coalesce);
      if (logical && this.type === types$1.coalesce || coalesce && (this.type === types$1.logicalOR || this.type === types$1.logicalAND)) {
        this.raiseRecoverable(this.start, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses");
      }
      return this.parseExprOp(node, leftStartPos, leftStartLoc, minPrec, forInit);
    }
  }
  return left;
};
pp$5.buildBinary = function(startPos, startLoc, left, right, op, logical) {
  if (right.type === "PrivateIdentifier") {
    this.raise(right.start, "Private identifier can only be left side of binary expression");
  }
  var node = this.startNodeAt(startPos, startLoc);
  node.left = left;
  node.operator = op;
  node.right = right;
  return this.finishNode(node, logical ? "LogicalExpression" : "BinaryExpression");
};
pp$5.parseMaybeUnary = function(refDestructuringErrors, sawUnary, incDec, forInit) {
  var startPos = this.start, startLoc = this.startLoc, expr;
  if (this.isContextual("await") && this.canAwait) {
    expr = this.parseAwait(forInit);
    sawUnary = true;
  } else if (this.type.prefix) {
    var node = this.startNode(), update = this.type === types$1.incDec;
    node.operator = this.value;
    node.prefix = true;
    this.next();
    node.argument = this.parseMaybeUnary(null, true, update, forInit);
    this.checkExpressionErrors(refDestructuringErrors, true);
    if (update) {
      this.checkLValSimple(node.argument);
    } else if (this.strict && node.operator === "delete" && isLocalVariableAccess(node.argument)) {
      this.raiseRecoverable(node.start, "Deleting local variable in strict mode");
    } else if (node.operator === "delete" && isPrivateFieldAccess(node.argument)) {
      this.raiseRecoverable(node.start, "Private fields can not be deleted");
    } else {
      sawUnary = true;
    }
    expr = this.finishNode(node, update ? "UpdateExpression" : "UnaryExpression");
  } else if (!sawUnary && this.type === types$1.privateId) {
    if ((forInit || this.privateNameStack.length === 0) && this.options.checkPrivateFields) {
      this.unexpected();
    }
    expr = this.parsePrivateIdent();
    if (this.type !== types$1._in) {
      this.unexpected();
    }
  } else {
    expr = this.parseExprSubscripts(refDestructuringErrors, forInit);
    if (this.checkExpressionErrors(refDestructuringErrors)) {
      return expr;
    }
    while (this.type.postfix && !this.canInsertSemicolon()) {
      var node$1 = this.startNodeAt(startPos, startLoc);
      node$1.operator = this.value;
      node$1.prefix = false;
      node$1.argument = expr;
      this.checkLValSimple(expr);
      this.next();
      expr = this.finishNode(node$1, "UpdateExpression");
    }
  }
  if (!incDec && !(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.starstar)) {
    if (sawUnary) {
      this.unexpected(this.lastTokStart);
    } else {
      return this.buildBinary(startPos, startLoc, expr, this.parseMaybeUnary(null, false, false, forInit), "**", false);
    }
  } else {
    return expr;
  }
};
function isLocalVariableAccess(node) {
  return node.type === "Identifier" || node.type === "ParenthesizedExpression" && isLocalVariableAccess(node.expression);
}
function isPrivateFieldAccess(node) {
  return node.type === "MemberExpression" && node.property.type === "PrivateIdentifier" || node.type === "ChainExpression" && isPrivateFieldAccess(node.expression) || node.type === "ParenthesizedExpression" && isPrivateFieldAccess(node.expression);
}
pp$5.parseExprSubscripts = function(refDestructuringErrors, forInit) {
  var startPos = this.start, startLoc = this.startLoc;
  var oldDoubleProto = -1, oldShorthandAssign = -1;
  if (refDestructuringErrors) {
    oldDoubleProto = refDestructuringErrors.doubleProto;
    oldShorthandAssign = refDestructuringErrors.shorthandAssign;
    refDestructuringErrors.doubleProto = refDestructuringErrors.shorthandAssign = -1;
  }
  var expr = this.parseExprAtom(refDestructuringErrors, forInit);
  if (expr.type === "ArrowFunctionExpression" && this.input.slice(this.lastTokStart, this.lastTokEnd) !== ")") {
    return expr;
  }
  var result = this.parseSubscripts(expr, startPos, startLoc, false, forInit);
  if (refDestructuringErrors) {
    if (result.end > expr.end) {
      this.checkExpressionErrors(refDestructuringErrors, true);
      if (refDestructuringErrors.parenthesizedAssign >= result.start) {
        refDestructuringErrors.parenthesizedAssign = -1;
      }
      if (refDestructuringErrors.parenthesizedBind >= result.start) {
        refDestructuringErrors.parenthesizedBind = -1;
      }
      if (refDestructuringErrors.trailingComma >= result.start) {
        refDestructuringErrors.trailingComma = -1;
      }
    }
    if (oldDoubleProto > -1) {
      refDestructuringErrors.doubleProto = oldDoubleProto;
    }
    if (oldShorthandAssign > -1) {
      refDestructuringErrors.shorthandAssign = oldShorthandAssign;
    }
  }
  return result;
};
pp$5.parseSubscripts = function(base2, startPos, startLoc, noCalls, forInit) {
  var maybeAsyncArrow = this.options.ecmaVersion >= 8 && base2.type === "Identifier" && base2.name === "async" && this.lastTokEnd === base2.end && !this.canInsertSemicolon() && base2.end - base2.start === 5 && this.potentialArrowAt === base2.start;
  var optionalChained = false;
  while (true) {
    var element = this.parseSubscript(base2, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit);
    if (element.optional) {
      optionalChained = true;
    }
    if (element.end === base2.end || element.type === "ArrowFunctionExpression") {
      if (optionalChained) {
        var chainNode = this.startNodeAt(startPos, startLoc);
        chainNode.expression = element;
        element = this.finishNode(chainNode, "ChainExpression");
      }
      return element;
    }
    base2 = element;
    maybeAsyncArrow = false;
  }
};
pp$5.shouldParseAsyncArrow = function() {
  return !this.canInsertSemicolon() && this.eat(types$1.arrow);
};
pp$5.parseSubscriptAsyncArrow = function(startPos, startLoc, exprList, forInit) {
  return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, true, forInit);
};
pp$5.parseSubscript = function(base2, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit) {
  var optionalSupported = this.options.ecmaVersion >= 11;
  var optional = optionalSupported && this.eat(types$1.questionDot);
  if (noCalls && optional) {
    this.raise(this.lastTokStart, "Optional chaining cannot appear in the callee of new expressions");
  }
  var computed = this.eat(types$1.bracketL);
  if (computed || optional && this.type !== types$1.parenL && this.type !== types$1.backQuote || this.eat(types$1.dot)) {
    var node = this.startNodeAt(startPos, startLoc);
    node.object = base2;
    if (computed) {
      node.property = this.parseExpression();
      this.expect(types$1.bracketR);
    } else if (this.type === types$1.privateId && base2.type !== "Super") {
      node.property = this.parsePrivateIdent();
    } else {
      node.property = this.parseIdent(this.options.allowReserved !== "never");
    }
    node.computed = !!computed;
    if (optionalSupported) {
      node.optional = optional;
    }
    base2 = this.finishNode(node, "MemberExpression");
  } else if (!noCalls && this.eat(types$1.parenL)) {
    var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
    this.yieldPos = 0;
    this.awaitPos = 0;
    this.awaitIdentPos = 0;
    var exprList = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false, refDestructuringErrors);
    if (maybeAsyncArrow && !optional && this.shouldParseAsyncArrow()) {
      this.checkPatternErrors(refDestructuringErrors, false);
      this.checkYieldAwaitInDefaultParams();
      if (this.awaitIdentPos > 0) {
        this.raise(this.awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
      }
      this.yieldPos = oldYieldPos;
      this.awaitPos = oldAwaitPos;
      this.awaitIdentPos = oldAwaitIdentPos;
      return this.parseSubscriptAsyncArrow(startPos, startLoc, exprList, forInit);
    }
    this.checkExpressionErrors(refDestructuringErrors, true);
    this.yieldPos = oldYieldPos || this.yieldPos;
    this.awaitPos = oldAwaitPos || this.awaitPos;
    this.awaitIdentPos = oldAwaitIdentPos || this.awaitIdentPos;
    var node$1 = this.startNodeAt(startPos, startLoc);
    node$1.callee = base2;
    node$1.arguments = exprList;
    if (optionalSupported) {
      node$1.optional = optional;
    }
    base2 = this.finishNode(node$1, "CallExpression");
  } else if (this.type === types$1.backQuote) {
    if (optional || optionalChained) {
      this.raise(this.start, "Optional chaining cannot appear in the tag of tagged template expressions");
    }
    var node$2 = this.startNodeAt(startPos, startLoc);
    node$2.tag = base2;
    node$2.quasi = this.parseTemplate({ isTagged: true });
    base2 = this.finishNode(node$2, "TaggedTemplateExpression");
  }
  return base2;
};
pp$5.parseExprAtom = function(refDestructuringErrors, forInit, forNew) {
  if (this.type === types$1.slash) {
    this.readRegexp();
  }
  var node, canBeArrow = this.potentialArrowAt === this.start;
  switch (this.type) {
    case types$1._super:
      if (!this.allowSuper) {
        this.raise(this.start, "'super' keyword outside a method");
      }
      node = this.startNode();
      this.next();
      if (this.type === types$1.parenL && !this.allowDirectSuper) {
        this.raise(node.start, "super() call outside constructor of a subclass");
      }
      if (this.type !== types$1.dot && this.type !== types$1.bracketL && this.type !== types$1.parenL) {
        this.unexpected();
      }
      return this.finishNode(node, "Super");
    case types$1._this:
      node = this.startNode();
      this.next();
      return this.finishNode(node, "ThisExpression");
    case types$1.name:
      var startPos = this.start, startLoc = this.startLoc, containsEsc = this.containsEsc;
      var id = this.parseIdent(false);
      if (this.options.ecmaVersion >= 8 && !containsEsc && id.name === "async" && !this.canInsertSemicolon() && this.eat(types$1._function)) {
        this.overrideContext(types.f_expr);
        return this.parseFunction(this.startNodeAt(startPos, startLoc), 0, false, true, forInit);
      }
      if (canBeArrow && !this.canInsertSemicolon()) {
        if (this.eat(types$1.arrow)) {
          return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], false, forInit);
        }
        if (this.options.ecmaVersion >= 8 && id.name === "async" && this.type === types$1.name && !containsEsc && (!this.potentialArrowInForAwait || this.value !== "of" || this.containsEsc)) {
          id = this.parseIdent(false);
          if (this.canInsertSemicolon() || !this.eat(types$1.arrow)) {
            this.unexpected();
          }
          return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], true, forInit);
        }
      }
      return id;
    case types$1.regexp:
      var value = this.value;
      node = this.parseLiteral(value.value);
      node.regex = { pattern: value.pattern, flags: value.flags };
      return node;
    case types$1.num:
    case types$1.string:
      return this.parseLiteral(this.value);
    case types$1._null:
    case types$1._true:
    case types$1._false:
      node = this.startNode();
      node.value = this.type === types$1._null ? null : this.type === types$1._true;
      node.raw = this.type.keyword;
      this.next();
      return this.finishNode(node, "Literal");
    case types$1.parenL:
      var start = this.start, expr = this.parseParenAndDistinguishExpression(canBeArrow, forInit);
      if (refDestructuringErrors) {
        if (refDestructuringErrors.parenthesizedAssign < 0 && !this.isSimpleAssignTarget(expr)) {
          refDestructuringErrors.parenthesizedAssign = start;
        }
        if (refDestructuringErrors.parenthesizedBind < 0) {
          refDestructuringErrors.parenthesizedBind = start;
        }
      }
      return expr;
    case types$1.bracketL:
      node = this.startNode();
      this.next();
      node.elements = this.parseExprList(types$1.bracketR, true, true, refDestructuringErrors);
      return this.finishNode(node, "ArrayExpression");
    case types$1.braceL:
      this.overrideContext(types.b_expr);
      return this.parseObj(false, refDestructuringErrors);
    case types$1._function:
      node = this.startNode();
      this.next();
      return this.parseFunction(node, 0);
    case types$1._class:
      return this.parseClass(this.startNode(), false);
    case types$1._new:
      return this.parseNew();
    case types$1.backQuote:
      return this.parseTemplate();
    case types$1._import:
      if (this.options.ecmaVersion >= 11) {
        return this.parseExprImport(forNew);
      } else {
        return this.unexpected();
      }
    default:
      return this.parseExprAtomDefault();
  }
};
pp$5.parseExprAtomDefault = function() {
  this.unexpected();
};
pp$5.parseExprImport = function(forNew) {
  var node = this.startNode();
  if (this.containsEsc) {
    this.raiseRecoverable(this.start, "Escape sequence in keyword import");
  }
  this.next();
  if (this.type === types$1.parenL && !forNew) {
    return this.parseDynamicImport(node);
  } else if (this.type === types$1.dot) {
    var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
    meta.name = "import";
    node.meta = this.finishNode(meta, "Identifier");
    return this.parseImportMeta(node);
  } else {
    this.unexpected();
  }
};
pp$5.parseDynamicImport = function(node) {
  this.next();
  node.source = this.parseMaybeAssign();
  if (this.options.ecmaVersion >= 16) {
    if (!this.eat(types$1.parenR)) {
      this.expect(types$1.comma);
      if (!this.afterTrailingComma(types$1.parenR)) {
        node.options = this.parseMaybeAssign();
        if (!this.eat(types$1.parenR)) {
          this.expect(types$1.comma);
          if (!this.afterTrailingComma(types$1.parenR)) {
            this.unexpected();
          }
        }
      } else {
        node.options = null;
      }
    } else {
      node.options = null;
    }
  } else {
    if (!this.eat(types$1.parenR)) {
      var errorPos = this.start;
      if (this.eat(types$1.comma) && this.eat(types$1.parenR)) {
        this.raiseRecoverable(errorPos, "Trailing comma is not allowed in import()");
      } else {
        this.unexpected(errorPos);
      }
    }
  }
  return this.finishNode(node, "ImportExpression");
};
pp$5.parseImportMeta = function(node) {
  this.next();
  var containsEsc = this.containsEsc;
  node.property = this.parseIdent(true);
  if (node.property.name !== "meta") {
    this.raiseRecoverable(node.property.start, "The only valid meta property for import is 'import.meta'");
  }
  if (containsEsc) {
    this.raiseRecoverable(node.start, "'import.meta' must not contain escaped characters");
  }
  if (this.options.sourceType !== "module" && !this.options.allowImportExportEverywhere) {
    this.raiseRecoverable(node.start, "Cannot use 'import.meta' outside a module");
  }
  return this.finishNode(node, "MetaProperty");
};
pp$5.parseLiteral = function(value) {
  var node = this.startNode();
  node.value = value;
  node.raw = this.input.slice(this.start, this.end);
  if (node.raw.charCodeAt(node.raw.length - 1) === 110) {
    node.bigint = node.value != null ? node.value.toString() : node.raw.slice(0, -1).replace(/_/g, "");
  }
  this.next();
  return this.finishNode(node, "Literal");
};
pp$5.parseParenExpression = function() {
  this.expect(types$1.parenL);
  var val = this.parseExpression();
  this.expect(types$1.parenR);
  return val;
};
pp$5.shouldParseArrow = function(exprList) {
  return !this.canInsertSemicolon();
};
pp$5.parseParenAndDistinguishExpression = function(canBeArrow, forInit) {
  var startPos = this.start, startLoc = this.startLoc, val, allowTrailingComma = this.options.ecmaVersion >= 8;
  if (this.options.ecmaVersion >= 6) {
    this.next();
    var innerStartPos = this.start, innerStartLoc = this.startLoc;
    var exprList = [], first = true, lastIsComma = false;
    var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, spreadStart;
    this.yieldPos = 0;
    this.awaitPos = 0;
    while (this.type !== types$1.parenR) {
      first ? first = false : this.expect(types$1.comma);
      if (allowTrailingComma && this.afterTrailingComma(types$1.parenR, true)) {
        lastIsComma = true;
        break;
      } else if (this.type === types$1.ellipsis) {
        spreadStart = this.start;
        exprList.push(this.parseParenItem(this.parseRestBinding()));
        if (this.type === types$1.comma) {
          this.raiseRecoverable(
            this.start,
            "Comma is not permitted after the rest element"
          );
        }
        break;
      } else {
        exprList.push(this.parseMaybeAssign(false, refDestructuringErrors, this.parseParenItem));
      }
    }
    var innerEndPos = this.lastTokEnd, innerEndLoc = this.lastTokEndLoc;
    this.expect(types$1.parenR);
    if (canBeArrow && this.shouldParseArrow(exprList) && this.eat(types$1.arrow)) {
      this.checkPatternErrors(refDestructuringErrors, false);
      this.checkYieldAwaitInDefaultParams();
      this.yieldPos = oldYieldPos;
      this.awaitPos = oldAwaitPos;
      return this.parseParenArrowList(startPos, startLoc, exprList, forInit);
    }
    if (!exprList.length || lastIsComma) {
      this.unexpected(this.lastTokStart);
    }
    if (spreadStart) {
      this.unexpected(spreadStart);
    }
    this.checkExpressionErrors(refDestructuringErrors, true);
    this.yieldPos = oldYieldPos || this.yieldPos;
    this.awaitPos = oldAwaitPos || this.awaitPos;
    if (exprList.length > 1) {
      val = this.startNodeAt(innerStartPos, innerStartLoc);
      val.expressions = exprList;
      this.finishNodeAt(val, "SequenceExpression", innerEndPos, innerEndLoc);
    } else {
      val = exprList[0];
    }
  } else {
    val = this.parseParenExpression();
  }
  if (this.options.preserveParens) {
    var par = this.startNodeAt(startPos, startLoc);
    par.expression = val;
    return this.finishNode(par, "ParenthesizedExpression");
  } else {
    return val;
  }
};
pp$5.parseParenItem = function(item) {
  return item;
};
pp$5.parseParenArrowList = function(startPos, startLoc, exprList, forInit) {
  return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, false, forInit);
};
var empty = [];
pp$5.parseNew = function() {
  if (this.containsEsc) {
    this.raiseRecoverable(this.start, "Escape sequence in keyword new");
  }
  var node = this.startNode();
  this.next();
  if (this.options.ecmaVersion >= 6 && this.type === types$1.dot) {
    var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
    meta.name = "new";
    node.meta = this.finishNode(meta, "Identifier");
    this.next();
    var containsEsc = this.containsEsc;
    node.property = this.parseIdent(true);
    if (node.property.name !== "target") {
      this.raiseRecoverable(node.property.start, "The only valid meta property for new is 'new.target'");
    }
    if (containsEsc) {
      this.raiseRecoverable(node.start, "'new.target' must not contain escaped characters");
    }
    if (!this.allowNewDotTarget) {
      this.raiseRecoverable(node.start, "'new.target' can only be used in functions and class static block");
    }
    return this.finishNode(node, "MetaProperty");
  }
  var startPos = this.start, startLoc = this.startLoc;
  node.callee = this.parseSubscripts(this.parseExprAtom(null, false, true), startPos, startLoc, true, false);
  if (node.callee.type === "Super") {
    this.raiseRecoverable(startPos, "Invalid use of 'super'");
  }
  if (this.eat(types$1.parenL)) {
    node.arguments = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false);
  } else {
    node.arguments = empty;
  }
  return this.finishNode(node, "NewExpression");
};
pp$5.parseTemplateElement = function(ref2) {
  var isTagged = ref2.isTagged;
  var elem = this.startNode();
  if (this.type === types$1.invalidTemplate) {
    if (!isTagged) {
      this.raiseRecoverable(this.start, "Bad escape sequence in untagged template literal");
    }
    elem.value = {
      raw: this.value.replace(/\r\n?/g, "\n"),
      cooked: null
    };
  } else {
    elem.value = {
      raw: this.input.slice(this.start, this.end).replace(/\r\n?/g, "\n"),
      cooked: this.value
    };
  }
  this.next();
  elem.tail = this.type === types$1.backQuote;
  return this.finishNode(elem, "TemplateElement");
};
pp$5.parseTemplate = function(ref2) {
  if (ref2 === void 0) ref2 = {};
  var isTagged = ref2.isTagged;
  if (isTagged === void 0) isTagged = false;
  var node = this.startNode();
  this.next();
  node.expressions = [];
  var curElt = this.parseTemplateElement({ isTagged });
  node.quasis = [curElt];
  while (!curElt.tail) {
    if (this.type === types$1.eof) {
      this.raise(this.pos, "Unterminated template literal");
    }
    this.expect(types$1.dollarBraceL);
    node.expressions.push(this.parseExpression());
    this.expect(types$1.braceR);
    node.quasis.push(curElt = this.parseTemplateElement({ isTagged }));
  }
  this.next();
  return this.finishNode(node, "TemplateLiteral");
};
pp$5.isAsyncProp = function(prop) {
  return !prop.computed && prop.key.type === "Identifier" && prop.key.name === "async" && (this.type === types$1.name || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword || this.options.ecmaVersion >= 9 && this.type === types$1.star) && !lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
};
pp$5.parseObj = function(isPattern, refDestructuringErrors) {
  var node = this.startNode(), first = true, propHash = {};
  node.properties = [];
  this.next();
  while (!this.eat(types$1.braceR)) {
    if (!first) {
      this.expect(types$1.comma);
      if (this.options.ecmaVersion >= 5 && this.afterTrailingComma(types$1.braceR)) {
        break;
      }
    } else {
      first = false;
    }
    var prop = this.parseProperty(isPattern, refDestructuringErrors);
    if (!isPattern) {
      this.checkPropClash(prop, propHash, refDestructuringErrors);
    }
    node.properties.push(prop);
  }
  return this.finishNode(node, isPattern ? "ObjectPattern" : "ObjectExpression");
};
pp$5.parseProperty = function(isPattern, refDestructuringErrors) {
  var prop = this.startNode(), isGenerator, isAsync, startPos, startLoc;
  if (this.options.ecmaVersion >= 9 && this.eat(types$1.ellipsis)) {
    if (isPattern) {
      prop.argument = this.parseIdent(false);
      if (this.type === types$1.comma) {
        this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
      }
      return this.finishNode(prop, "RestElement");
    }
    prop.argument = this.parseMaybeAssign(false, refDestructuringErrors);
    if (this.type === types$1.comma && refDestructuringErrors && refDestructuringErrors.trailingComma < 0) {
      refDestructuringErrors.trailingComma = this.start;
    }
    return this.finishNode(prop, "SpreadElement");
  }
  if (this.options.ecmaVersion >= 6) {
    prop.method = false;
    prop.shorthand = false;
    if (isPattern || refDestructuringErrors) {
      startPos = this.start;
      startLoc = this.startLoc;
    }
    if (!isPattern) {
      isGenerator = this.eat(types$1.star);
    }
  }
  var containsEsc = this.containsEsc;
  this.parsePropertyName(prop);
  if (!isPattern && !containsEsc && this.options.ecmaVersion >= 8 && !isGenerator && this.isAsyncProp(prop)) {
    isAsync = true;
    isGenerator = this.options.ecmaVersion >= 9 && this.eat(types$1.star);
    this.parsePropertyName(prop);
  } else {
    isAsync = false;
  }
  this.parsePropertyValue(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc);
  return this.finishNode(prop, "Property");
};
pp$5.parseGetterSetter = function(prop) {
  var kind = prop.key.name;
  this.parsePropertyName(prop);
  prop.value = this.parseMethod(false);
  prop.kind = kind;
  var paramCount = prop.kind === "get" ? 0 : 1;
  if (prop.value.params.length !== paramCount) {
    var start = prop.value.start;
    if (prop.kind === "get") {
      this.raiseRecoverable(start, "getter should have no params");
    } else {
      this.raiseRecoverable(start, "setter should have exactly one param");
    }
  } else {
    if (prop.kind === "set" && prop.value.params[0].type === "RestElement") {
      this.raiseRecoverable(prop.value.params[0].start, "Setter cannot use rest params");
    }
  }
};
pp$5.parsePropertyValue = function(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc) {
  if ((isGenerator || isAsync) && this.type === types$1.colon) {
    this.unexpected();
  }
  if (this.eat(types$1.colon)) {
    prop.value = isPattern ? this.parseMaybeDefault(this.start, this.startLoc) : this.parseMaybeAssign(false, refDestructuringErrors);
    prop.kind = "init";
  } else if (this.options.ecmaVersion >= 6 && this.type === types$1.parenL) {
    if (isPattern) {
      this.unexpected();
    }
    prop.method = true;
    prop.value = this.parseMethod(isGenerator, isAsync);
    prop.kind = "init";
  } else if (!isPattern && !containsEsc && this.options.ecmaVersion >= 5 && !prop.computed && prop.key.type === "Identifier" && (prop.key.name === "get" || prop.key.name === "set") && (this.type !== types$1.comma && this.type !== types$1.braceR && this.type !== types$1.eq)) {
    if (isGenerator || isAsync) {
      this.unexpected();
    }
    this.parseGetterSetter(prop);
  } else if (this.options.ecmaVersion >= 6 && !prop.computed && prop.key.type === "Identifier") {
    if (isGenerator || isAsync) {
      this.unexpected();
    }
    this.checkUnreserved(prop.key);
    if (prop.key.name === "await" && !this.awaitIdentPos) {
      this.awaitIdentPos = startPos;
    }
    if (isPattern) {
      prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
    } else if (this.type === types$1.eq && refDestructuringErrors) {
      if (refDestructuringErrors.shorthandAssign < 0) {
        refDestructuringErrors.shorthandAssign = this.start;
      }
      prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
    } else {
      prop.value = this.copyNode(prop.key);
    }
    prop.kind = "init";
    prop.shorthand = true;
  } else {
    this.unexpected();
  }
};
pp$5.parsePropertyName = function(prop) {
  if (this.options.ecmaVersion >= 6) {
    if (this.eat(types$1.bracketL)) {
      prop.computed = true;
      prop.key = this.parseMaybeAssign();
      this.expect(types$1.bracketR);
      return prop.key;
    } else {
      prop.computed = false;
    }
  }
  return prop.key = this.type === types$1.num || this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
};
pp$5.initFunction = function(node) {
  node.id = null;
  if (this.options.ecmaVersion >= 6) {
    node.generator = node.expression = false;
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = false;
  }
};
pp$5.parseMethod = function(isGenerator, isAsync, allowDirectSuper) {
  var node = this.startNode(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
  this.initFunction(node);
  if (this.options.ecmaVersion >= 6) {
    node.generator = isGenerator;
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  this.yieldPos = 0;
  this.awaitPos = 0;
  this.awaitIdentPos = 0;
  this.enterScope(functionFlags(isAsync, node.generator) | SCOPE_SUPER | (allowDirectSuper ? SCOPE_DIRECT_SUPER : 0));
  this.expect(types$1.parenL);
  node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
  this.checkYieldAwaitInDefaultParams();
  this.parseFunctionBody(node, false, true, false);
  this.yieldPos = oldYieldPos;
  this.awaitPos = oldAwaitPos;
  this.awaitIdentPos = oldAwaitIdentPos;
  return this.finishNode(node, "FunctionExpression");
};
pp$5.parseArrowExpression = function(node, params, isAsync, forInit) {
  var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
  this.enterScope(functionFlags(isAsync, false) | SCOPE_ARROW);
  this.initFunction(node);
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  this.yieldPos = 0;
  this.awaitPos = 0;
  this.awaitIdentPos = 0;
  node.params = this.toAssignableList(params, true);
  this.parseFunctionBody(node, true, false, forInit);
  this.yieldPos = oldYieldPos;
  this.awaitPos = oldAwaitPos;
  this.awaitIdentPos = oldAwaitIdentPos;
  return this.finishNode(node, "ArrowFunctionExpression");
};
pp$5.parseFunctionBody = function(node, isArrowFunction, isMethod, forInit) {
  var isExpression = isArrowFunction && this.type !== types$1.braceL;
  var oldStrict = this.strict, useStrict = false;
  if (isExpression) {
    node.body = this.parseMaybeAssign(forInit);
    node.expression = true;
    this.checkParams(node, false);
  } else {
    var nonSimple = this.options.ecmaVersion >= 7 && !this.isSimpleParamList(node.params);
    if (!oldStrict || nonSimple) {
      useStrict = this.strictDirective(this.end);
      if (useStrict && nonSimple) {
        this.raiseRecoverable(node.start, "Illegal 'use strict' directive in function with non-simple parameter list");
      }
    }
    var oldLabels = this.labels;
    this.labels = [];
    if (useStrict) {
      this.strict = true;
    }
    this.checkParams(node, !oldStrict && !useStrict && !isArrowFunction && !isMethod && this.isSimpleParamList(node.params));
    if (this.strict && node.id) {
      this.checkLValSimple(node.id, BIND_OUTSIDE);
    }
    node.body = this.parseBlock(false, void 0, useStrict && !oldStrict);
    node.expression = false;
    this.adaptDirectivePrologue(node.body.body);
    this.labels = oldLabels;
  }
  this.exitScope();
};
pp$5.isSimpleParamList = function(params) {
  for (var i2 = 0, list2 = params; i2 < list2.length; i2 += 1) {
    var param = list2[i2];
    if (param.type !== "Identifier") {
      return false;
    }
  }
  return true;
};
pp$5.checkParams = function(node, allowDuplicates) {
  var nameHash = /* @__PURE__ */ Object.create(null);
  for (var i2 = 0, list2 = node.params; i2 < list2.length; i2 += 1) {
    var param = list2[i2];
    this.checkLValInnerPattern(param, BIND_VAR, allowDuplicates ? null : nameHash);
  }
};
pp$5.parseExprList = function(close, allowTrailingComma, allowEmpty, refDestructuringErrors) {
  var elts = [], first = true;
  while (!this.eat(close)) {
    if (!first) {
      this.expect(types$1.comma);
      if (allowTrailingComma && this.afterTrailingComma(close)) {
        break;
      }
    } else {
      first = false;
    }
    var elt = void 0;
    if (allowEmpty && this.type === types$1.comma) {
      elt = null;
    } else if (this.type === types$1.ellipsis) {
      elt = this.parseSpread(refDestructuringErrors);
      if (refDestructuringErrors && this.type === types$1.comma && refDestructuringErrors.trailingComma < 0) {
        refDestructuringErrors.trailingComma = this.start;
      }
    } else {
      elt = this.parseMaybeAssign(false, refDestructuringErrors);
    }
    elts.push(elt);
  }
  return elts;
};
pp$5.checkUnreserved = function(ref2) {
  var start = ref2.start;
  var end = ref2.end;
  var name = ref2.name;
  if (this.inGenerator && name === "yield") {
    this.raiseRecoverable(start, "Cannot use 'yield' as identifier inside a generator");
  }
  if (this.inAsync && name === "await") {
    this.raiseRecoverable(start, "Cannot use 'await' as identifier inside an async function");
  }
  if (!(this.currentThisScope().flags & SCOPE_VAR) && name === "arguments") {
    this.raiseRecoverable(start, "Cannot use 'arguments' in class field initializer");
  }
  if (this.inClassStaticBlock && (name === "arguments" || name === "await")) {
    this.raise(start, "Cannot use " + name + " in class static initialization block");
  }
  if (this.keywords.test(name)) {
    this.raise(start, "Unexpected keyword '" + name + "'");
  }
  if (this.options.ecmaVersion < 6 && this.input.slice(start, end).indexOf("\\") !== -1) {
    return;
  }
  var re2 = this.strict ? this.reservedWordsStrict : this.reservedWords;
  if (re2.test(name)) {
    if (!this.inAsync && name === "await") {
      this.raiseRecoverable(start, "Cannot use keyword 'await' outside an async function");
    }
    this.raiseRecoverable(start, "The keyword '" + name + "' is reserved");
  }
};
pp$5.parseIdent = function(liberal) {
  var node = this.parseIdentNode();
  this.next(!!liberal);
  this.finishNode(node, "Identifier");
  if (!liberal) {
    this.checkUnreserved(node);
    if (node.name === "await" && !this.awaitIdentPos) {
      this.awaitIdentPos = node.start;
    }
  }
  return node;
};
pp$5.parseIdentNode = function() {
  var node = this.startNode();
  if (this.type === types$1.name) {
    node.name = this.value;
  } else if (this.type.keyword) {
    node.name = this.type.keyword;
    if ((node.name === "class" || node.name === "function") && (this.lastTokEnd !== this.lastTokStart + 1 || this.input.charCodeAt(this.lastTokStart) !== 46)) {
      this.context.pop();
    }
    this.type = types$1.name;
  } else {
    this.unexpected();
  }
  return node;
};
pp$5.parsePrivateIdent = function() {
  var node = this.startNode();
  if (this.type === types$1.privateId) {
    node.name = this.value;
  } else {
    this.unexpected();
  }
  this.next();
  this.finishNode(node, "PrivateIdentifier");
  if (this.options.checkPrivateFields) {
    if (this.privateNameStack.length === 0) {
      this.raise(node.start, "Private field '#" + node.name + "' must be declared in an enclosing class");
    } else {
      this.privateNameStack[this.privateNameStack.length - 1].used.push(node);
    }
  }
  return node;
};
pp$5.parseYield = function(forInit) {
  if (!this.yieldPos) {
    this.yieldPos = this.start;
  }
  var node = this.startNode();
  this.next();
  if (this.type === types$1.semi || this.canInsertSemicolon() || this.type !== types$1.star && !this.type.startsExpr) {
    node.delegate = false;
    node.argument = null;
  } else {
    node.delegate = this.eat(types$1.star);
    node.argument = this.parseMaybeAssign(forInit);
  }
  return this.finishNode(node, "YieldExpression");
};
pp$5.parseAwait = function(forInit) {
  if (!this.awaitPos) {
    this.awaitPos = this.start;
  }
  var node = this.startNode();
  this.next();
  node.argument = this.parseMaybeUnary(null, true, false, forInit);
  return this.finishNode(node, "AwaitExpression");
};
var pp$4 = Parser.prototype;
pp$4.raise = function(pos, message) {
  var loc = getLineInfo(this.input, pos);
  message += " (" + loc.line + ":" + loc.column + ")";
  if (this.sourceFile) {
    message += " in " + this.sourceFile;
  }
  var err = new SyntaxError(message);
  err.pos = pos;
  err.loc = loc;
  err.raisedAt = this.pos;
  throw err;
};
pp$4.raiseRecoverable = pp$4.raise;
pp$4.curPosition = function() {
  if (this.options.locations) {
    return new Position(this.curLine, this.pos - this.lineStart);
  }
};
var pp$3 = Parser.prototype;
var Scope = function Scope2(flags) {
  this.flags = flags;
  this.var = [];
  this.lexical = [];
  this.functions = [];
};
pp$3.enterScope = function(flags) {
  this.scopeStack.push(new Scope(flags));
};
pp$3.exitScope = function() {
  this.scopeStack.pop();
};
pp$3.treatFunctionsAsVarInScope = function(scope) {
  return scope.flags & SCOPE_FUNCTION || !this.inModule && scope.flags & SCOPE_TOP;
};
pp$3.declareName = function(name, bindingType, pos) {
  var redeclared = false;
  if (bindingType === BIND_LEXICAL) {
    var scope = this.currentScope();
    redeclared = scope.lexical.indexOf(name) > -1 || scope.functions.indexOf(name) > -1 || scope.var.indexOf(name) > -1;
    scope.lexical.push(name);
    if (this.inModule && scope.flags & SCOPE_TOP) {
      delete this.undefinedExports[name];
    }
  } else if (bindingType === BIND_SIMPLE_CATCH) {
    var scope$1 = this.currentScope();
    scope$1.lexical.push(name);
  } else if (bindingType === BIND_FUNCTION) {
    var scope$2 = this.currentScope();
    if (this.treatFunctionsAsVar) {
      redeclared = scope$2.lexical.indexOf(name) > -1;
    } else {
      redeclared = scope$2.lexical.indexOf(name) > -1 || scope$2.var.indexOf(name) > -1;
    }
    scope$2.functions.push(name);
  } else {
    for (var i2 = this.scopeStack.length - 1; i2 >= 0; --i2) {
      var scope$3 = this.scopeStack[i2];
      if (scope$3.lexical.indexOf(name) > -1 && !(scope$3.flags & SCOPE_SIMPLE_CATCH && scope$3.lexical[0] === name) || !this.treatFunctionsAsVarInScope(scope$3) && scope$3.functions.indexOf(name) > -1) {
        redeclared = true;
        break;
      }
      scope$3.var.push(name);
      if (this.inModule && scope$3.flags & SCOPE_TOP) {
        delete this.undefinedExports[name];
      }
      if (scope$3.flags & SCOPE_VAR) {
        break;
      }
    }
  }
  if (redeclared) {
    this.raiseRecoverable(pos, "Identifier '" + name + "' has already been declared");
  }
};
pp$3.checkLocalExport = function(id) {
  if (this.scopeStack[0].lexical.indexOf(id.name) === -1 && this.scopeStack[0].var.indexOf(id.name) === -1) {
    this.undefinedExports[id.name] = id;
  }
};
pp$3.currentScope = function() {
  return this.scopeStack[this.scopeStack.length - 1];
};
pp$3.currentVarScope = function() {
  for (var i2 = this.scopeStack.length - 1; ; i2--) {
    var scope = this.scopeStack[i2];
    if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK)) {
      return scope;
    }
  }
};
pp$3.currentThisScope = function() {
  for (var i2 = this.scopeStack.length - 1; ; i2--) {
    var scope = this.scopeStack[i2];
    if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK) && !(scope.flags & SCOPE_ARROW)) {
      return scope;
    }
  }
};
var Node = function Node2(parser, pos, loc) {
  this.type = "";
  this.start = pos;
  this.end = 0;
  if (parser.options.locations) {
    this.loc = new SourceLocation(parser, loc);
  }
  if (parser.options.directSourceFile) {
    this.sourceFile = parser.options.directSourceFile;
  }
  if (parser.options.ranges) {
    this.range = [pos, 0];
  }
};
var pp$2 = Parser.prototype;
pp$2.startNode = function() {
  return new Node(this, this.start, this.startLoc);
};
pp$2.startNodeAt = function(pos, loc) {
  return new Node(this, pos, loc);
};
function finishNodeAt(node, type, pos, loc) {
  node.type = type;
  node.end = pos;
  if (this.options.locations) {
    node.loc.end = loc;
  }
  if (this.options.ranges) {
    node.range[1] = pos;
  }
  return node;
}
pp$2.finishNode = function(node, type) {
  return finishNodeAt.call(this, node, type, this.lastTokEnd, this.lastTokEndLoc);
};
pp$2.finishNodeAt = function(node, type, pos, loc) {
  return finishNodeAt.call(this, node, type, pos, loc);
};
pp$2.copyNode = function(node) {
  var newNode = new Node(this, node.start, this.startLoc);
  for (var prop in node) {
    newNode[prop] = node[prop];
  }
  return newNode;
};
var scriptValuesAddedInUnicode = "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz";
var ecma9BinaryProperties = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS";
var ecma10BinaryProperties = ecma9BinaryProperties + " Extended_Pictographic";
var ecma11BinaryProperties = ecma10BinaryProperties;
var ecma12BinaryProperties = ecma11BinaryProperties + " EBase EComp EMod EPres ExtPict";
var ecma13BinaryProperties = ecma12BinaryProperties;
var ecma14BinaryProperties = ecma13BinaryProperties;
var unicodeBinaryProperties = {
  9: ecma9BinaryProperties,
  10: ecma10BinaryProperties,
  11: ecma11BinaryProperties,
  12: ecma12BinaryProperties,
  13: ecma13BinaryProperties,
  14: ecma14BinaryProperties
};
var ecma14BinaryPropertiesOfStrings = "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji";
var unicodeBinaryPropertiesOfStrings = {
  9: "",
  10: "",
  11: "",
  12: "",
  13: "",
  14: ecma14BinaryPropertiesOfStrings
};
var unicodeGeneralCategoryValues = "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu";
var ecma9ScriptValues = "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb";
var ecma10ScriptValues = ecma9ScriptValues + " Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd";
var ecma11ScriptValues = ecma10ScriptValues + " Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho";
var ecma12ScriptValues = ecma11ScriptValues + " Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi";
var ecma13ScriptValues = ecma12ScriptValues + " Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith";
var ecma14ScriptValues = ecma13ScriptValues + " " + scriptValuesAddedInUnicode;
var unicodeScriptValues = {
  9: ecma9ScriptValues,
  10: ecma10ScriptValues,
  11: ecma11ScriptValues,
  12: ecma12ScriptValues,
  13: ecma13ScriptValues,
  14: ecma14ScriptValues
};
var data = {};
function buildUnicodeData(ecmaVersion2) {
  var d = data[ecmaVersion2] = {
    binary: wordsRegexp(unicodeBinaryProperties[ecmaVersion2] + " " + unicodeGeneralCategoryValues),
    binaryOfStrings: wordsRegexp(unicodeBinaryPropertiesOfStrings[ecmaVersion2]),
    nonBinary: {
      General_Category: wordsRegexp(unicodeGeneralCategoryValues),
      Script: wordsRegexp(unicodeScriptValues[ecmaVersion2])
    }
  };
  d.nonBinary.Script_Extensions = d.nonBinary.Script;
  d.nonBinary.gc = d.nonBinary.General_Category;
  d.nonBinary.sc = d.nonBinary.Script;
  d.nonBinary.scx = d.nonBinary.Script_Extensions;
}
for (i = 0, list = [9, 10, 11, 12, 13, 14]; i < list.length; i += 1) {
  ecmaVersion = list[i];
  buildUnicodeData(ecmaVersion);
}
var ecmaVersion;
var i;
var list;
var pp$1 = Parser.prototype;
var BranchID = function BranchID2(parent, base2) {
  this.parent = parent;
  this.base = base2 || this;
};
BranchID.prototype.separatedFrom = function separatedFrom(alt) {
  for (var self = this; self; self = self.parent) {
    for (var other = alt; other; other = other.parent) {
      if (self.base === other.base && self !== other) {
        return true;
      }
    }
  }
  return false;
};
BranchID.prototype.sibling = function sibling() {
  return new BranchID(this.parent, this.base);
};
var RegExpValidationState = function RegExpValidationState2(parser) {
  this.parser = parser;
  this.validFlags = "gim" + (parser.options.ecmaVersion >= 6 ? "uy" : "") + (parser.options.ecmaVersion >= 9 ? "s" : "") + (parser.options.ecmaVersion >= 13 ? "d" : "") + (parser.options.ecmaVersion >= 15 ? "v" : "");
  this.unicodeProperties = data[parser.options.ecmaVersion >= 14 ? 14 : parser.options.ecmaVersion];
  this.source = "";
  this.flags = "";
  this.start = 0;
  this.switchU = false;
  this.switchV = false;
  this.switchN = false;
  this.pos = 0;
  this.lastIntValue = 0;
  this.lastStringValue = "";
  this.lastAssertionIsQuantifiable = false;
  this.numCapturingParens = 0;
  this.maxBackReference = 0;
  this.groupNames = /* @__PURE__ */ Object.create(null);
  this.backReferenceNames = [];
  this.branchID = null;
};
RegExpValidationState.prototype.reset = function reset(start, pattern, flags) {
  var unicodeSets = flags.indexOf("v") !== -1;
  var unicode = flags.indexOf("u") !== -1;
  this.start = start | 0;
  this.source = pattern + "";
  this.flags = flags;
  if (unicodeSets && this.parser.options.ecmaVersion >= 15) {
    this.switchU = true;
    this.switchV = true;
    this.switchN = true;
  } else {
    this.switchU = unicode && this.parser.options.ecmaVersion >= 6;
    this.switchV = false;
    this.switchN = unicode && this.parser.options.ecmaVersion >= 9;
  }
};
RegExpValidationState.prototype.raise = function raise(message) {
  this.parser.raiseRecoverable(this.start, "Invalid regular expression: /" + this.source + "/: " + message);
};
RegExpValidationState.prototype.at = function at2(i2, forceU) {
  if (forceU === void 0) forceU = false;
  var s3 = this.source;
  var l = s3.length;
  if (i2 >= l) {
    return -1;
  }
  var c = s3.charCodeAt(i2);
  if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i2 + 1 >= l) {
    return c;
  }
  var next = s3.charCodeAt(i2 + 1);
  return next >= 56320 && next <= 57343 ? (c << 10) + next - 56613888 : c;
};
RegExpValidationState.prototype.nextIndex = function nextIndex(i2, forceU) {
  if (forceU === void 0) forceU = false;
  var s3 = this.source;
  var l = s3.length;
  if (i2 >= l) {
    return l;
  }
  var c = s3.charCodeAt(i2), next;
  if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i2 + 1 >= l || (next = s3.charCodeAt(i2 + 1)) < 56320 || next > 57343) {
    return i2 + 1;
  }
  return i2 + 2;
};
RegExpValidationState.prototype.current = function current(forceU) {
  if (forceU === void 0) forceU = false;
  return this.at(this.pos, forceU);
};
RegExpValidationState.prototype.lookahead = function lookahead(forceU) {
  if (forceU === void 0) forceU = false;
  return this.at(this.nextIndex(this.pos, forceU), forceU);
};
RegExpValidationState.prototype.advance = function advance(forceU) {
  if (forceU === void 0) forceU = false;
  this.pos = this.nextIndex(this.pos, forceU);
};
RegExpValidationState.prototype.eat = function eat(ch, forceU) {
  if (forceU === void 0) forceU = false;
  if (this.current(forceU) === ch) {
    this.advance(forceU);
    return true;
  }
  return false;
};
RegExpValidationState.prototype.eatChars = function eatChars(chs, forceU) {
  if (forceU === void 0) forceU = false;
  var pos = this.pos;
  for (var i2 = 0, list2 = chs; i2 < list2.length; i2 += 1) {
    var ch = list2[i2];
    var current2 = this.at(pos, forceU);
    if (current2 === -1 || current2 !== ch) {
      return false;
    }
    pos = this.nextIndex(pos, forceU);
  }
  this.pos = pos;
  return true;
};
pp$1.validateRegExpFlags = function(state) {
  var validFlags = state.validFlags;
  var flags = state.flags;
  var u2 = false;
  var v2 = false;
  for (var i2 = 0; i2 < flags.length; i2++) {
    var flag = flags.charAt(i2);
    if (validFlags.indexOf(flag) === -1) {
      this.raise(state.start, "Invalid regular expression flag");
    }
    if (flags.indexOf(flag, i2 + 1) > -1) {
      this.raise(state.start, "Duplicate regular expression flag");
    }
    if (flag === "u") {
      u2 = true;
    }
    if (flag === "v") {
      v2 = true;
    }
  }
  if (this.options.ecmaVersion >= 15 && u2 && v2) {
    this.raise(state.start, "Invalid regular expression flag");
  }
};
function hasProp(obj) {
  for (var _2 in obj) {
    return true;
  }
  return false;
}
pp$1.validateRegExpPattern = function(state) {
  this.regexp_pattern(state);
  if (!state.switchN && this.options.ecmaVersion >= 9 && hasProp(state.groupNames)) {
    state.switchN = true;
    this.regexp_pattern(state);
  }
};
pp$1.regexp_pattern = function(state) {
  state.pos = 0;
  state.lastIntValue = 0;
  state.lastStringValue = "";
  state.lastAssertionIsQuantifiable = false;
  state.numCapturingParens = 0;
  state.maxBackReference = 0;
  state.groupNames = /* @__PURE__ */ Object.create(null);
  state.backReferenceNames.length = 0;
  state.branchID = null;
  this.regexp_disjunction(state);
  if (state.pos !== state.source.length) {
    if (state.eat(
      41
      /* ) */
    )) {
      state.raise("Unmatched ')'");
    }
    if (state.eat(
      93
      /* ] */
    ) || state.eat(
      125
      /* } */
    )) {
      state.raise("Lone quantifier brackets");
    }
  }
  if (state.maxBackReference > state.numCapturingParens) {
    state.raise("Invalid escape");
  }
  for (var i2 = 0, list2 = state.backReferenceNames; i2 < list2.length; i2 += 1) {
    var name = list2[i2];
    if (!state.groupNames[name]) {
      state.raise("Invalid named capture referenced");
    }
  }
};
pp$1.regexp_disjunction = function(state) {
  var trackDisjunction = this.options.ecmaVersion >= 16;
  if (trackDisjunction) {
    state.branchID = new BranchID(state.branchID, null);
  }
  this.regexp_alternative(state);
  while (state.eat(
    124
    /* | */
  )) {
    if (trackDisjunction) {
      state.branchID = state.branchID.sibling();
    }
    this.regexp_alternative(state);
  }
  if (trackDisjunction) {
    state.branchID = state.branchID.parent;
  }
  if (this.regexp_eatQuantifier(state, true)) {
    state.raise("Nothing to repeat");
  }
  if (state.eat(
    123
    /* { */
  )) {
    state.raise("Lone quantifier brackets");
  }
};
pp$1.regexp_alternative = function(state) {
  while (state.pos < state.source.length && this.regexp_eatTerm(state)) {
  }
};
pp$1.regexp_eatTerm = function(state) {
  if (this.regexp_eatAssertion(state)) {
    if (state.lastAssertionIsQuantifiable && this.regexp_eatQuantifier(state)) {
      if (state.switchU) {
        state.raise("Invalid quantifier");
      }
    }
    return true;
  }
  if (state.switchU ? this.regexp_eatAtom(state) : this.regexp_eatExtendedAtom(state)) {
    this.regexp_eatQuantifier(state);
    return true;
  }
  return false;
};
pp$1.regexp_eatAssertion = function(state) {
  var start = state.pos;
  state.lastAssertionIsQuantifiable = false;
  if (state.eat(
    94
    /* ^ */
  ) || state.eat(
    36
    /* $ */
  )) {
    return true;
  }
  if (state.eat(
    92
    /* \ */
  )) {
    if (state.eat(
      66
      /* B */
    ) || state.eat(
      98
      /* b */
    )) {
      return true;
    }
    state.pos = start;
  }
  if (state.eat(
    40
    /* ( */
  ) && state.eat(
    63
    /* ? */
  )) {
    var lookbehind = false;
    if (this.options.ecmaVersion >= 9) {
      lookbehind = state.eat(
        60
        /* < */
      );
    }
    if (state.eat(
      61
      /* = */
    ) || state.eat(
      33
      /* ! */
    )) {
      this.regexp_disjunction(state);
      if (!state.eat(
        41
        /* ) */
      )) {
        state.raise("Unterminated group");
      }
      state.lastAssertionIsQuantifiable = !lookbehind;
      return true;
    }
  }
  state.pos = start;
  return false;
};
pp$1.regexp_eatQuantifier = function(state, noError) {
  if (noError === void 0) noError = false;
  if (this.regexp_eatQuantifierPrefix(state, noError)) {
    state.eat(
      63
      /* ? */
    );
    return true;
  }
  return false;
};
pp$1.regexp_eatQuantifierPrefix = function(state, noError) {
  return state.eat(
    42
    /* * */
  ) || state.eat(
    43
    /* + */
  ) || state.eat(
    63
    /* ? */
  ) || this.regexp_eatBracedQuantifier(state, noError);
};
pp$1.regexp_eatBracedQuantifier = function(state, noError) {
  var start = state.pos;
  if (state.eat(
    123
    /* { */
  )) {
    var min = 0, max = -1;
    if (this.regexp_eatDecimalDigits(state)) {
      min = state.lastIntValue;
      if (state.eat(
        44
        /* , */
      ) && this.regexp_eatDecimalDigits(state)) {
        max = state.lastIntValue;
      }
      if (state.eat(
        125
        /* } */
      )) {
        if (max !== -1 && max < min && !noError) {
          state.raise("numbers out of order in {} quantifier");
        }
        return true;
      }
    }
    if (state.switchU && !noError) {
      state.raise("Incomplete quantifier");
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatAtom = function(state) {
  return this.regexp_eatPatternCharacters(state) || state.eat(
    46
    /* . */
  ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state);
};
pp$1.regexp_eatReverseSolidusAtomEscape = function(state) {
  var start = state.pos;
  if (state.eat(
    92
    /* \ */
  )) {
    if (this.regexp_eatAtomEscape(state)) {
      return true;
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatUncapturingGroup = function(state) {
  var start = state.pos;
  if (state.eat(
    40
    /* ( */
  )) {
    if (state.eat(
      63
      /* ? */
    )) {
      if (this.options.ecmaVersion >= 16) {
        var addModifiers = this.regexp_eatModifiers(state);
        var hasHyphen = state.eat(
          45
          /* - */
        );
        if (addModifiers || hasHyphen) {
          for (var i2 = 0; i2 < addModifiers.length; i2++) {
            var modifier = addModifiers.charAt(i2);
            if (addModifiers.indexOf(modifier, i2 + 1) > -1) {
              state.raise("Duplicate regular expression modifiers");
            }
          }
          if (hasHyphen) {
            var removeModifiers = this.regexp_eatModifiers(state);
            if (!addModifiers && !removeModifiers && state.current() === 58) {
              state.raise("Invalid regular expression modifiers");
            }
            for (var i$1 = 0; i$1 < removeModifiers.length; i$1++) {
              var modifier$1 = removeModifiers.charAt(i$1);
              if (removeModifiers.indexOf(modifier$1, i$1 + 1) > -1 || addModifiers.indexOf(modifier$1) > -1) {
                state.raise("Duplicate regular expression modifiers");
              }
            }
          }
        }
      }
      if (state.eat(
        58
        /* : */
      )) {
        this.regexp_disjunction(state);
        if (state.eat(
          41
          /* ) */
        )) {
          return true;
        }
        state.raise("Unterminated group");
      }
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatCapturingGroup = function(state) {
  if (state.eat(
    40
    /* ( */
  )) {
    if (this.options.ecmaVersion >= 9) {
      this.regexp_groupSpecifier(state);
    } else if (state.current() === 63) {
      state.raise("Invalid group");
    }
    this.regexp_disjunction(state);
    if (state.eat(
      41
      /* ) */
    )) {
      state.numCapturingParens += 1;
      return true;
    }
    state.raise("Unterminated group");
  }
  return false;
};
pp$1.regexp_eatModifiers = function(state) {
  var modifiers = "";
  var ch = 0;
  while ((ch = state.current()) !== -1 && isRegularExpressionModifier(ch)) {
    modifiers += codePointToString(ch);
    state.advance();
  }
  return modifiers;
};
function isRegularExpressionModifier(ch) {
  return ch === 105 || ch === 109 || ch === 115;
}
pp$1.regexp_eatExtendedAtom = function(state) {
  return state.eat(
    46
    /* . */
  ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state) || this.regexp_eatInvalidBracedQuantifier(state) || this.regexp_eatExtendedPatternCharacter(state);
};
pp$1.regexp_eatInvalidBracedQuantifier = function(state) {
  if (this.regexp_eatBracedQuantifier(state, true)) {
    state.raise("Nothing to repeat");
  }
  return false;
};
pp$1.regexp_eatSyntaxCharacter = function(state) {
  var ch = state.current();
  if (isSyntaxCharacter(ch)) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
function isSyntaxCharacter(ch) {
  return ch === 36 || ch >= 40 && ch <= 43 || ch === 46 || ch === 63 || ch >= 91 && ch <= 94 || ch >= 123 && ch <= 125;
}
pp$1.regexp_eatPatternCharacters = function(state) {
  var start = state.pos;
  var ch = 0;
  while ((ch = state.current()) !== -1 && !isSyntaxCharacter(ch)) {
    state.advance();
  }
  return state.pos !== start;
};
pp$1.regexp_eatExtendedPatternCharacter = function(state) {
  var ch = state.current();
  if (ch !== -1 && ch !== 36 && !(ch >= 40 && ch <= 43) && ch !== 46 && ch !== 63 && ch !== 91 && ch !== 94 && ch !== 124) {
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_groupSpecifier = function(state) {
  if (state.eat(
    63
    /* ? */
  )) {
    if (!this.regexp_eatGroupName(state)) {
      state.raise("Invalid group");
    }
    var trackDisjunction = this.options.ecmaVersion >= 16;
    var known = state.groupNames[state.lastStringValue];
    if (known) {
      if (trackDisjunction) {
        for (var i2 = 0, list2 = known; i2 < list2.length; i2 += 1) {
          var altID = list2[i2];
          if (!altID.separatedFrom(state.branchID)) {
            state.raise("Duplicate capture group name");
          }
        }
      } else {
        state.raise("Duplicate capture group name");
      }
    }
    if (trackDisjunction) {
      (known || (state.groupNames[state.lastStringValue] = [])).push(state.branchID);
    } else {
      state.groupNames[state.lastStringValue] = true;
    }
  }
};
pp$1.regexp_eatGroupName = function(state) {
  state.lastStringValue = "";
  if (state.eat(
    60
    /* < */
  )) {
    if (this.regexp_eatRegExpIdentifierName(state) && state.eat(
      62
      /* > */
    )) {
      return true;
    }
    state.raise("Invalid capture group name");
  }
  return false;
};
pp$1.regexp_eatRegExpIdentifierName = function(state) {
  state.lastStringValue = "";
  if (this.regexp_eatRegExpIdentifierStart(state)) {
    state.lastStringValue += codePointToString(state.lastIntValue);
    while (this.regexp_eatRegExpIdentifierPart(state)) {
      state.lastStringValue += codePointToString(state.lastIntValue);
    }
    return true;
  }
  return false;
};
pp$1.regexp_eatRegExpIdentifierStart = function(state) {
  var start = state.pos;
  var forceU = this.options.ecmaVersion >= 11;
  var ch = state.current(forceU);
  state.advance(forceU);
  if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
    ch = state.lastIntValue;
  }
  if (isRegExpIdentifierStart(ch)) {
    state.lastIntValue = ch;
    return true;
  }
  state.pos = start;
  return false;
};
function isRegExpIdentifierStart(ch) {
  return isIdentifierStart(ch, true) || ch === 36 || ch === 95;
}
pp$1.regexp_eatRegExpIdentifierPart = function(state) {
  var start = state.pos;
  var forceU = this.options.ecmaVersion >= 11;
  var ch = state.current(forceU);
  state.advance(forceU);
  if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
    ch = state.lastIntValue;
  }
  if (isRegExpIdentifierPart(ch)) {
    state.lastIntValue = ch;
    return true;
  }
  state.pos = start;
  return false;
};
function isRegExpIdentifierPart(ch) {
  return isIdentifierChar(ch, true) || ch === 36 || ch === 95 || ch === 8204 || ch === 8205;
}
pp$1.regexp_eatAtomEscape = function(state) {
  if (this.regexp_eatBackReference(state) || this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state) || state.switchN && this.regexp_eatKGroupName(state)) {
    return true;
  }
  if (state.switchU) {
    if (state.current() === 99) {
      state.raise("Invalid unicode escape");
    }
    state.raise("Invalid escape");
  }
  return false;
};
pp$1.regexp_eatBackReference = function(state) {
  var start = state.pos;
  if (this.regexp_eatDecimalEscape(state)) {
    var n = state.lastIntValue;
    if (state.switchU) {
      if (n > state.maxBackReference) {
        state.maxBackReference = n;
      }
      return true;
    }
    if (n <= state.numCapturingParens) {
      return true;
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatKGroupName = function(state) {
  if (state.eat(
    107
    /* k */
  )) {
    if (this.regexp_eatGroupName(state)) {
      state.backReferenceNames.push(state.lastStringValue);
      return true;
    }
    state.raise("Invalid named reference");
  }
  return false;
};
pp$1.regexp_eatCharacterEscape = function(state) {
  return this.regexp_eatControlEscape(state) || this.regexp_eatCControlLetter(state) || this.regexp_eatZero(state) || this.regexp_eatHexEscapeSequence(state) || this.regexp_eatRegExpUnicodeEscapeSequence(state, false) || !state.switchU && this.regexp_eatLegacyOctalEscapeSequence(state) || this.regexp_eatIdentityEscape(state);
};
pp$1.regexp_eatCControlLetter = function(state) {
  var start = state.pos;
  if (state.eat(
    99
    /* c */
  )) {
    if (this.regexp_eatControlLetter(state)) {
      return true;
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatZero = function(state) {
  if (state.current() === 48 && !isDecimalDigit(state.lookahead())) {
    state.lastIntValue = 0;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatControlEscape = function(state) {
  var ch = state.current();
  if (ch === 116) {
    state.lastIntValue = 9;
    state.advance();
    return true;
  }
  if (ch === 110) {
    state.lastIntValue = 10;
    state.advance();
    return true;
  }
  if (ch === 118) {
    state.lastIntValue = 11;
    state.advance();
    return true;
  }
  if (ch === 102) {
    state.lastIntValue = 12;
    state.advance();
    return true;
  }
  if (ch === 114) {
    state.lastIntValue = 13;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatControlLetter = function(state) {
  var ch = state.current();
  if (isControlLetter(ch)) {
    state.lastIntValue = ch % 32;
    state.advance();
    return true;
  }
  return false;
};
function isControlLetter(ch) {
  return ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122;
}
pp$1.regexp_eatRegExpUnicodeEscapeSequence = function(state, forceU) {
  if (forceU === void 0) forceU = false;
  var start = state.pos;
  var switchU = forceU || state.switchU;
  if (state.eat(
    117
    /* u */
  )) {
    if (this.regexp_eatFixedHexDigits(state, 4)) {
      var lead = state.lastIntValue;
      if (switchU && lead >= 55296 && lead <= 56319) {
        var leadSurrogateEnd = state.pos;
        if (state.eat(
          92
          /* \ */
        ) && state.eat(
          117
          /* u */
        ) && this.regexp_eatFixedHexDigits(state, 4)) {
          var trail = state.lastIntValue;
          if (trail >= 56320 && trail <= 57343) {
            state.lastIntValue = (lead - 55296) * 1024 + (trail - 56320) + 65536;
            return true;
          }
        }
        state.pos = leadSurrogateEnd;
        state.lastIntValue = lead;
      }
      return true;
    }
    if (switchU && state.eat(
      123
      /* { */
    ) && this.regexp_eatHexDigits(state) && state.eat(
      125
      /* } */
    ) && isValidUnicode(state.lastIntValue)) {
      return true;
    }
    if (switchU) {
      state.raise("Invalid unicode escape");
    }
    state.pos = start;
  }
  return false;
};
function isValidUnicode(ch) {
  return ch >= 0 && ch <= 1114111;
}
pp$1.regexp_eatIdentityEscape = function(state) {
  if (state.switchU) {
    if (this.regexp_eatSyntaxCharacter(state)) {
      return true;
    }
    if (state.eat(
      47
      /* / */
    )) {
      state.lastIntValue = 47;
      return true;
    }
    return false;
  }
  var ch = state.current();
  if (ch !== 99 && (!state.switchN || ch !== 107)) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatDecimalEscape = function(state) {
  state.lastIntValue = 0;
  var ch = state.current();
  if (ch >= 49 && ch <= 57) {
    do {
      state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
      state.advance();
    } while ((ch = state.current()) >= 48 && ch <= 57);
    return true;
  }
  return false;
};
var CharSetNone = 0;
var CharSetOk = 1;
var CharSetString = 2;
pp$1.regexp_eatCharacterClassEscape = function(state) {
  var ch = state.current();
  if (isCharacterClassEscape(ch)) {
    state.lastIntValue = -1;
    state.advance();
    return CharSetOk;
  }
  var negate = false;
  if (state.switchU && this.options.ecmaVersion >= 9 && ((negate = ch === 80) || ch === 112)) {
    state.lastIntValue = -1;
    state.advance();
    var result;
    if (state.eat(
      123
      /* { */
    ) && (result = this.regexp_eatUnicodePropertyValueExpression(state)) && state.eat(
      125
      /* } */
    )) {
      if (negate && result === CharSetString) {
        state.raise("Invalid property name");
      }
      return result;
    }
    state.raise("Invalid property name");
  }
  return CharSetNone;
};
function isCharacterClassEscape(ch) {
  return ch === 100 || ch === 68 || ch === 115 || ch === 83 || ch === 119 || ch === 87;
}
pp$1.regexp_eatUnicodePropertyValueExpression = function(state) {
  var start = state.pos;
  if (this.regexp_eatUnicodePropertyName(state) && state.eat(
    61
    /* = */
  )) {
    var name = state.lastStringValue;
    if (this.regexp_eatUnicodePropertyValue(state)) {
      var value = state.lastStringValue;
      this.regexp_validateUnicodePropertyNameAndValue(state, name, value);
      return CharSetOk;
    }
  }
  state.pos = start;
  if (this.regexp_eatLoneUnicodePropertyNameOrValue(state)) {
    var nameOrValue = state.lastStringValue;
    return this.regexp_validateUnicodePropertyNameOrValue(state, nameOrValue);
  }
  return CharSetNone;
};
pp$1.regexp_validateUnicodePropertyNameAndValue = function(state, name, value) {
  if (!hasOwn(state.unicodeProperties.nonBinary, name)) {
    state.raise("Invalid property name");
  }
  if (!state.unicodeProperties.nonBinary[name].test(value)) {
    state.raise("Invalid property value");
  }
};
pp$1.regexp_validateUnicodePropertyNameOrValue = function(state, nameOrValue) {
  if (state.unicodeProperties.binary.test(nameOrValue)) {
    return CharSetOk;
  }
  if (state.switchV && state.unicodeProperties.binaryOfStrings.test(nameOrValue)) {
    return CharSetString;
  }
  state.raise("Invalid property name");
};
pp$1.regexp_eatUnicodePropertyName = function(state) {
  var ch = 0;
  state.lastStringValue = "";
  while (isUnicodePropertyNameCharacter(ch = state.current())) {
    state.lastStringValue += codePointToString(ch);
    state.advance();
  }
  return state.lastStringValue !== "";
};
function isUnicodePropertyNameCharacter(ch) {
  return isControlLetter(ch) || ch === 95;
}
pp$1.regexp_eatUnicodePropertyValue = function(state) {
  var ch = 0;
  state.lastStringValue = "";
  while (isUnicodePropertyValueCharacter(ch = state.current())) {
    state.lastStringValue += codePointToString(ch);
    state.advance();
  }
  return state.lastStringValue !== "";
};
function isUnicodePropertyValueCharacter(ch) {
  return isUnicodePropertyNameCharacter(ch) || isDecimalDigit(ch);
}
pp$1.regexp_eatLoneUnicodePropertyNameOrValue = function(state) {
  return this.regexp_eatUnicodePropertyValue(state);
};
pp$1.regexp_eatCharacterClass = function(state) {
  if (state.eat(
    91
    /* [ */
  )) {
    var negate = state.eat(
      94
      /* ^ */
    );
    var result = this.regexp_classContents(state);
    if (!state.eat(
      93
      /* ] */
    )) {
      state.raise("Unterminated character class");
    }
    if (negate && result === CharSetString) {
      state.raise("Negated character class may contain strings");
    }
    return true;
  }
  return false;
};
pp$1.regexp_classContents = function(state) {
  if (state.current() === 93) {
    return CharSetOk;
  }
  if (state.switchV) {
    return this.regexp_classSetExpression(state);
  }
  this.regexp_nonEmptyClassRanges(state);
  return CharSetOk;
};
pp$1.regexp_nonEmptyClassRanges = function(state) {
  while (this.regexp_eatClassAtom(state)) {
    var left = state.lastIntValue;
    if (state.eat(
      45
      /* - */
    ) && this.regexp_eatClassAtom(state)) {
      var right = state.lastIntValue;
      if (state.switchU && (left === -1 || right === -1)) {
        state.raise("Invalid character class");
      }
      if (left !== -1 && right !== -1 && left > right) {
        state.raise("Range out of order in character class");
      }
    }
  }
};
pp$1.regexp_eatClassAtom = function(state) {
  var start = state.pos;
  if (state.eat(
    92
    /* \ */
  )) {
    if (this.regexp_eatClassEscape(state)) {
      return true;
    }
    if (state.switchU) {
      var ch$1 = state.current();
      if (ch$1 === 99 || isOctalDigit(ch$1)) {
        state.raise("Invalid class escape");
      }
      state.raise("Invalid escape");
    }
    state.pos = start;
  }
  var ch = state.current();
  if (ch !== 93) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatClassEscape = function(state) {
  var start = state.pos;
  if (state.eat(
    98
    /* b */
  )) {
    state.lastIntValue = 8;
    return true;
  }
  if (state.switchU && state.eat(
    45
    /* - */
  )) {
    state.lastIntValue = 45;
    return true;
  }
  if (!state.switchU && state.eat(
    99
    /* c */
  )) {
    if (this.regexp_eatClassControlLetter(state)) {
      return true;
    }
    state.pos = start;
  }
  return this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state);
};
pp$1.regexp_classSetExpression = function(state) {
  var result = CharSetOk, subResult;
  if (this.regexp_eatClassSetRange(state)) ;
  else if (subResult = this.regexp_eatClassSetOperand(state)) {
    if (subResult === CharSetString) {
      result = CharSetString;
    }
    var start = state.pos;
    while (state.eatChars(
      [38, 38]
      /* && */
    )) {
      if (state.current() !== 38 && (subResult = this.regexp_eatClassSetOperand(state))) {
        if (subResult !== CharSetString) {
          result = CharSetOk;
        }
        continue;
      }
      state.raise("Invalid character in character class");
    }
    if (start !== state.pos) {
      return result;
    }
    while (state.eatChars(
      [45, 45]
      /* -- */
    )) {
      if (this.regexp_eatClassSetOperand(state)) {
        continue;
      }
      state.raise("Invalid character in character class");
    }
    if (start !== state.pos) {
      return result;
    }
  } else {
    state.raise("Invalid character in character class");
  }
  for (; ; ) {
    if (this.regexp_eatClassSetRange(state)) {
      continue;
    }
    subResult = this.regexp_eatClassSetOperand(state);
    if (!subResult) {
      return result;
    }
    if (subResult === CharSetString) {
      result = CharSetString;
    }
  }
};
pp$1.regexp_eatClassSetRange = function(state) {
  var start = state.pos;
  if (this.regexp_eatClassSetCharacter(state)) {
    var left = state.lastIntValue;
    if (state.eat(
      45
      /* - */
    ) && this.regexp_eatClassSetCharacter(state)) {
      var right = state.lastIntValue;
      if (left !== -1 && right !== -1 && left > right) {
        state.raise("Range out of order in character class");
      }
      return true;
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatClassSetOperand = function(state) {
  if (this.regexp_eatClassSetCharacter(state)) {
    return CharSetOk;
  }
  return this.regexp_eatClassStringDisjunction(state) || this.regexp_eatNestedClass(state);
};
pp$1.regexp_eatNestedClass = function(state) {
  var start = state.pos;
  if (state.eat(
    91
    /* [ */
  )) {
    var negate = state.eat(
      94
      /* ^ */
    );
    var result = this.regexp_classContents(state);
    if (state.eat(
      93
      /* ] */
    )) {
      if (negate && result === CharSetString) {
        state.raise("Negated character class may contain strings");
      }
      return result;
    }
    state.pos = start;
  }
  if (state.eat(
    92
    /* \ */
  )) {
    var result$1 = this.regexp_eatCharacterClassEscape(state);
    if (result$1) {
      return result$1;
    }
    state.pos = start;
  }
  return null;
};
pp$1.regexp_eatClassStringDisjunction = function(state) {
  var start = state.pos;
  if (state.eatChars(
    [92, 113]
    /* \q */
  )) {
    if (state.eat(
      123
      /* { */
    )) {
      var result = this.regexp_classStringDisjunctionContents(state);
      if (state.eat(
        125
        /* } */
      )) {
        return result;
      }
    } else {
      state.raise("Invalid escape");
    }
    state.pos = start;
  }
  return null;
};
pp$1.regexp_classStringDisjunctionContents = function(state) {
  var result = this.regexp_classString(state);
  while (state.eat(
    124
    /* | */
  )) {
    if (this.regexp_classString(state) === CharSetString) {
      result = CharSetString;
    }
  }
  return result;
};
pp$1.regexp_classString = function(state) {
  var count = 0;
  while (this.regexp_eatClassSetCharacter(state)) {
    count++;
  }
  return count === 1 ? CharSetOk : CharSetString;
};
pp$1.regexp_eatClassSetCharacter = function(state) {
  var start = state.pos;
  if (state.eat(
    92
    /* \ */
  )) {
    if (this.regexp_eatCharacterEscape(state) || this.regexp_eatClassSetReservedPunctuator(state)) {
      return true;
    }
    if (state.eat(
      98
      /* b */
    )) {
      state.lastIntValue = 8;
      return true;
    }
    state.pos = start;
    return false;
  }
  var ch = state.current();
  if (ch < 0 || ch === state.lookahead() && isClassSetReservedDoublePunctuatorCharacter(ch)) {
    return false;
  }
  if (isClassSetSyntaxCharacter(ch)) {
    return false;
  }
  state.advance();
  state.lastIntValue = ch;
  return true;
};
function isClassSetReservedDoublePunctuatorCharacter(ch) {
  return ch === 33 || ch >= 35 && ch <= 38 || ch >= 42 && ch <= 44 || ch === 46 || ch >= 58 && ch <= 64 || ch === 94 || ch === 96 || ch === 126;
}
function isClassSetSyntaxCharacter(ch) {
  return ch === 40 || ch === 41 || ch === 45 || ch === 47 || ch >= 91 && ch <= 93 || ch >= 123 && ch <= 125;
}
pp$1.regexp_eatClassSetReservedPunctuator = function(state) {
  var ch = state.current();
  if (isClassSetReservedPunctuator(ch)) {
    state.lastIntValue = ch;
    state.advance();
    return true;
  }
  return false;
};
function isClassSetReservedPunctuator(ch) {
  return ch === 33 || ch === 35 || ch === 37 || ch === 38 || ch === 44 || ch === 45 || ch >= 58 && ch <= 62 || ch === 64 || ch === 96 || ch === 126;
}
pp$1.regexp_eatClassControlLetter = function(state) {
  var ch = state.current();
  if (isDecimalDigit(ch) || ch === 95) {
    state.lastIntValue = ch % 32;
    state.advance();
    return true;
  }
  return false;
};
pp$1.regexp_eatHexEscapeSequence = function(state) {
  var start = state.pos;
  if (state.eat(
    120
    /* x */
  )) {
    if (this.regexp_eatFixedHexDigits(state, 2)) {
      return true;
    }
    if (state.switchU) {
      state.raise("Invalid escape");
    }
    state.pos = start;
  }
  return false;
};
pp$1.regexp_eatDecimalDigits = function(state) {
  var start = state.pos;
  var ch = 0;
  state.lastIntValue = 0;
  while (isDecimalDigit(ch = state.current())) {
    state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
    state.advance();
  }
  return state.pos !== start;
};
function isDecimalDigit(ch) {
  return ch >= 48 && ch <= 57;
}
pp$1.regexp_eatHexDigits = function(state) {
  var start = state.pos;
  var ch = 0;
  state.lastIntValue = 0;
  while (isHexDigit(ch = state.current())) {
    state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
    state.advance();
  }
  return state.pos !== start;
};
function isHexDigit(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
function hexToInt(ch) {
  if (ch >= 65 && ch <= 70) {
    return 10 + (ch - 65);
  }
  if (ch >= 97 && ch <= 102) {
    return 10 + (ch - 97);
  }
  return ch - 48;
}
pp$1.regexp_eatLegacyOctalEscapeSequence = function(state) {
  if (this.regexp_eatOctalDigit(state)) {
    var n1 = state.lastIntValue;
    if (this.regexp_eatOctalDigit(state)) {
      var n2 = state.lastIntValue;
      if (n1 <= 3 && this.regexp_eatOctalDigit(state)) {
        state.lastIntValue = n1 * 64 + n2 * 8 + state.lastIntValue;
      } else {
        state.lastIntValue = n1 * 8 + n2;
      }
    } else {
      state.lastIntValue = n1;
    }
    return true;
  }
  return false;
};
pp$1.regexp_eatOctalDigit = function(state) {
  var ch = state.current();
  if (isOctalDigit(ch)) {
    state.lastIntValue = ch - 48;
    state.advance();
    return true;
  }
  state.lastIntValue = 0;
  return false;
};
function isOctalDigit(ch) {
  return ch >= 48 && ch <= 55;
}
pp$1.regexp_eatFixedHexDigits = function(state, length) {
  var start = state.pos;
  state.lastIntValue = 0;
  for (var i2 = 0; i2 < length; ++i2) {
    var ch = state.current();
    if (!isHexDigit(ch)) {
      state.pos = start;
      return false;
    }
    state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
    state.advance();
  }
  return true;
};
var Token = function Token2(p2) {
  this.type = p2.type;
  this.value = p2.value;
  this.start = p2.start;
  this.end = p2.end;
  if (p2.options.locations) {
    this.loc = new SourceLocation(p2, p2.startLoc, p2.endLoc);
  }
  if (p2.options.ranges) {
    this.range = [p2.start, p2.end];
  }
};
var pp = Parser.prototype;
pp.next = function(ignoreEscapeSequenceInKeyword) {
  if (!ignoreEscapeSequenceInKeyword && this.type.keyword && this.containsEsc) {
    this.raiseRecoverable(this.start, "Escape sequence in keyword " + this.type.keyword);
  }
  if (this.options.onToken) {
    this.options.onToken(new Token(this));
  }
  this.lastTokEnd = this.end;
  this.lastTokStart = this.start;
  this.lastTokEndLoc = this.endLoc;
  this.lastTokStartLoc = this.startLoc;
  this.nextToken();
};
pp.getToken = function() {
  this.next();
  return new Token(this);
};
if (typeof Symbol !== "undefined") {
  pp[Symbol.iterator] = function() {
    var this$1$1 = this;
    return {
      next: function() {
        var token = this$1$1.getToken();
        return {
          done: token.type === types$1.eof,
          value: token
        };
      }
    };
  };
}
pp.nextToken = function() {
  var curContext = this.curContext();
  if (!curContext || !curContext.preserveSpace) {
    this.skipSpace();
  }
  this.start = this.pos;
  if (this.options.locations) {
    this.startLoc = this.curPosition();
  }
  if (this.pos >= this.input.length) {
    return this.finishToken(types$1.eof);
  }
  if (curContext.override) {
    return curContext.override(this);
  } else {
    this.readToken(this.fullCharCodeAtPos());
  }
};
pp.readToken = function(code) {
  if (isIdentifierStart(code, this.options.ecmaVersion >= 6) || code === 92) {
    return this.readWord();
  }
  return this.getTokenFromCode(code);
};
pp.fullCharCodeAt = function(pos) {
  var code = this.input.charCodeAt(pos);
  if (code <= 55295 || code >= 56320) {
    return code;
  }
  var next = this.input.charCodeAt(pos + 1);
  return next <= 56319 || next >= 57344 ? code : (code << 10) + next - 56613888;
};
pp.fullCharCodeAtPos = function() {
  return this.fullCharCodeAt(this.pos);
};
pp.skipBlockComment = function() {
  var startLoc = this.options.onComment && this.curPosition();
  var start = this.pos, end = this.input.indexOf("*/", this.pos += 2);
  if (end === -1) {
    this.raise(this.pos - 2, "Unterminated comment");
  }
  this.pos = end + 2;
  if (this.options.locations) {
    for (var nextBreak = void 0, pos = start; (nextBreak = nextLineBreak(this.input, pos, this.pos)) > -1; ) {
      ++this.curLine;
      pos = this.lineStart = nextBreak;
    }
  }
  if (this.options.onComment) {
    this.options.onComment(
      true,
      this.input.slice(start + 2, end),
      start,
      this.pos,
      startLoc,
      this.curPosition()
    );
  }
};
pp.skipLineComment = function(startSkip) {
  var start = this.pos;
  var startLoc = this.options.onComment && this.curPosition();
  var ch = this.input.charCodeAt(this.pos += startSkip);
  while (this.pos < this.input.length && !isNewLine(ch)) {
    ch = this.input.charCodeAt(++this.pos);
  }
  if (this.options.onComment) {
    this.options.onComment(
      false,
      this.input.slice(start + startSkip, this.pos),
      start,
      this.pos,
      startLoc,
      this.curPosition()
    );
  }
};
pp.skipSpace = function() {
  loop: while (this.pos < this.input.length) {
    var ch = this.input.charCodeAt(this.pos);
    switch (ch) {
      case 32:
      case 160:
        ++this.pos;
        break;
      case 13:
        if (this.input.charCodeAt(this.pos + 1) === 10) {
          ++this.pos;
        }
      case 10:
      case 8232:
      case 8233:
        ++this.pos;
        if (this.options.locations) {
          ++this.curLine;
          this.lineStart = this.pos;
        }
        break;
      case 47:
        switch (this.input.charCodeAt(this.pos + 1)) {
          case 42:
            this.skipBlockComment();
            break;
          case 47:
            this.skipLineComment(2);
            break;
          default:
            break loop;
        }
        break;
      default:
        if (ch > 8 && ch < 14 || ch >= 5760 && nonASCIIwhitespace.test(String.fromCharCode(ch))) {
          ++this.pos;
        } else {
          break loop;
        }
    }
  }
};
pp.finishToken = function(type, val) {
  this.end = this.pos;
  if (this.options.locations) {
    this.endLoc = this.curPosition();
  }
  var prevType = this.type;
  this.type = type;
  this.value = val;
  this.updateContext(prevType);
};
pp.readToken_dot = function() {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next >= 48 && next <= 57) {
    return this.readNumber(true);
  }
  var next2 = this.input.charCodeAt(this.pos + 2);
  if (this.options.ecmaVersion >= 6 && next === 46 && next2 === 46) {
    this.pos += 3;
    return this.finishToken(types$1.ellipsis);
  } else {
    ++this.pos;
    return this.finishToken(types$1.dot);
  }
};
pp.readToken_slash = function() {
  var next = this.input.charCodeAt(this.pos + 1);
  if (this.exprAllowed) {
    ++this.pos;
    return this.readRegexp();
  }
  if (next === 61) {
    return this.finishOp(types$1.assign, 2);
  }
  return this.finishOp(types$1.slash, 1);
};
pp.readToken_mult_modulo_exp = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  var size = 1;
  var tokentype = code === 42 ? types$1.star : types$1.modulo;
  if (this.options.ecmaVersion >= 7 && code === 42 && next === 42) {
    ++size;
    tokentype = types$1.starstar;
    next = this.input.charCodeAt(this.pos + 2);
  }
  if (next === 61) {
    return this.finishOp(types$1.assign, size + 1);
  }
  return this.finishOp(tokentype, size);
};
pp.readToken_pipe_amp = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next === code) {
    if (this.options.ecmaVersion >= 12) {
      var next2 = this.input.charCodeAt(this.pos + 2);
      if (next2 === 61) {
        return this.finishOp(types$1.assign, 3);
      }
    }
    return this.finishOp(code === 124 ? types$1.logicalOR : types$1.logicalAND, 2);
  }
  if (next === 61) {
    return this.finishOp(types$1.assign, 2);
  }
  return this.finishOp(code === 124 ? types$1.bitwiseOR : types$1.bitwiseAND, 1);
};
pp.readToken_caret = function() {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next === 61) {
    return this.finishOp(types$1.assign, 2);
  }
  return this.finishOp(types$1.bitwiseXOR, 1);
};
pp.readToken_plus_min = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next === code) {
    if (next === 45 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 62 && (this.lastTokEnd === 0 || lineBreak.test(this.input.slice(this.lastTokEnd, this.pos)))) {
      this.skipLineComment(3);
      this.skipSpace();
      return this.nextToken();
    }
    return this.finishOp(types$1.incDec, 2);
  }
  if (next === 61) {
    return this.finishOp(types$1.assign, 2);
  }
  return this.finishOp(types$1.plusMin, 1);
};
pp.readToken_lt_gt = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  var size = 1;
  if (next === code) {
    size = code === 62 && this.input.charCodeAt(this.pos + 2) === 62 ? 3 : 2;
    if (this.input.charCodeAt(this.pos + size) === 61) {
      return this.finishOp(types$1.assign, size + 1);
    }
    return this.finishOp(types$1.bitShift, size);
  }
  if (next === 33 && code === 60 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 45 && this.input.charCodeAt(this.pos + 3) === 45) {
    this.skipLineComment(4);
    this.skipSpace();
    return this.nextToken();
  }
  if (next === 61) {
    size = 2;
  }
  return this.finishOp(types$1.relational, size);
};
pp.readToken_eq_excl = function(code) {
  var next = this.input.charCodeAt(this.pos + 1);
  if (next === 61) {
    return this.finishOp(types$1.equality, this.input.charCodeAt(this.pos + 2) === 61 ? 3 : 2);
  }
  if (code === 61 && next === 62 && this.options.ecmaVersion >= 6) {
    this.pos += 2;
    return this.finishToken(types$1.arrow);
  }
  return this.finishOp(code === 61 ? types$1.eq : types$1.prefix, 1);
};
pp.readToken_question = function() {
  var ecmaVersion2 = this.options.ecmaVersion;
  if (ecmaVersion2 >= 11) {
    var next = this.input.charCodeAt(this.pos + 1);
    if (next === 46) {
      var next2 = this.input.charCodeAt(this.pos + 2);
      if (next2 < 48 || next2 > 57) {
        return this.finishOp(types$1.questionDot, 2);
      }
    }
    if (next === 63) {
      if (ecmaVersion2 >= 12) {
        var next2$1 = this.input.charCodeAt(this.pos + 2);
        if (next2$1 === 61) {
          return this.finishOp(types$1.assign, 3);
        }
      }
      return this.finishOp(types$1.coalesce, 2);
    }
  }
  return this.finishOp(types$1.question, 1);
};
pp.readToken_numberSign = function() {
  var ecmaVersion2 = this.options.ecmaVersion;
  var code = 35;
  if (ecmaVersion2 >= 13) {
    ++this.pos;
    code = this.fullCharCodeAtPos();
    if (isIdentifierStart(code, true) || code === 92) {
      return this.finishToken(types$1.privateId, this.readWord1());
    }
  }
  this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
};
pp.getTokenFromCode = function(code) {
  switch (code) {
    // The interpretation of a dot depends on whether it is followed
    // by a digit or another two dots.
    case 46:
      return this.readToken_dot();
    // Punctuation tokens.
    case 40:
      ++this.pos;
      return this.finishToken(types$1.parenL);
    case 41:
      ++this.pos;
      return this.finishToken(types$1.parenR);
    case 59:
      ++this.pos;
      return this.finishToken(types$1.semi);
    case 44:
      ++this.pos;
      return this.finishToken(types$1.comma);
    case 91:
      ++this.pos;
      return this.finishToken(types$1.bracketL);
    case 93:
      ++this.pos;
      return this.finishToken(types$1.bracketR);
    case 123:
      ++this.pos;
      return this.finishToken(types$1.braceL);
    case 125:
      ++this.pos;
      return this.finishToken(types$1.braceR);
    case 58:
      ++this.pos;
      return this.finishToken(types$1.colon);
    case 96:
      if (this.options.ecmaVersion < 6) {
        break;
      }
      ++this.pos;
      return this.finishToken(types$1.backQuote);
    case 48:
      var next = this.input.charCodeAt(this.pos + 1);
      if (next === 120 || next === 88) {
        return this.readRadixNumber(16);
      }
      if (this.options.ecmaVersion >= 6) {
        if (next === 111 || next === 79) {
          return this.readRadixNumber(8);
        }
        if (next === 98 || next === 66) {
          return this.readRadixNumber(2);
        }
      }
    // Anything else beginning with a digit is an integer, octal
    // number, or float.
    case 49:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 55:
    case 56:
    case 57:
      return this.readNumber(false);
    // Quotes produce strings.
    case 34:
    case 39:
      return this.readString(code);
    // Operators are parsed inline in tiny state machines. '=' (61) is
    // often referred to. `finishOp` simply skips the amount of
    // characters it is given as second argument, and returns a token
    // of the type given by its first argument.
    case 47:
      return this.readToken_slash();
    case 37:
    case 42:
      return this.readToken_mult_modulo_exp(code);
    case 124:
    case 38:
      return this.readToken_pipe_amp(code);
    case 94:
      return this.readToken_caret();
    case 43:
    case 45:
      return this.readToken_plus_min(code);
    case 60:
    case 62:
      return this.readToken_lt_gt(code);
    case 61:
    case 33:
      return this.readToken_eq_excl(code);
    case 63:
      return this.readToken_question();
    case 126:
      return this.finishOp(types$1.prefix, 1);
    case 35:
      return this.readToken_numberSign();
  }
  this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
};
pp.finishOp = function(type, size) {
  var str = this.input.slice(this.pos, this.pos + size);
  this.pos += size;
  return this.finishToken(type, str);
};
pp.readRegexp = function() {
  var escaped, inClass, start = this.pos;
  for (; ; ) {
    if (this.pos >= this.input.length) {
      this.raise(start, "Unterminated regular expression");
    }
    var ch = this.input.charAt(this.pos);
    if (lineBreak.test(ch)) {
      this.raise(start, "Unterminated regular expression");
    }
    if (!escaped) {
      if (ch === "[") {
        inClass = true;
      } else if (ch === "]" && inClass) {
        inClass = false;
      } else if (ch === "/" && !inClass) {
        break;
      }
      escaped = ch === "\\";
    } else {
      escaped = false;
    }
    ++this.pos;
  }
  var pattern = this.input.slice(start, this.pos);
  ++this.pos;
  var flagsStart = this.pos;
  var flags = this.readWord1();
  if (this.containsEsc) {
    this.unexpected(flagsStart);
  }
  var state = this.regexpState || (this.regexpState = new RegExpValidationState(this));
  state.reset(start, pattern, flags);
  this.validateRegExpFlags(state);
  this.validateRegExpPattern(state);
  var value = null;
  try {
    value = new RegExp(pattern, flags);
  } catch (e) {
  }
  return this.finishToken(types$1.regexp, { pattern, flags, value });
};
pp.readInt = function(radix, len, maybeLegacyOctalNumericLiteral) {
  var allowSeparators = this.options.ecmaVersion >= 12 && len === void 0;
  var isLegacyOctalNumericLiteral = maybeLegacyOctalNumericLiteral && this.input.charCodeAt(this.pos) === 48;
  var start = this.pos, total = 0, lastCode = 0;
  for (var i2 = 0, e = len == null ? Infinity : len; i2 < e; ++i2, ++this.pos) {
    var code = this.input.charCodeAt(this.pos), val = void 0;
    if (allowSeparators && code === 95) {
      if (isLegacyOctalNumericLiteral) {
        this.raiseRecoverable(this.pos, "Numeric separator is not allowed in legacy octal numeric literals");
      }
      if (lastCode === 95) {
        this.raiseRecoverable(this.pos, "Numeric separator must be exactly one underscore");
      }
      if (i2 === 0) {
        this.raiseRecoverable(this.pos, "Numeric separator is not allowed at the first of digits");
      }
      lastCode = code;
      continue;
    }
    if (code >= 97) {
      val = code - 97 + 10;
    } else if (code >= 65) {
      val = code - 65 + 10;
    } else if (code >= 48 && code <= 57) {
      val = code - 48;
    } else {
      val = Infinity;
    }
    if (val >= radix) {
      break;
    }
    lastCode = code;
    total = total * radix + val;
  }
  if (allowSeparators && lastCode === 95) {
    this.raiseRecoverable(this.pos - 1, "Numeric separator is not allowed at the last of digits");
  }
  if (this.pos === start || len != null && this.pos - start !== len) {
    return null;
  }
  return total;
};
function stringToNumber(str, isLegacyOctalNumericLiteral) {
  if (isLegacyOctalNumericLiteral) {
    return parseInt(str, 8);
  }
  return parseFloat(str.replace(/_/g, ""));
}
function stringToBigInt(str) {
  if (typeof BigInt !== "function") {
    return null;
  }
  return BigInt(str.replace(/_/g, ""));
}
pp.readRadixNumber = function(radix) {
  var start = this.pos;
  this.pos += 2;
  var val = this.readInt(radix);
  if (val == null) {
    this.raise(this.start + 2, "Expected number in radix " + radix);
  }
  if (this.options.ecmaVersion >= 11 && this.input.charCodeAt(this.pos) === 110) {
    val = stringToBigInt(this.input.slice(start, this.pos));
    ++this.pos;
  } else if (isIdentifierStart(this.fullCharCodeAtPos())) {
    this.raise(this.pos, "Identifier directly after number");
  }
  return this.finishToken(types$1.num, val);
};
pp.readNumber = function(startsWithDot) {
  var start = this.pos;
  if (!startsWithDot && this.readInt(10, void 0, true) === null) {
    this.raise(start, "Invalid number");
  }
  var octal = this.pos - start >= 2 && this.input.charCodeAt(start) === 48;
  if (octal && this.strict) {
    this.raise(start, "Invalid number");
  }
  var next = this.input.charCodeAt(this.pos);
  if (!octal && !startsWithDot && this.options.ecmaVersion >= 11 && next === 110) {
    var val$1 = stringToBigInt(this.input.slice(start, this.pos));
    ++this.pos;
    if (isIdentifierStart(this.fullCharCodeAtPos())) {
      this.raise(this.pos, "Identifier directly after number");
    }
    return this.finishToken(types$1.num, val$1);
  }
  if (octal && /[89]/.test(this.input.slice(start, this.pos))) {
    octal = false;
  }
  if (next === 46 && !octal) {
    ++this.pos;
    this.readInt(10);
    next = this.input.charCodeAt(this.pos);
  }
  if ((next === 69 || next === 101) && !octal) {
    next = this.input.charCodeAt(++this.pos);
    if (next === 43 || next === 45) {
      ++this.pos;
    }
    if (this.readInt(10) === null) {
      this.raise(start, "Invalid number");
    }
  }
  if (isIdentifierStart(this.fullCharCodeAtPos())) {
    this.raise(this.pos, "Identifier directly after number");
  }
  var val = stringToNumber(this.input.slice(start, this.pos), octal);
  return this.finishToken(types$1.num, val);
};
pp.readCodePoint = function() {
  var ch = this.input.charCodeAt(this.pos), code;
  if (ch === 123) {
    if (this.options.ecmaVersion < 6) {
      this.unexpected();
    }
    var codePos = ++this.pos;
    code = this.readHexChar(this.input.indexOf("}", this.pos) - this.pos);
    ++this.pos;
    if (code > 1114111) {
      this.invalidStringToken(codePos, "Code point out of bounds");
    }
  } else {
    code = this.readHexChar(4);
  }
  return code;
};
pp.readString = function(quote) {
  var out = "", chunkStart = ++this.pos;
  for (; ; ) {
    if (this.pos >= this.input.length) {
      this.raise(this.start, "Unterminated string constant");
    }
    var ch = this.input.charCodeAt(this.pos);
    if (ch === quote) {
      break;
    }
    if (ch === 92) {
      out += this.input.slice(chunkStart, this.pos);
      out += this.readEscapedChar(false);
      chunkStart = this.pos;
    } else if (ch === 8232 || ch === 8233) {
      if (this.options.ecmaVersion < 10) {
        this.raise(this.start, "Unterminated string constant");
      }
      ++this.pos;
      if (this.options.locations) {
        this.curLine++;
        this.lineStart = this.pos;
      }
    } else {
      if (isNewLine(ch)) {
        this.raise(this.start, "Unterminated string constant");
      }
      ++this.pos;
    }
  }
  out += this.input.slice(chunkStart, this.pos++);
  return this.finishToken(types$1.string, out);
};
var INVALID_TEMPLATE_ESCAPE_ERROR = {};
pp.tryReadTemplateToken = function() {
  this.inTemplateElement = true;
  try {
    this.readTmplToken();
  } catch (err) {
    if (err === INVALID_TEMPLATE_ESCAPE_ERROR) {
      this.readInvalidTemplateToken();
    } else {
      throw err;
    }
  }
  this.inTemplateElement = false;
};
pp.invalidStringToken = function(position, message) {
  if (this.inTemplateElement && this.options.ecmaVersion >= 9) {
    throw INVALID_TEMPLATE_ESCAPE_ERROR;
  } else {
    this.raise(position, message);
  }
};
pp.readTmplToken = function() {
  var out = "", chunkStart = this.pos;
  for (; ; ) {
    if (this.pos >= this.input.length) {
      this.raise(this.start, "Unterminated template");
    }
    var ch = this.input.charCodeAt(this.pos);
    if (ch === 96 || ch === 36 && this.input.charCodeAt(this.pos + 1) === 123) {
      if (this.pos === this.start && (this.type === types$1.template || this.type === types$1.invalidTemplate)) {
        if (ch === 36) {
          this.pos += 2;
          return this.finishToken(types$1.dollarBraceL);
        } else {
          ++this.pos;
          return this.finishToken(types$1.backQuote);
        }
      }
      out += this.input.slice(chunkStart, this.pos);
      return this.finishToken(types$1.template, out);
    }
    if (ch === 92) {
      out += this.input.slice(chunkStart, this.pos);
      out += this.readEscapedChar(true);
      chunkStart = this.pos;
    } else if (isNewLine(ch)) {
      out += this.input.slice(chunkStart, this.pos);
      ++this.pos;
      switch (ch) {
        case 13:
          if (this.input.charCodeAt(this.pos) === 10) {
            ++this.pos;
          }
        case 10:
          out += "\n";
          break;
        default:
          out += String.fromCharCode(ch);
          break;
      }
      if (this.options.locations) {
        ++this.curLine;
        this.lineStart = this.pos;
      }
      chunkStart = this.pos;
    } else {
      ++this.pos;
    }
  }
};
pp.readInvalidTemplateToken = function() {
  for (; this.pos < this.input.length; this.pos++) {
    switch (this.input[this.pos]) {
      case "\\":
        ++this.pos;
        break;
      case "$":
        if (this.input[this.pos + 1] !== "{") {
          break;
        }
      // fall through
      case "`":
        return this.finishToken(types$1.invalidTemplate, this.input.slice(this.start, this.pos));
      case "\r":
        if (this.input[this.pos + 1] === "\n") {
          ++this.pos;
        }
      // fall through
      case "\n":
      case "\u2028":
      case "\u2029":
        ++this.curLine;
        this.lineStart = this.pos + 1;
        break;
    }
  }
  this.raise(this.start, "Unterminated template");
};
pp.readEscapedChar = function(inTemplate) {
  var ch = this.input.charCodeAt(++this.pos);
  ++this.pos;
  switch (ch) {
    case 110:
      return "\n";
    // 'n' -> '\n'
    case 114:
      return "\r";
    // 'r' -> '\r'
    case 120:
      return String.fromCharCode(this.readHexChar(2));
    // 'x'
    case 117:
      return codePointToString(this.readCodePoint());
    // 'u'
    case 116:
      return "	";
    // 't' -> '\t'
    case 98:
      return "\b";
    // 'b' -> '\b'
    case 118:
      return "\v";
    // 'v' -> '\u000b'
    case 102:
      return "\f";
    // 'f' -> '\f'
    case 13:
      if (this.input.charCodeAt(this.pos) === 10) {
        ++this.pos;
      }
    // '\r\n'
    case 10:
      if (this.options.locations) {
        this.lineStart = this.pos;
        ++this.curLine;
      }
      return "";
    case 56:
    case 57:
      if (this.strict) {
        this.invalidStringToken(
          this.pos - 1,
          "Invalid escape sequence"
        );
      }
      if (inTemplate) {
        var codePos = this.pos - 1;
        this.invalidStringToken(
          codePos,
          "Invalid escape sequence in template string"
        );
      }
    default:
      if (ch >= 48 && ch <= 55) {
        var octalStr = this.input.substr(this.pos - 1, 3).match(/^[0-7]+/)[0];
        var octal = parseInt(octalStr, 8);
        if (octal > 255) {
          octalStr = octalStr.slice(0, -1);
          octal = parseInt(octalStr, 8);
        }
        this.pos += octalStr.length - 1;
        ch = this.input.charCodeAt(this.pos);
        if ((octalStr !== "0" || ch === 56 || ch === 57) && (this.strict || inTemplate)) {
          this.invalidStringToken(
            this.pos - 1 - octalStr.length,
            inTemplate ? "Octal literal in template string" : "Octal literal in strict mode"
          );
        }
        return String.fromCharCode(octal);
      }
      if (isNewLine(ch)) {
        if (this.options.locations) {
          this.lineStart = this.pos;
          ++this.curLine;
        }
        return "";
      }
      return String.fromCharCode(ch);
  }
};
pp.readHexChar = function(len) {
  var codePos = this.pos;
  var n = this.readInt(16, len);
  if (n === null) {
    this.invalidStringToken(codePos, "Bad character escape sequence");
  }
  return n;
};
pp.readWord1 = function() {
  this.containsEsc = false;
  var word = "", first = true, chunkStart = this.pos;
  var astral = this.options.ecmaVersion >= 6;
  while (this.pos < this.input.length) {
    var ch = this.fullCharCodeAtPos();
    if (isIdentifierChar(ch, astral)) {
      this.pos += ch <= 65535 ? 1 : 2;
    } else if (ch === 92) {
      this.containsEsc = true;
      word += this.input.slice(chunkStart, this.pos);
      var escStart = this.pos;
      if (this.input.charCodeAt(++this.pos) !== 117) {
        this.invalidStringToken(this.pos, "Expecting Unicode escape sequence \\uXXXX");
      }
      ++this.pos;
      var esc = this.readCodePoint();
      if (!(first ? isIdentifierStart : isIdentifierChar)(esc, astral)) {
        this.invalidStringToken(escStart, "Invalid Unicode escape");
      }
      word += codePointToString(esc);
      chunkStart = this.pos;
    } else {
      break;
    }
    first = false;
  }
  return word + this.input.slice(chunkStart, this.pos);
};
pp.readWord = function() {
  var word = this.readWord1();
  var type = types$1.name;
  if (this.keywords.test(word)) {
    type = keywords[word];
  }
  return this.finishToken(type, word);
};
var version = "8.19.0";
Parser.acorn = {
  Parser,
  version,
  defaultOptions,
  Position,
  SourceLocation,
  getLineInfo,
  Node,
  TokenType,
  tokTypes: types$1,
  keywordTypes: keywords,
  TokContext,
  tokContexts: types,
  isIdentifierChar,
  isIdentifierStart,
  Token,
  isNewLine,
  lineBreak,
  lineBreakG,
  nonASCIIwhitespace
};
function parse3(input, options) {
  return Parser.parse(input, options);
}

// node_modules/acorn-loose/dist/acorn-loose.mjs
var dummyValue = "\u2716";
function isDummy(node) {
  return node.name === dummyValue;
}
function noop() {
}
var LooseParser = function LooseParser2(input, options) {
  if (options === void 0) options = {};
  this.toks = this.constructor.BaseParser.tokenizer(input, options);
  this.options = this.toks.options;
  this.input = this.toks.input;
  this.tok = this.last = { type: types$1.eof, start: 0, end: 0 };
  this.tok.validateRegExpFlags = noop;
  this.tok.validateRegExpPattern = noop;
  if (this.options.locations) {
    var here = this.toks.curPosition();
    this.tok.loc = new SourceLocation(this.toks, here, here);
  }
  this.ahead = [];
  this.context = [];
  this.curIndent = 0;
  this.curLineStart = 0;
  this.nextLineStart = this.lineEnd(this.curLineStart) + 1;
  this.inAsync = false;
  this.inGenerator = false;
  this.inFunction = false;
};
LooseParser.prototype.startNode = function startNode() {
  return new Node(this.toks, this.tok.start, this.options.locations ? this.tok.loc.start : null);
};
LooseParser.prototype.storeCurrentPos = function storeCurrentPos() {
  return this.options.locations ? [this.tok.start, this.tok.loc.start] : this.tok.start;
};
LooseParser.prototype.startNodeAt = function startNodeAt(pos) {
  if (this.options.locations) {
    return new Node(this.toks, pos[0], pos[1]);
  } else {
    return new Node(this.toks, pos);
  }
};
LooseParser.prototype.finishNode = function finishNode(node, type) {
  node.type = type;
  node.end = this.last.end;
  if (this.options.locations) {
    node.loc.end = this.last.loc.end;
  }
  if (this.options.ranges) {
    node.range[1] = this.last.end;
  }
  return node;
};
LooseParser.prototype.dummyNode = function dummyNode(type) {
  var dummy = this.startNode();
  dummy.type = type;
  dummy.end = dummy.start;
  if (this.options.locations) {
    dummy.loc.end = dummy.loc.start;
  }
  if (this.options.ranges) {
    dummy.range[1] = dummy.start;
  }
  this.last = { type: types$1.name, start: dummy.start, end: dummy.start, loc: dummy.loc };
  return dummy;
};
LooseParser.prototype.dummyIdent = function dummyIdent() {
  var dummy = this.dummyNode("Identifier");
  dummy.name = dummyValue;
  return dummy;
};
LooseParser.prototype.dummyString = function dummyString() {
  var dummy = this.dummyNode("Literal");
  dummy.value = dummy.raw = dummyValue;
  return dummy;
};
LooseParser.prototype.eat = function eat2(type) {
  if (this.tok.type === type) {
    this.next();
    return true;
  } else {
    return false;
  }
};
LooseParser.prototype.isContextual = function isContextual(name) {
  return this.tok.type === types$1.name && this.tok.value === name;
};
LooseParser.prototype.eatContextual = function eatContextual(name) {
  return this.tok.value === name && this.eat(types$1.name);
};
LooseParser.prototype.canInsertSemicolon = function canInsertSemicolon() {
  return this.tok.type === types$1.eof || this.tok.type === types$1.braceR || lineBreak.test(this.input.slice(this.last.end, this.tok.start));
};
LooseParser.prototype.semicolon = function semicolon() {
  return this.eat(types$1.semi);
};
LooseParser.prototype.expect = function expect(type) {
  if (this.eat(type)) {
    return true;
  }
  for (var i2 = 1; i2 <= 2; i2++) {
    if (this.lookAhead(i2).type === type) {
      for (var j2 = 0; j2 < i2; j2++) {
        this.next();
      }
      return true;
    }
  }
};
LooseParser.prototype.pushCx = function pushCx() {
  this.context.push(this.curIndent);
};
LooseParser.prototype.popCx = function popCx() {
  this.curIndent = this.context.pop();
};
LooseParser.prototype.lineEnd = function lineEnd(pos) {
  while (pos < this.input.length && !isNewLine(this.input.charCodeAt(pos))) {
    ++pos;
  }
  return pos;
};
LooseParser.prototype.indentationAfter = function indentationAfter(pos) {
  for (var count = 0; ; ++pos) {
    var ch = this.input.charCodeAt(pos);
    if (ch === 32) {
      ++count;
    } else if (ch === 9) {
      count += this.options.tabSize;
    } else {
      return count;
    }
  }
};
LooseParser.prototype.closes = function closes(closeTok, indent, line, blockHeuristic) {
  if (this.tok.type === closeTok || this.tok.type === types$1.eof) {
    return true;
  }
  return line !== this.curLineStart && this.curIndent < indent && this.tokenStartsLine() && (!blockHeuristic || this.nextLineStart >= this.input.length || this.indentationAfter(this.nextLineStart) < indent);
};
LooseParser.prototype.tokenStartsLine = function tokenStartsLine() {
  for (var p2 = this.tok.start - 1; p2 >= this.curLineStart; --p2) {
    var ch = this.input.charCodeAt(p2);
    if (ch !== 9 && ch !== 32) {
      return false;
    }
  }
  return true;
};
LooseParser.prototype.extend = function extend2(name, f2) {
  this[name] = f2(this[name]);
};
LooseParser.prototype.parse = function parse4() {
  this.next();
  return this.parseTopLevel();
};
LooseParser.extend = function extend3() {
  var plugins = [], len = arguments.length;
  while (len--) plugins[len] = arguments[len];
  var cls = this;
  for (var i2 = 0; i2 < plugins.length; i2++) {
    cls = plugins[i2](cls);
  }
  return cls;
};
LooseParser.parse = function parse5(input, options) {
  return new this(input, options).parse();
};
LooseParser.BaseParser = Parser;
var lp$2 = LooseParser.prototype;
function isSpace(ch) {
  return ch < 14 && ch > 8 || ch === 32 || ch === 160 || isNewLine(ch);
}
lp$2.next = function() {
  this.last = this.tok;
  if (this.ahead.length) {
    this.tok = this.ahead.shift();
  } else {
    this.tok = this.readToken();
  }
  if (this.tok.start >= this.nextLineStart) {
    while (this.tok.start >= this.nextLineStart) {
      this.curLineStart = this.nextLineStart;
      this.nextLineStart = this.lineEnd(this.curLineStart) + 1;
    }
    this.curIndent = this.indentationAfter(this.curLineStart);
  }
};
lp$2.readToken = function() {
  for (; ; ) {
    try {
      this.toks.next();
      if (this.toks.type === types$1.dot && this.input.substr(this.toks.end, 1) === "." && this.options.ecmaVersion >= 6) {
        this.toks.end++;
        this.toks.type = types$1.ellipsis;
      }
      return new Token(this.toks);
    } catch (e) {
      if (!(e instanceof SyntaxError)) {
        throw e;
      }
      var msg = e.message, pos = e.raisedAt, replace = true;
      if (/unterminated/i.test(msg)) {
        pos = this.lineEnd(e.pos + 1);
        if (/string/.test(msg)) {
          replace = { start: e.pos, end: pos, type: types$1.string, value: this.input.slice(e.pos + 1, pos) };
        } else if (/regular expr/i.test(msg)) {
          var re2 = this.input.slice(e.pos, pos);
          try {
            re2 = new RegExp(re2);
          } catch (e$1) {
          }
          replace = { start: e.pos, end: pos, type: types$1.regexp, value: re2 };
        } else if (/template/.test(msg)) {
          replace = {
            start: e.pos,
            end: pos,
            type: types$1.template,
            value: this.input.slice(e.pos, pos)
          };
        } else {
          replace = false;
        }
      } else if (/invalid (unicode|regexp|number)|expecting unicode|octal literal|is reserved|directly after number|expected number in radix|numeric separator/i.test(msg)) {
        while (pos < this.input.length && !isSpace(this.input.charCodeAt(pos))) {
          ++pos;
        }
      } else if (/character escape|expected hexadecimal/i.test(msg)) {
        while (pos < this.input.length) {
          var ch = this.input.charCodeAt(pos++);
          if (ch === 34 || ch === 39 || isNewLine(ch)) {
            break;
          }
        }
      } else if (/unexpected character/i.test(msg)) {
        pos++;
        replace = false;
      } else if (/regular expression/i.test(msg)) {
        replace = true;
      } else {
        throw e;
      }
      this.resetTo(pos);
      if (replace === true) {
        replace = { start: pos, end: pos, type: types$1.name, value: dummyValue };
      }
      if (replace) {
        if (this.options.locations) {
          replace.loc = new SourceLocation(
            this.toks,
            getLineInfo(this.input, replace.start),
            getLineInfo(this.input, replace.end)
          );
        }
        return replace;
      }
    }
  }
};
lp$2.resetTo = function(pos) {
  this.toks.pos = pos;
  this.toks.containsEsc = false;
  var ch = this.input.charAt(pos - 1);
  this.toks.exprAllowed = !ch || /[[{(,;:?/*=+\-~!|&%^<>]/.test(ch) || /[enwfd]/.test(ch) && /\b(case|else|return|throw|new|in|(instance|type)?of|delete|void)$/.test(this.input.slice(pos - 10, pos));
  if (this.options.locations) {
    this.toks.curLine = 1;
    this.toks.lineStart = lineBreakG.lastIndex = 0;
    var match;
    while ((match = lineBreakG.exec(this.input)) && match.index < pos) {
      ++this.toks.curLine;
      this.toks.lineStart = match.index + match[0].length;
    }
  }
};
lp$2.lookAhead = function(n) {
  while (n > this.ahead.length) {
    this.ahead.push(this.readToken());
  }
  return this.ahead[n - 1];
};
var lp$1 = LooseParser.prototype;
lp$1.parseTopLevel = function() {
  var node = this.startNodeAt(this.options.locations ? [0, getLineInfo(this.input, 0)] : 0);
  node.body = [];
  while (this.tok.type !== types$1.eof) {
    node.body.push(this.parseStatement());
  }
  this.toks.adaptDirectivePrologue(node.body);
  this.last = this.tok;
  node.sourceType = this.options.sourceType === "commonjs" ? "script" : this.options.sourceType;
  return this.finishNode(node, "Program");
};
lp$1.parseStatement = function() {
  var starttype = this.tok.type, node = this.startNode(), kind;
  if (this.toks.isLet()) {
    starttype = types$1._var;
    kind = "let";
  }
  switch (starttype) {
    case types$1._break:
    case types$1._continue:
      this.next();
      var isBreak = starttype === types$1._break;
      if (this.semicolon() || this.canInsertSemicolon()) {
        node.label = null;
      } else {
        node.label = this.tok.type === types$1.name ? this.parseIdent() : null;
        this.semicolon();
      }
      return this.finishNode(node, isBreak ? "BreakStatement" : "ContinueStatement");
    case types$1._debugger:
      this.next();
      this.semicolon();
      return this.finishNode(node, "DebuggerStatement");
    case types$1._do:
      this.next();
      node.body = this.parseStatement();
      node.test = this.eat(types$1._while) ? this.parseParenExpression() : this.dummyIdent();
      this.semicolon();
      return this.finishNode(node, "DoWhileStatement");
    case types$1._for:
      this.next();
      var isAwait = this.options.ecmaVersion >= 9 && this.eatContextual("await");
      this.pushCx();
      this.expect(types$1.parenL);
      if (this.tok.type === types$1.semi) {
        return this.parseFor(node, null);
      }
      var isLet = this.toks.isLet();
      var isAwaitUsing = this.toks.isAwaitUsing(true);
      var isUsing = !isAwaitUsing && this.toks.isUsing(true);
      if (isLet || this.tok.type === types$1._var || this.tok.type === types$1._const || isUsing || isAwaitUsing) {
        var kind$1 = isLet ? "let" : isUsing ? "using" : isAwaitUsing ? "await using" : this.tok.value;
        var init$1 = this.startNode();
        if (isUsing || isAwaitUsing) {
          if (isAwaitUsing) {
            this.next();
          }
          this.parseVar(init$1, true, kind$1);
        } else {
          init$1 = this.parseVar(init$1, true, kind$1);
        }
        if (init$1.declarations.length === 1 && (this.tok.type === types$1._in || this.isContextual("of"))) {
          if (this.options.ecmaVersion >= 9 && this.tok.type !== types$1._in) {
            node.await = isAwait;
          }
          return this.parseForIn(node, init$1);
        }
        return this.parseFor(node, init$1);
      }
      var init = this.parseExpression(true);
      if (this.tok.type === types$1._in || this.isContextual("of")) {
        if (this.options.ecmaVersion >= 9 && this.tok.type !== types$1._in) {
          node.await = isAwait;
        }
        return this.parseForIn(node, this.toAssignable(init));
      }
      return this.parseFor(node, init);
    case types$1._function:
      this.next();
      return this.parseFunction(node, true);
    case types$1._if:
      this.next();
      node.test = this.parseParenExpression();
      node.consequent = this.parseStatement();
      node.alternate = this.eat(types$1._else) ? this.parseStatement() : null;
      return this.finishNode(node, "IfStatement");
    case types$1._return:
      this.next();
      if (this.eat(types$1.semi) || this.canInsertSemicolon()) {
        node.argument = null;
      } else {
        node.argument = this.parseExpression();
        this.semicolon();
      }
      return this.finishNode(node, "ReturnStatement");
    case types$1._switch:
      var blockIndent = this.curIndent, line = this.curLineStart;
      this.next();
      node.discriminant = this.parseParenExpression();
      node.cases = [];
      this.pushCx();
      this.expect(types$1.braceL);
      var cur;
      while (!this.closes(types$1.braceR, blockIndent, line, true)) {
        if (this.tok.type === types$1._case || this.tok.type === types$1._default) {
          var isCase = this.tok.type === types$1._case;
          if (cur) {
            this.finishNode(cur, "SwitchCase");
          }
          node.cases.push(cur = this.startNode());
          cur.consequent = [];
          this.next();
          if (isCase) {
            cur.test = this.parseExpression();
          } else {
            cur.test = null;
          }
          this.expect(types$1.colon);
        } else {
          if (!cur) {
            node.cases.push(cur = this.startNode());
            cur.consequent = [];
            cur.test = null;
          }
          cur.consequent.push(this.parseStatement());
        }
      }
      if (cur) {
        this.finishNode(cur, "SwitchCase");
      }
      this.popCx();
      this.eat(types$1.braceR);
      return this.finishNode(node, "SwitchStatement");
    case types$1._throw:
      this.next();
      node.argument = this.parseExpression();
      this.semicolon();
      return this.finishNode(node, "ThrowStatement");
    case types$1._try:
      this.next();
      node.block = this.parseBlock();
      node.handler = null;
      if (this.tok.type === types$1._catch) {
        var clause = this.startNode();
        this.next();
        if (this.eat(types$1.parenL)) {
          clause.param = this.toAssignable(this.parseExprAtom(), true);
          this.expect(types$1.parenR);
        } else {
          clause.param = null;
        }
        clause.body = this.parseBlock();
        node.handler = this.finishNode(clause, "CatchClause");
      }
      node.finalizer = this.eat(types$1._finally) ? this.parseBlock() : null;
      if (!node.handler && !node.finalizer) {
        return node.block;
      }
      return this.finishNode(node, "TryStatement");
    case types$1._var:
    case types$1._const:
      return this.parseVar(node, false, kind || this.tok.value);
    case types$1._while:
      this.next();
      node.test = this.parseParenExpression();
      node.body = this.parseStatement();
      return this.finishNode(node, "WhileStatement");
    case types$1._with:
      this.next();
      node.object = this.parseParenExpression();
      node.body = this.parseStatement();
      return this.finishNode(node, "WithStatement");
    case types$1.braceL:
      return this.parseBlock();
    case types$1.semi:
      this.next();
      return this.finishNode(node, "EmptyStatement");
    case types$1._class:
      return this.parseClass(true);
    case types$1._import:
      if (this.options.ecmaVersion > 10) {
        var nextType = this.lookAhead(1).type;
        if (nextType === types$1.parenL || nextType === types$1.dot) {
          node.expression = this.parseExpression();
          this.semicolon();
          return this.finishNode(node, "ExpressionStatement");
        }
      }
      return this.parseImport();
    case types$1._export:
      return this.parseExport();
    default:
      if (this.toks.isAsyncFunction()) {
        this.next();
        this.next();
        return this.parseFunction(node, true, true);
      }
      if (this.toks.isUsing(false)) {
        return this.parseVar(node, false, "using");
      }
      if (this.toks.isAwaitUsing(false)) {
        this.next();
        return this.parseVar(node, false, "await using");
      }
      var expr = this.parseExpression();
      if (isDummy(expr)) {
        this.next();
        if (this.tok.type === types$1.eof) {
          return this.finishNode(node, "EmptyStatement");
        }
        return this.parseStatement();
      } else if (starttype === types$1.name && expr.type === "Identifier" && this.eat(types$1.colon)) {
        node.body = this.parseStatement();
        node.label = expr;
        return this.finishNode(node, "LabeledStatement");
      } else {
        node.expression = expr;
        this.semicolon();
        return this.finishNode(node, "ExpressionStatement");
      }
  }
};
lp$1.parseBlock = function() {
  var node = this.startNode();
  this.pushCx();
  this.expect(types$1.braceL);
  var blockIndent = this.curIndent, line = this.curLineStart;
  node.body = [];
  while (!this.closes(types$1.braceR, blockIndent, line, true)) {
    node.body.push(this.parseStatement());
  }
  this.popCx();
  this.eat(types$1.braceR);
  return this.finishNode(node, "BlockStatement");
};
lp$1.parseFor = function(node, init) {
  node.init = init;
  node.test = node.update = null;
  if (this.eat(types$1.semi) && this.tok.type !== types$1.semi) {
    node.test = this.parseExpression();
  }
  if (this.eat(types$1.semi) && this.tok.type !== types$1.parenR) {
    node.update = this.parseExpression();
  }
  this.popCx();
  this.expect(types$1.parenR);
  node.body = this.parseStatement();
  return this.finishNode(node, "ForStatement");
};
lp$1.parseForIn = function(node, init) {
  var type = this.tok.type === types$1._in ? "ForInStatement" : "ForOfStatement";
  this.next();
  node.left = init;
  node.right = this.parseExpression();
  this.popCx();
  this.expect(types$1.parenR);
  node.body = this.parseStatement();
  return this.finishNode(node, type);
};
lp$1.parseVar = function(node, noIn, kind) {
  node.kind = kind;
  this.next();
  node.declarations = [];
  do {
    var decl = this.startNode();
    decl.id = this.options.ecmaVersion >= 6 ? this.toAssignable(this.parseExprAtom(), true) : this.parseIdent();
    decl.init = this.eat(types$1.eq) ? this.parseMaybeAssign(noIn) : null;
    node.declarations.push(this.finishNode(decl, "VariableDeclarator"));
  } while (this.eat(types$1.comma));
  if (!node.declarations.length) {
    var decl$1 = this.startNode();
    decl$1.id = this.dummyIdent();
    node.declarations.push(this.finishNode(decl$1, "VariableDeclarator"));
  }
  if (!noIn) {
    this.semicolon();
  }
  return this.finishNode(node, "VariableDeclaration");
};
lp$1.parseClass = function(isStatement) {
  var node = this.startNode();
  this.next();
  if (this.tok.type === types$1.name) {
    node.id = this.parseIdent();
  } else if (isStatement === true) {
    node.id = this.dummyIdent();
  } else {
    node.id = null;
  }
  node.superClass = this.eat(types$1._extends) ? this.parseExpression() : null;
  node.body = this.startNode();
  node.body.body = [];
  this.pushCx();
  var indent = this.curIndent + 1, line = this.curLineStart;
  this.eat(types$1.braceL);
  if (this.curIndent + 1 < indent) {
    indent = this.curIndent;
    line = this.curLineStart;
  }
  while (!this.closes(types$1.braceR, indent, line)) {
    var element = this.parseClassElement();
    if (element) {
      node.body.body.push(element);
    }
  }
  this.popCx();
  if (!this.eat(types$1.braceR)) {
    this.last.end = this.tok.start;
    if (this.options.locations) {
      this.last.loc.end = this.tok.loc.start;
    }
  }
  this.semicolon();
  this.finishNode(node.body, "ClassBody");
  return this.finishNode(node, isStatement ? "ClassDeclaration" : "ClassExpression");
};
lp$1.parseClassElement = function() {
  if (this.eat(types$1.semi)) {
    return null;
  }
  var ref2 = this.options;
  var ecmaVersion2 = ref2.ecmaVersion;
  var locations = ref2.locations;
  var indent = this.curIndent;
  var line = this.curLineStart;
  var node = this.startNode();
  var keyName = "";
  var isGenerator = false;
  var isAsync = false;
  var kind = "method";
  var isStatic = false;
  if (this.eatContextual("static")) {
    if (ecmaVersion2 >= 13 && this.eat(types$1.braceL)) {
      this.parseClassStaticBlock(node);
      return node;
    }
    if (this.isClassElementNameStart() || this.toks.type === types$1.star) {
      isStatic = true;
    } else {
      keyName = "static";
    }
  }
  node.static = isStatic;
  if (!keyName && ecmaVersion2 >= 8 && this.eatContextual("async")) {
    if ((this.isClassElementNameStart() || this.toks.type === types$1.star) && !this.canInsertSemicolon()) {
      isAsync = true;
    } else {
      keyName = "async";
    }
  }
  if (!keyName) {
    isGenerator = this.eat(types$1.star);
    var lastValue = this.toks.value;
    if (this.eatContextual("get") || this.eatContextual("set")) {
      if (this.isClassElementNameStart()) {
        kind = lastValue;
      } else {
        keyName = lastValue;
      }
    }
  }
  if (keyName) {
    node.computed = false;
    node.key = this.startNodeAt(locations ? [this.toks.lastTokStart, this.toks.lastTokStartLoc] : this.toks.lastTokStart);
    node.key.name = keyName;
    this.finishNode(node.key, "Identifier");
  } else {
    this.parseClassElementName(node);
    if (isDummy(node.key)) {
      if (isDummy(this.parseMaybeAssign())) {
        this.next();
      }
      this.eat(types$1.comma);
      return null;
    }
  }
  if (ecmaVersion2 < 13 || this.toks.type === types$1.parenL || kind !== "method" || isGenerator || isAsync) {
    var isConstructor = !node.computed && !node.static && !isGenerator && !isAsync && kind === "method" && (node.key.type === "Identifier" && node.key.name === "constructor" || node.key.type === "Literal" && node.key.value === "constructor");
    node.kind = isConstructor ? "constructor" : kind;
    node.value = this.parseMethod(isGenerator, isAsync);
    this.finishNode(node, "MethodDefinition");
  } else {
    if (this.eat(types$1.eq)) {
      if (this.curLineStart !== line && this.curIndent <= indent && this.tokenStartsLine()) {
        node.value = null;
      } else {
        var oldInAsync = this.inAsync;
        var oldInGenerator = this.inGenerator;
        this.inAsync = false;
        this.inGenerator = false;
        node.value = this.parseMaybeAssign();
        this.inAsync = oldInAsync;
        this.inGenerator = oldInGenerator;
      }
    } else {
      node.value = null;
    }
    this.semicolon();
    this.finishNode(node, "PropertyDefinition");
  }
  return node;
};
lp$1.parseClassStaticBlock = function(node) {
  var blockIndent = this.curIndent, line = this.curLineStart;
  node.body = [];
  this.pushCx();
  while (!this.closes(types$1.braceR, blockIndent, line, true)) {
    node.body.push(this.parseStatement());
  }
  this.popCx();
  this.eat(types$1.braceR);
  return this.finishNode(node, "StaticBlock");
};
lp$1.isClassElementNameStart = function() {
  return this.toks.isClassElementNameStart();
};
lp$1.parseClassElementName = function(element) {
  if (this.toks.type === types$1.privateId) {
    element.computed = false;
    element.key = this.parsePrivateIdent();
  } else {
    this.parsePropertyName(element);
  }
};
lp$1.parseFunction = function(node, isStatement, isAsync) {
  var oldInAsync = this.inAsync, oldInGenerator = this.inGenerator, oldInFunction = this.inFunction;
  this.initFunction(node);
  if (this.options.ecmaVersion >= 6) {
    node.generator = this.eat(types$1.star);
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  if (this.tok.type === types$1.name) {
    node.id = this.parseIdent();
  } else if (isStatement === true) {
    node.id = this.dummyIdent();
  }
  this.inAsync = node.async;
  this.inGenerator = node.generator;
  this.inFunction = true;
  node.params = this.parseFunctionParams();
  node.body = this.parseBlock();
  this.toks.adaptDirectivePrologue(node.body.body);
  this.inAsync = oldInAsync;
  this.inGenerator = oldInGenerator;
  this.inFunction = oldInFunction;
  return this.finishNode(node, isStatement ? "FunctionDeclaration" : "FunctionExpression");
};
lp$1.parseExport = function() {
  var node = this.startNode();
  this.next();
  if (this.eat(types$1.star)) {
    if (this.options.ecmaVersion >= 11) {
      if (this.eatContextual("as")) {
        node.exported = this.parseExprAtom();
      } else {
        node.exported = null;
      }
    }
    node.source = this.eatContextual("from") ? this.parseExprAtom() : this.dummyString();
    if (this.options.ecmaVersion >= 16) {
      node.attributes = this.parseWithClause();
    }
    this.semicolon();
    return this.finishNode(node, "ExportAllDeclaration");
  }
  if (this.eat(types$1._default)) {
    var isAsync;
    if (this.tok.type === types$1._function || (isAsync = this.toks.isAsyncFunction())) {
      var fNode = this.startNode();
      this.next();
      if (isAsync) {
        this.next();
      }
      node.declaration = this.parseFunction(fNode, "nullableID", isAsync);
    } else if (this.tok.type === types$1._class) {
      node.declaration = this.parseClass("nullableID");
    } else {
      node.declaration = this.parseMaybeAssign();
      this.semicolon();
    }
    return this.finishNode(node, "ExportDefaultDeclaration");
  }
  if (this.tok.type.keyword || this.toks.isLet() || this.toks.isAsyncFunction()) {
    node.declaration = this.parseStatement();
    node.specifiers = [];
    node.source = null;
  } else {
    node.declaration = null;
    node.specifiers = this.parseExportSpecifierList();
    node.source = this.eatContextual("from") ? this.parseExprAtom() : null;
    if (this.options.ecmaVersion >= 16) {
      node.attributes = this.parseWithClause();
    }
    this.semicolon();
  }
  return this.finishNode(node, "ExportNamedDeclaration");
};
lp$1.parseImport = function() {
  var node = this.startNode();
  this.next();
  if (this.tok.type === types$1.string) {
    node.specifiers = [];
    node.source = this.parseExprAtom();
  } else {
    var elt;
    if (this.tok.type === types$1.name && this.tok.value !== "from") {
      elt = this.startNode();
      elt.local = this.parseIdent();
      this.finishNode(elt, "ImportDefaultSpecifier");
      this.eat(types$1.comma);
    }
    node.specifiers = this.parseImportSpecifiers();
    node.source = this.eatContextual("from") && this.tok.type === types$1.string ? this.parseExprAtom() : this.dummyString();
    if (elt) {
      node.specifiers.unshift(elt);
    }
  }
  if (this.options.ecmaVersion >= 16) {
    node.attributes = this.parseWithClause();
  }
  this.semicolon();
  return this.finishNode(node, "ImportDeclaration");
};
lp$1.parseImportSpecifiers = function() {
  var elts = [];
  if (this.tok.type === types$1.star) {
    var elt = this.startNode();
    this.next();
    elt.local = this.eatContextual("as") ? this.parseIdent() : this.dummyIdent();
    elts.push(this.finishNode(elt, "ImportNamespaceSpecifier"));
  } else {
    var indent = this.curIndent, line = this.curLineStart, continuedLine = this.nextLineStart;
    this.pushCx();
    this.eat(types$1.braceL);
    if (this.curLineStart > continuedLine) {
      continuedLine = this.curLineStart;
    }
    while (!this.closes(types$1.braceR, indent + (this.curLineStart <= continuedLine ? 1 : 0), line)) {
      var elt$1 = this.startNode();
      if (this.eat(types$1.star)) {
        elt$1.local = this.eatContextual("as") ? this.parseModuleExportName() : this.dummyIdent();
        this.finishNode(elt$1, "ImportNamespaceSpecifier");
      } else {
        if (this.isContextual("from")) {
          break;
        }
        elt$1.imported = this.parseModuleExportName();
        if (isDummy(elt$1.imported)) {
          break;
        }
        elt$1.local = this.eatContextual("as") ? this.parseModuleExportName() : elt$1.imported;
        this.finishNode(elt$1, "ImportSpecifier");
      }
      elts.push(elt$1);
      this.eat(types$1.comma);
    }
    this.eat(types$1.braceR);
    this.popCx();
  }
  return elts;
};
lp$1.parseWithClause = function() {
  var nodes = [];
  if (!this.eat(types$1._with)) {
    return nodes;
  }
  var indent = this.curIndent, line = this.curLineStart, continuedLine = this.nextLineStart;
  this.pushCx();
  this.eat(types$1.braceL);
  if (this.curLineStart > continuedLine) {
    continuedLine = this.curLineStart;
  }
  while (!this.closes(types$1.braceR, indent + (this.curLineStart <= continuedLine ? 1 : 0), line)) {
    var attr = this.startNode();
    attr.key = this.tok.type === types$1.string ? this.parseExprAtom() : this.parseIdent();
    if (this.eat(types$1.colon)) {
      if (this.tok.type === types$1.string) {
        attr.value = this.parseExprAtom();
      } else {
        attr.value = this.dummyString();
      }
    } else {
      if (isDummy(attr.key)) {
        break;
      }
      if (this.tok.type === types$1.string) {
        attr.value = this.parseExprAtom();
      } else {
        break;
      }
    }
    nodes.push(this.finishNode(attr, "ImportAttribute"));
    this.eat(types$1.comma);
  }
  this.eat(types$1.braceR);
  this.popCx();
  return nodes;
};
lp$1.parseExportSpecifierList = function() {
  var elts = [];
  var indent = this.curIndent, line = this.curLineStart, continuedLine = this.nextLineStart;
  this.pushCx();
  this.eat(types$1.braceL);
  if (this.curLineStart > continuedLine) {
    continuedLine = this.curLineStart;
  }
  while (!this.closes(types$1.braceR, indent + (this.curLineStart <= continuedLine ? 1 : 0), line)) {
    if (this.isContextual("from")) {
      break;
    }
    var elt = this.startNode();
    elt.local = this.parseModuleExportName();
    if (isDummy(elt.local)) {
      break;
    }
    elt.exported = this.eatContextual("as") ? this.parseModuleExportName() : elt.local;
    this.finishNode(elt, "ExportSpecifier");
    elts.push(elt);
    this.eat(types$1.comma);
  }
  this.eat(types$1.braceR);
  this.popCx();
  return elts;
};
lp$1.parseModuleExportName = function() {
  return this.options.ecmaVersion >= 13 && this.tok.type === types$1.string ? this.parseExprAtom() : this.parseIdent();
};
var lp = LooseParser.prototype;
lp.checkLVal = function(expr) {
  if (!expr) {
    return expr;
  }
  switch (expr.type) {
    case "Identifier":
    case "MemberExpression":
      return expr;
    case "ParenthesizedExpression":
      expr.expression = this.checkLVal(expr.expression);
      return expr;
    default:
      return this.dummyIdent();
  }
};
lp.parseExpression = function(noIn) {
  var start = this.storeCurrentPos();
  var expr = this.parseMaybeAssign(noIn);
  if (this.tok.type === types$1.comma) {
    var node = this.startNodeAt(start);
    node.expressions = [expr];
    while (this.eat(types$1.comma)) {
      node.expressions.push(this.parseMaybeAssign(noIn));
    }
    return this.finishNode(node, "SequenceExpression");
  }
  return expr;
};
lp.parseParenExpression = function() {
  this.pushCx();
  this.expect(types$1.parenL);
  var val = this.parseExpression();
  this.popCx();
  this.expect(types$1.parenR);
  return val;
};
lp.parseMaybeAssign = function(noIn) {
  if (this.inGenerator && this.toks.isContextual("yield")) {
    var node = this.startNode();
    this.next();
    if (this.semicolon() || this.canInsertSemicolon() || this.tok.type !== types$1.star && !this.tok.type.startsExpr) {
      node.delegate = false;
      node.argument = null;
    } else {
      node.delegate = this.eat(types$1.star);
      node.argument = this.parseMaybeAssign();
    }
    return this.finishNode(node, "YieldExpression");
  }
  var start = this.storeCurrentPos();
  var left = this.parseMaybeConditional(noIn);
  if (this.tok.type.isAssign) {
    var node$1 = this.startNodeAt(start);
    node$1.operator = this.tok.value;
    node$1.left = this.tok.type === types$1.eq ? this.toAssignable(left) : this.checkLVal(left);
    this.next();
    node$1.right = this.parseMaybeAssign(noIn);
    return this.finishNode(node$1, "AssignmentExpression");
  }
  return left;
};
lp.parseMaybeConditional = function(noIn) {
  var start = this.storeCurrentPos();
  var expr = this.parseExprOps(noIn);
  if (this.eat(types$1.question)) {
    var node = this.startNodeAt(start);
    node.test = expr;
    node.consequent = this.parseMaybeAssign();
    node.alternate = this.expect(types$1.colon) ? this.parseMaybeAssign(noIn) : this.dummyIdent();
    return this.finishNode(node, "ConditionalExpression");
  }
  return expr;
};
lp.parseExprOps = function(noIn) {
  var start = this.storeCurrentPos();
  var indent = this.curIndent, line = this.curLineStart;
  return this.parseExprOp(this.parseMaybeUnary(false), start, -1, noIn, indent, line);
};
lp.parseExprOp = function(left, start, minPrec, noIn, indent, line) {
  if (this.curLineStart !== line && this.curIndent < indent && this.tokenStartsLine()) {
    return left;
  }
  var prec = this.tok.type.binop;
  if (prec != null && (!noIn || this.tok.type !== types$1._in)) {
    if (prec > minPrec) {
      var node = this.startNodeAt(start);
      node.left = left;
      node.operator = this.tok.value;
      this.next();
      if (this.curLineStart !== line && this.curIndent < indent && this.tokenStartsLine()) {
        node.right = this.dummyIdent();
      } else {
        var rightStart = this.storeCurrentPos();
        node.right = this.parseExprOp(this.parseMaybeUnary(false), rightStart, prec, noIn, indent, line);
      }
      this.finishNode(node, /&&|\|\||\?\?/.test(node.operator) ? "LogicalExpression" : "BinaryExpression");
      return this.parseExprOp(node, start, minPrec, noIn, indent, line);
    }
  }
  return left;
};
lp.parseMaybeUnary = function(sawUnary) {
  var start = this.storeCurrentPos(), expr;
  if (this.options.ecmaVersion >= 8 && this.toks.isContextual("await") && (this.inAsync || this.toks.inModule && this.options.ecmaVersion >= 13 || !this.inFunction && this.options.allowAwaitOutsideFunction)) {
    expr = this.parseAwait();
    sawUnary = true;
  } else if (this.tok.type.prefix) {
    var node = this.startNode(), update = this.tok.type === types$1.incDec;
    if (!update) {
      sawUnary = true;
    }
    node.operator = this.tok.value;
    node.prefix = true;
    this.next();
    node.argument = this.parseMaybeUnary(true);
    if (update) {
      node.argument = this.checkLVal(node.argument);
    }
    expr = this.finishNode(node, update ? "UpdateExpression" : "UnaryExpression");
  } else if (this.tok.type === types$1.ellipsis) {
    var node$1 = this.startNode();
    this.next();
    node$1.argument = this.parseMaybeUnary(sawUnary);
    expr = this.finishNode(node$1, "SpreadElement");
  } else if (!sawUnary && this.tok.type === types$1.privateId) {
    expr = this.parsePrivateIdent();
  } else {
    expr = this.parseExprSubscripts();
    while (this.tok.type.postfix && !this.canInsertSemicolon()) {
      var node$2 = this.startNodeAt(start);
      node$2.operator = this.tok.value;
      node$2.prefix = false;
      node$2.argument = this.checkLVal(expr);
      this.next();
      expr = this.finishNode(node$2, "UpdateExpression");
    }
  }
  if (!sawUnary && this.eat(types$1.starstar)) {
    var node$3 = this.startNodeAt(start);
    node$3.operator = "**";
    node$3.left = expr;
    node$3.right = this.parseMaybeUnary(false);
    return this.finishNode(node$3, "BinaryExpression");
  }
  return expr;
};
lp.parseExprSubscripts = function() {
  var start = this.storeCurrentPos();
  return this.parseSubscripts(this.parseExprAtom(), start, false, this.curIndent, this.curLineStart);
};
lp.parseSubscripts = function(base2, start, noCalls, startIndent, line) {
  var optionalSupported = this.options.ecmaVersion >= 11;
  var optionalChained = false;
  for (; ; ) {
    if (this.curLineStart !== line && this.curIndent <= startIndent && this.tokenStartsLine()) {
      if (this.tok.type === types$1.dot && this.curIndent === startIndent) {
        --startIndent;
      } else {
        break;
      }
    }
    var maybeAsyncArrow = base2.type === "Identifier" && base2.name === "async" && !this.canInsertSemicolon();
    var optional = optionalSupported && this.eat(types$1.questionDot);
    if (optional) {
      optionalChained = true;
    }
    if (optional && this.tok.type !== types$1.parenL && this.tok.type !== types$1.bracketL && this.tok.type !== types$1.backQuote || this.eat(types$1.dot)) {
      var node = this.startNodeAt(start);
      node.object = base2;
      if (this.curLineStart !== line && this.curIndent <= startIndent && this.tokenStartsLine()) {
        node.property = this.dummyIdent();
      } else {
        node.property = this.parsePropertyAccessor() || this.dummyIdent();
      }
      node.computed = false;
      if (optionalSupported) {
        node.optional = optional;
      }
      base2 = this.finishNode(node, "MemberExpression");
    } else if (this.tok.type === types$1.bracketL) {
      this.pushCx();
      this.next();
      var node$1 = this.startNodeAt(start);
      node$1.object = base2;
      node$1.property = this.parseExpression();
      node$1.computed = true;
      if (optionalSupported) {
        node$1.optional = optional;
      }
      this.popCx();
      this.expect(types$1.bracketR);
      base2 = this.finishNode(node$1, "MemberExpression");
    } else if (!noCalls && this.tok.type === types$1.parenL) {
      var exprList = this.parseExprList(types$1.parenR);
      if (maybeAsyncArrow && this.eat(types$1.arrow)) {
        return this.parseArrowExpression(this.startNodeAt(start), exprList, true);
      }
      var node$2 = this.startNodeAt(start);
      node$2.callee = base2;
      node$2.arguments = exprList;
      if (optionalSupported) {
        node$2.optional = optional;
      }
      base2 = this.finishNode(node$2, "CallExpression");
    } else if (this.tok.type === types$1.backQuote) {
      var node$3 = this.startNodeAt(start);
      node$3.tag = base2;
      node$3.quasi = this.parseTemplate();
      base2 = this.finishNode(node$3, "TaggedTemplateExpression");
    } else {
      break;
    }
  }
  if (optionalChained) {
    var chainNode = this.startNodeAt(start);
    chainNode.expression = base2;
    base2 = this.finishNode(chainNode, "ChainExpression");
  }
  return base2;
};
lp.parseExprAtom = function() {
  var node;
  switch (this.tok.type) {
    case types$1._this:
    case types$1._super:
      var type = this.tok.type === types$1._this ? "ThisExpression" : "Super";
      node = this.startNode();
      this.next();
      return this.finishNode(node, type);
    case types$1.name:
      var start = this.storeCurrentPos();
      var id = this.parseIdent();
      var isAsync = false;
      if (id.name === "async" && !this.canInsertSemicolon()) {
        if (this.eat(types$1._function)) {
          this.toks.overrideContext(types.f_expr);
          return this.parseFunction(this.startNodeAt(start), false, true);
        }
        if (this.tok.type === types$1.name) {
          id = this.parseIdent();
          isAsync = true;
        }
      }
      return this.eat(types$1.arrow) ? this.parseArrowExpression(this.startNodeAt(start), [id], isAsync) : id;
    case types$1.regexp:
      node = this.startNode();
      var val = this.tok.value;
      node.regex = { pattern: val.pattern, flags: val.flags };
      node.value = val.value;
      node.raw = this.input.slice(this.tok.start, this.tok.end);
      this.next();
      return this.finishNode(node, "Literal");
    case types$1.num:
    case types$1.string:
      node = this.startNode();
      node.value = this.tok.value;
      node.raw = this.input.slice(this.tok.start, this.tok.end);
      if (this.tok.type === types$1.num && node.raw.charCodeAt(node.raw.length - 1) === 110) {
        node.bigint = node.value != null ? node.value.toString() : node.raw.slice(0, -1).replace(/_/g, "");
      }
      this.next();
      return this.finishNode(node, "Literal");
    case types$1._null:
    case types$1._true:
    case types$1._false:
      node = this.startNode();
      node.value = this.tok.type === types$1._null ? null : this.tok.type === types$1._true;
      node.raw = this.tok.type.keyword;
      this.next();
      return this.finishNode(node, "Literal");
    case types$1.parenL:
      var parenStart = this.storeCurrentPos();
      this.next();
      var inner = this.parseExpression();
      this.expect(types$1.parenR);
      if (this.eat(types$1.arrow)) {
        var params = inner.expressions || [inner];
        if (params.length && isDummy(params[params.length - 1])) {
          params.pop();
        }
        return this.parseArrowExpression(this.startNodeAt(parenStart), params);
      }
      if (this.options.preserveParens) {
        var par = this.startNodeAt(parenStart);
        par.expression = inner;
        inner = this.finishNode(par, "ParenthesizedExpression");
      }
      return inner;
    case types$1.bracketL:
      node = this.startNode();
      node.elements = this.parseExprList(types$1.bracketR, true);
      return this.finishNode(node, "ArrayExpression");
    case types$1.braceL:
      this.toks.overrideContext(types.b_expr);
      return this.parseObj();
    case types$1._class:
      return this.parseClass(false);
    case types$1._function:
      node = this.startNode();
      this.next();
      return this.parseFunction(node, false);
    case types$1._new:
      return this.parseNew();
    case types$1.backQuote:
      return this.parseTemplate();
    case types$1._import:
      if (this.options.ecmaVersion >= 11) {
        return this.parseExprImport();
      } else {
        return this.dummyIdent();
      }
    default:
      return this.dummyIdent();
  }
};
lp.parseExprImport = function() {
  var node = this.startNode();
  var meta = this.parseIdent(true);
  switch (this.tok.type) {
    case types$1.parenL:
      return this.parseDynamicImport(node);
    case types$1.dot:
      node.meta = meta;
      return this.parseImportMeta(node);
    default:
      node.name = "import";
      return this.finishNode(node, "Identifier");
  }
};
lp.parseDynamicImport = function(node) {
  var list2 = this.parseExprList(types$1.parenR);
  node.source = list2[0] || this.dummyString();
  node.options = list2[1] || null;
  return this.finishNode(node, "ImportExpression");
};
lp.parseImportMeta = function(node) {
  this.next();
  node.property = this.parseIdent(true);
  return this.finishNode(node, "MetaProperty");
};
lp.parseNew = function() {
  var node = this.startNode(), startIndent = this.curIndent, line = this.curLineStart;
  var meta = this.parseIdent(true);
  if (this.options.ecmaVersion >= 6 && this.eat(types$1.dot)) {
    node.meta = meta;
    node.property = this.parseIdent(true);
    return this.finishNode(node, "MetaProperty");
  }
  var start = this.storeCurrentPos();
  node.callee = this.parseSubscripts(this.parseExprAtom(), start, true, startIndent, line);
  if (this.tok.type === types$1.parenL) {
    node.arguments = this.parseExprList(types$1.parenR);
  } else {
    node.arguments = [];
  }
  return this.finishNode(node, "NewExpression");
};
lp.parseTemplateElement = function() {
  var elem = this.startNode();
  if (this.tok.type === types$1.invalidTemplate) {
    elem.value = {
      raw: this.tok.value,
      cooked: null
    };
  } else {
    elem.value = {
      raw: this.input.slice(this.tok.start, this.tok.end).replace(/\r\n?/g, "\n"),
      cooked: this.tok.value
    };
  }
  this.next();
  elem.tail = this.tok.type === types$1.backQuote;
  return this.finishNode(elem, "TemplateElement");
};
lp.parseTemplate = function() {
  var node = this.startNode();
  this.next();
  node.expressions = [];
  var curElt = this.parseTemplateElement();
  node.quasis = [curElt];
  while (!curElt.tail) {
    this.next();
    node.expressions.push(this.parseExpression());
    if (this.expect(types$1.braceR)) {
      curElt = this.parseTemplateElement();
    } else {
      curElt = this.startNode();
      curElt.value = { cooked: "", raw: "" };
      curElt.tail = true;
      this.finishNode(curElt, "TemplateElement");
    }
    node.quasis.push(curElt);
  }
  this.expect(types$1.backQuote);
  return this.finishNode(node, "TemplateLiteral");
};
lp.parseObj = function() {
  var node = this.startNode();
  node.properties = [];
  this.pushCx();
  var indent = this.curIndent + 1, line = this.curLineStart;
  this.eat(types$1.braceL);
  if (this.curIndent + 1 < indent) {
    indent = this.curIndent;
    line = this.curLineStart;
  }
  while (!this.closes(types$1.braceR, indent, line)) {
    var prop = this.startNode(), isGenerator = void 0, isAsync = void 0, start = void 0;
    if (this.options.ecmaVersion >= 9 && this.eat(types$1.ellipsis)) {
      prop.argument = this.parseMaybeAssign();
      node.properties.push(this.finishNode(prop, "SpreadElement"));
      this.eat(types$1.comma);
      continue;
    }
    if (this.options.ecmaVersion >= 6) {
      start = this.storeCurrentPos();
      prop.method = false;
      prop.shorthand = false;
      isGenerator = this.eat(types$1.star);
    }
    this.parsePropertyName(prop);
    if (this.toks.isAsyncProp(prop)) {
      isAsync = true;
      isGenerator = this.options.ecmaVersion >= 9 && this.eat(types$1.star);
      this.parsePropertyName(prop);
    } else {
      isAsync = false;
    }
    if (isDummy(prop.key)) {
      if (isDummy(this.parseMaybeAssign())) {
        this.next();
      }
      this.eat(types$1.comma);
      continue;
    }
    if (this.eat(types$1.colon)) {
      prop.kind = "init";
      prop.value = this.parseMaybeAssign();
    } else if (this.options.ecmaVersion >= 6 && (this.tok.type === types$1.parenL || this.tok.type === types$1.braceL)) {
      prop.kind = "init";
      prop.method = true;
      prop.value = this.parseMethod(isGenerator, isAsync);
    } else if (this.options.ecmaVersion >= 5 && prop.key.type === "Identifier" && !prop.computed && (prop.key.name === "get" || prop.key.name === "set") && (this.tok.type !== types$1.comma && this.tok.type !== types$1.braceR && this.tok.type !== types$1.eq)) {
      prop.kind = prop.key.name;
      this.parsePropertyName(prop);
      prop.value = this.parseMethod(false);
    } else {
      prop.kind = "init";
      if (this.options.ecmaVersion >= 6) {
        if (this.eat(types$1.eq)) {
          var assign = this.startNodeAt(start);
          assign.operator = "=";
          assign.left = prop.key;
          assign.right = this.parseMaybeAssign();
          prop.value = this.finishNode(assign, "AssignmentExpression");
        } else {
          prop.value = prop.key;
        }
      } else {
        prop.value = this.dummyIdent();
      }
      prop.shorthand = true;
    }
    node.properties.push(this.finishNode(prop, "Property"));
    this.eat(types$1.comma);
  }
  this.popCx();
  if (!this.eat(types$1.braceR)) {
    this.last.end = this.tok.start;
    if (this.options.locations) {
      this.last.loc.end = this.tok.loc.start;
    }
  }
  return this.finishNode(node, "ObjectExpression");
};
lp.parsePropertyName = function(prop) {
  if (this.options.ecmaVersion >= 6) {
    if (this.eat(types$1.bracketL)) {
      prop.computed = true;
      prop.key = this.parseExpression();
      this.expect(types$1.bracketR);
      return;
    } else {
      prop.computed = false;
    }
  }
  var key = this.tok.type === types$1.num || this.tok.type === types$1.string ? this.parseExprAtom() : this.parseIdent();
  prop.key = key || this.dummyIdent();
};
lp.parsePropertyAccessor = function() {
  if (this.tok.type === types$1.name || this.tok.type.keyword) {
    return this.parseIdent();
  }
  if (this.tok.type === types$1.privateId) {
    return this.parsePrivateIdent();
  }
};
lp.parseIdent = function() {
  var name = this.tok.type === types$1.name ? this.tok.value : this.tok.type.keyword;
  if (!name) {
    return this.dummyIdent();
  }
  if (this.tok.type.keyword) {
    this.toks.type = types$1.name;
  }
  var node = this.startNode();
  this.next();
  node.name = name;
  return this.finishNode(node, "Identifier");
};
lp.parsePrivateIdent = function() {
  var node = this.startNode();
  node.name = this.tok.value;
  this.next();
  return this.finishNode(node, "PrivateIdentifier");
};
lp.initFunction = function(node) {
  node.id = null;
  node.params = [];
  if (this.options.ecmaVersion >= 6) {
    node.generator = false;
    node.expression = false;
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = false;
  }
};
lp.toAssignable = function(node, binding) {
  if (!node || node.type === "Identifier" || node.type === "MemberExpression" && !binding) ;
  else if (node.type === "ParenthesizedExpression") {
    this.toAssignable(node.expression, binding);
  } else if (this.options.ecmaVersion < 6) {
    return this.dummyIdent();
  } else if (node.type === "ObjectExpression") {
    node.type = "ObjectPattern";
    for (var i2 = 0, list2 = node.properties; i2 < list2.length; i2 += 1) {
      var prop = list2[i2];
      this.toAssignable(prop, binding);
    }
  } else if (node.type === "ArrayExpression") {
    node.type = "ArrayPattern";
    this.toAssignableList(node.elements, binding);
  } else if (node.type === "Property") {
    this.toAssignable(node.value, binding);
  } else if (node.type === "SpreadElement") {
    node.type = "RestElement";
    this.toAssignable(node.argument, binding);
  } else if (node.type === "AssignmentExpression") {
    node.type = "AssignmentPattern";
    delete node.operator;
  } else {
    return this.dummyIdent();
  }
  return node;
};
lp.toAssignableList = function(exprList, binding) {
  for (var i2 = 0, list2 = exprList; i2 < list2.length; i2 += 1) {
    var expr = list2[i2];
    this.toAssignable(expr, binding);
  }
  return exprList;
};
lp.parseFunctionParams = function(params) {
  params = this.parseExprList(types$1.parenR);
  return this.toAssignableList(params, true);
};
lp.parseMethod = function(isGenerator, isAsync) {
  var node = this.startNode(), oldInAsync = this.inAsync, oldInGenerator = this.inGenerator, oldInFunction = this.inFunction;
  this.initFunction(node);
  if (this.options.ecmaVersion >= 6) {
    node.generator = !!isGenerator;
  }
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  this.inAsync = node.async;
  this.inGenerator = node.generator;
  this.inFunction = true;
  node.params = this.parseFunctionParams();
  node.body = this.parseBlock();
  this.toks.adaptDirectivePrologue(node.body.body);
  this.inAsync = oldInAsync;
  this.inGenerator = oldInGenerator;
  this.inFunction = oldInFunction;
  return this.finishNode(node, "FunctionExpression");
};
lp.parseArrowExpression = function(node, params, isAsync) {
  var oldInAsync = this.inAsync, oldInGenerator = this.inGenerator, oldInFunction = this.inFunction;
  this.initFunction(node);
  if (this.options.ecmaVersion >= 8) {
    node.async = !!isAsync;
  }
  this.inAsync = node.async;
  this.inGenerator = false;
  this.inFunction = true;
  node.params = this.toAssignableList(params, true);
  node.expression = this.tok.type !== types$1.braceL;
  if (node.expression) {
    node.body = this.parseMaybeAssign();
  } else {
    node.body = this.parseBlock();
    this.toks.adaptDirectivePrologue(node.body.body);
  }
  this.inAsync = oldInAsync;
  this.inGenerator = oldInGenerator;
  this.inFunction = oldInFunction;
  return this.finishNode(node, "ArrowFunctionExpression");
};
lp.parseExprList = function(close, allowEmpty) {
  this.pushCx();
  var indent = this.curIndent, line = this.curLineStart, elts = [];
  this.next();
  while (!this.closes(close, indent + 1, line)) {
    if (this.eat(types$1.comma)) {
      elts.push(allowEmpty ? null : this.dummyIdent());
      continue;
    }
    var elt = this.parseMaybeAssign();
    if (isDummy(elt)) {
      if (this.closes(close, indent, line)) {
        break;
      }
      this.next();
    } else {
      elts.push(elt);
    }
    this.eat(types$1.comma);
  }
  this.popCx();
  if (!this.eat(close)) {
    this.last.end = this.tok.start;
    if (this.options.locations) {
      this.last.loc.end = this.tok.loc.start;
    }
  }
  return elts;
};
lp.parseAwait = function() {
  var node = this.startNode();
  this.next();
  node.argument = this.parseMaybeUnary();
  return this.finishNode(node, "AwaitExpression");
};
defaultOptions.tabSize = 4;
function parse6(input, options) {
  return LooseParser.parse(input, options);
}

// src/checks/code/ast/js-ast.ts
var BASE = {
  ecmaVersion: "latest",
  allowHashBang: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowImportExportEverywhere: true,
  allowSuperOutsideMethod: true
};
var LOOKS_LIKE_MODULE = /^\s*(import\s*[\w{*'"]|export\s+[\w{*])/m;
function parseJs(text, tolerant = true) {
  const modes = LOOKS_LIKE_MODULE.test(text) ? ["module", "script"] : ["script", "module"];
  for (const sourceType of modes) {
    try {
      return { program: parse3(text, { ...BASE, sourceType }), loose: false };
    } catch {
    }
  }
  if (!tolerant) return null;
  try {
    return { program: parse6(text, { ...BASE, sourceType: "module" }), loose: true };
  } catch {
    return null;
  }
}
var SKIPPED_KEYS = /* @__PURE__ */ new Set(["type", "start", "end", "loc", "range", "raw", "regex", "value", "bigint"]);
function forEachChild(node, visit) {
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key) || value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === "string") visit(item);
    } else if (typeof value.type === "string") {
      visit(value);
    }
  }
}
function lineStarts(text) {
  const starts = [0];
  for (let i2 = text.indexOf("\n"); i2 !== -1; i2 = text.indexOf("\n", i2 + 1)) starts.push(i2 + 1);
  return starts;
}
function lineOf(starts, offset2) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset2) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
var MAX_EVIDENCE = 160;
function evidenceAt(text, starts, offset2) {
  const line = lineOf(starts, offset2);
  const from = starts[line - 1];
  const to2 = line < starts.length ? starts[line] - 1 : text.length;
  const whole = text.slice(from, Math.min(to2, from + 1e5)).replace(/\r$/, "");
  const trimmed = whole.trim();
  if (trimmed.length <= MAX_EVIDENCE) return clean(trimmed);
  const column = offset2 - from;
  const start = Math.max(0, column - 40);
  const snippet = whole.slice(start, start + MAX_EVIDENCE - 6).trim();
  return clean(`${start > 0 ? "..." : ""}${snippet}...`);
}
var MAX_EVIDENCE_LINES = 3;
function evidenceSpan(text, starts, start, end) {
  const first = lineOf(starts, start);
  const last = Math.min(lineOf(starts, Math.max(start, end - 1)), first + MAX_EVIDENCE_LINES - 1);
  const lines = [evidenceAt(text, starts, start)];
  for (let line = first + 1; line <= last; line++) {
    const next = evidenceAt(text, starts, starts[line - 1]);
    if (next !== "") lines.push(next);
  }
  return lines.join("\n");
}
function clean(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, " ");
}
var isFunctionNode = (node) => node?.type === "FunctionExpression" || node?.type === "ArrowFunctionExpression";

// node_modules/acorn-walk/dist/walk.mjs
function full(node, callback, baseVisitor, state, override) {
  if (!baseVisitor) {
    baseVisitor = base;
  }
  var last;
  (function c(node2, st2, override2) {
    var type = override2 || node2.type;
    visitNode(baseVisitor, type, node2, st2, c);
    if (last !== node2) {
      callback(node2, st2, type);
      last = node2;
    }
  })(node, state, override);
}
function fullAncestor(node, callback, baseVisitor, state) {
  if (!baseVisitor) {
    baseVisitor = base;
  }
  var ancestors = [], last;
  (function c(node2, st2, override) {
    var type = override || node2.type;
    var isNew = node2 !== ancestors[ancestors.length - 1];
    if (isNew) {
      ancestors.push(node2);
    }
    visitNode(baseVisitor, type, node2, st2, c);
    if (last !== node2) {
      callback(node2, st2 || ancestors, ancestors, type);
      last = node2;
    }
    if (isNew) {
      ancestors.pop();
    }
  })(node, state);
}
function skipThrough(node, st2, c) {
  c(node, st2);
}
function ignore(_node, _st, _c) {
}
function visitNode(baseVisitor, type, node, st2, c) {
  if (baseVisitor[type] == null) {
    throw new Error("No walker function defined for node type " + type);
  }
  baseVisitor[type](node, st2, c);
}
var base = {};
base.Program = base.BlockStatement = base.StaticBlock = function(node, st2, c) {
  for (var i2 = 0, list2 = node.body; i2 < list2.length; i2 += 1) {
    var stmt = list2[i2];
    c(stmt, st2, "Statement");
  }
};
base.Statement = skipThrough;
base.EmptyStatement = ignore;
base.ExpressionStatement = base.ParenthesizedExpression = base.ChainExpression = function(node, st2, c) {
  return c(node.expression, st2, "Expression");
};
base.IfStatement = function(node, st2, c) {
  c(node.test, st2, "Expression");
  c(node.consequent, st2, "Statement");
  if (node.alternate) {
    c(node.alternate, st2, "Statement");
  }
};
base.LabeledStatement = function(node, st2, c) {
  return c(node.body, st2, "Statement");
};
base.BreakStatement = base.ContinueStatement = ignore;
base.WithStatement = function(node, st2, c) {
  c(node.object, st2, "Expression");
  c(node.body, st2, "Statement");
};
base.SwitchStatement = function(node, st2, c) {
  c(node.discriminant, st2, "Expression");
  for (var i2 = 0, list2 = node.cases; i2 < list2.length; i2 += 1) {
    var cs2 = list2[i2];
    c(cs2, st2);
  }
};
base.SwitchCase = function(node, st2, c) {
  if (node.test) {
    c(node.test, st2, "Expression");
  }
  for (var i2 = 0, list2 = node.consequent; i2 < list2.length; i2 += 1) {
    var cons = list2[i2];
    c(cons, st2, "Statement");
  }
};
base.ReturnStatement = base.YieldExpression = base.AwaitExpression = function(node, st2, c) {
  if (node.argument) {
    c(node.argument, st2, "Expression");
  }
};
base.ThrowStatement = base.SpreadElement = function(node, st2, c) {
  return c(node.argument, st2, "Expression");
};
base.TryStatement = function(node, st2, c) {
  c(node.block, st2, "Statement");
  if (node.handler) {
    c(node.handler, st2);
  }
  if (node.finalizer) {
    c(node.finalizer, st2, "Statement");
  }
};
base.CatchClause = function(node, st2, c) {
  if (node.param) {
    c(node.param, st2, "Pattern");
  }
  c(node.body, st2, "Statement");
};
base.WhileStatement = base.DoWhileStatement = function(node, st2, c) {
  c(node.test, st2, "Expression");
  c(node.body, st2, "Statement");
};
base.ForStatement = function(node, st2, c) {
  if (node.init) {
    c(node.init, st2, "ForInit");
  }
  if (node.test) {
    c(node.test, st2, "Expression");
  }
  if (node.update) {
    c(node.update, st2, "Expression");
  }
  c(node.body, st2, "Statement");
};
base.ForInStatement = base.ForOfStatement = function(node, st2, c) {
  c(node.left, st2, "ForInit");
  c(node.right, st2, "Expression");
  c(node.body, st2, "Statement");
};
base.ForInit = function(node, st2, c) {
  if (node.type === "VariableDeclaration") {
    c(node, st2);
  } else {
    c(node, st2, "Expression");
  }
};
base.DebuggerStatement = ignore;
base.FunctionDeclaration = function(node, st2, c) {
  return c(node, st2, "Function");
};
base.VariableDeclaration = function(node, st2, c) {
  for (var i2 = 0, list2 = node.declarations; i2 < list2.length; i2 += 1) {
    var decl = list2[i2];
    c(decl, st2);
  }
};
base.VariableDeclarator = function(node, st2, c) {
  c(node.id, st2, "Pattern");
  if (node.init) {
    c(node.init, st2, "Expression");
  }
};
base.Function = function(node, st2, c) {
  if (node.id) {
    c(node.id, st2, "Pattern");
  }
  for (var i2 = 0, list2 = node.params; i2 < list2.length; i2 += 1) {
    var param = list2[i2];
    c(param, st2, "Pattern");
  }
  c(node.body, st2, node.expression ? "Expression" : "Statement");
};
base.Pattern = function(node, st2, c) {
  if (node.type === "Identifier") {
    c(node, st2, "VariablePattern");
  } else if (node.type === "MemberExpression") {
    c(node, st2, "MemberPattern");
  } else {
    c(node, st2);
  }
};
base.VariablePattern = ignore;
base.MemberPattern = skipThrough;
base.RestElement = function(node, st2, c) {
  return c(node.argument, st2, "Pattern");
};
base.ArrayPattern = function(node, st2, c) {
  for (var i2 = 0, list2 = node.elements; i2 < list2.length; i2 += 1) {
    var elt = list2[i2];
    if (elt) {
      c(elt, st2, "Pattern");
    }
  }
};
base.ObjectPattern = function(node, st2, c) {
  for (var i2 = 0, list2 = node.properties; i2 < list2.length; i2 += 1) {
    var prop = list2[i2];
    if (prop.type === "Property") {
      if (prop.computed) {
        c(prop.key, st2, "Expression");
      }
      c(prop.value, st2, "Pattern");
    } else if (prop.type === "RestElement") {
      c(prop.argument, st2, "Pattern");
    }
  }
};
base.Expression = skipThrough;
base.ThisExpression = base.Super = base.MetaProperty = ignore;
base.ArrayExpression = function(node, st2, c) {
  for (var i2 = 0, list2 = node.elements; i2 < list2.length; i2 += 1) {
    var elt = list2[i2];
    if (elt) {
      c(elt, st2, "Expression");
    }
  }
};
base.ObjectExpression = function(node, st2, c) {
  for (var i2 = 0, list2 = node.properties; i2 < list2.length; i2 += 1) {
    var prop = list2[i2];
    c(prop, st2);
  }
};
base.FunctionExpression = base.ArrowFunctionExpression = base.FunctionDeclaration;
base.SequenceExpression = function(node, st2, c) {
  for (var i2 = 0, list2 = node.expressions; i2 < list2.length; i2 += 1) {
    var expr = list2[i2];
    c(expr, st2, "Expression");
  }
};
base.TemplateLiteral = function(node, st2, c) {
  for (var i2 = 0, list2 = node.quasis; i2 < list2.length; i2 += 1) {
    var quasi = list2[i2];
    c(quasi, st2);
  }
  for (var i$1 = 0, list$1 = node.expressions; i$1 < list$1.length; i$1 += 1) {
    var expr = list$1[i$1];
    c(expr, st2, "Expression");
  }
};
base.TemplateElement = ignore;
base.UnaryExpression = base.UpdateExpression = function(node, st2, c) {
  c(node.argument, st2, "Expression");
};
base.BinaryExpression = base.LogicalExpression = function(node, st2, c) {
  c(node.left, st2, "Expression");
  c(node.right, st2, "Expression");
};
base.AssignmentExpression = base.AssignmentPattern = function(node, st2, c) {
  c(node.left, st2, "Pattern");
  c(node.right, st2, "Expression");
};
base.ConditionalExpression = function(node, st2, c) {
  c(node.test, st2, "Expression");
  c(node.consequent, st2, "Expression");
  c(node.alternate, st2, "Expression");
};
base.NewExpression = base.CallExpression = function(node, st2, c) {
  c(node.callee, st2, "Expression");
  if (node.arguments) {
    for (var i2 = 0, list2 = node.arguments; i2 < list2.length; i2 += 1) {
      var arg = list2[i2];
      c(arg, st2, "Expression");
    }
  }
};
base.MemberExpression = function(node, st2, c) {
  c(node.object, st2, "Expression");
  if (node.computed) {
    c(node.property, st2, "Expression");
  }
};
base.ExportNamedDeclaration = base.ExportDefaultDeclaration = function(node, st2, c) {
  if (node.declaration) {
    c(node.declaration, st2, node.type === "ExportNamedDeclaration" || node.declaration.id ? "Statement" : "Expression");
  }
  if (node.source) {
    c(node.source, st2, "Expression");
  }
  if (node.attributes) {
    for (var i2 = 0, list2 = node.attributes; i2 < list2.length; i2 += 1) {
      var attr = list2[i2];
      c(attr, st2);
    }
  }
};
base.ExportAllDeclaration = function(node, st2, c) {
  if (node.exported) {
    c(node.exported, st2);
  }
  c(node.source, st2, "Expression");
  if (node.attributes) {
    for (var i2 = 0, list2 = node.attributes; i2 < list2.length; i2 += 1) {
      var attr = list2[i2];
      c(attr, st2);
    }
  }
};
base.ImportAttribute = function(node, st2, c) {
  c(node.value, st2, "Expression");
};
base.ImportDeclaration = function(node, st2, c) {
  for (var i2 = 0, list2 = node.specifiers; i2 < list2.length; i2 += 1) {
    var spec = list2[i2];
    c(spec, st2);
  }
  c(node.source, st2, "Expression");
  if (node.attributes) {
    for (var i$1 = 0, list$1 = node.attributes; i$1 < list$1.length; i$1 += 1) {
      var attr = list$1[i$1];
      c(attr, st2);
    }
  }
};
base.ImportExpression = function(node, st2, c) {
  c(node.source, st2, "Expression");
  if (node.options) {
    c(node.options, st2, "Expression");
  }
};
base.ImportSpecifier = base.ImportDefaultSpecifier = base.ImportNamespaceSpecifier = base.Identifier = base.PrivateIdentifier = base.Literal = ignore;
base.TaggedTemplateExpression = function(node, st2, c) {
  c(node.tag, st2, "Expression");
  c(node.quasi, st2, "Expression");
};
base.ClassDeclaration = base.ClassExpression = function(node, st2, c) {
  return c(node, st2, "Class");
};
base.Class = function(node, st2, c) {
  if (node.id) {
    c(node.id, st2, "Pattern");
  }
  if (node.superClass) {
    c(node.superClass, st2, "Expression");
  }
  c(node.body, st2);
};
base.ClassBody = function(node, st2, c) {
  for (var i2 = 0, list2 = node.body; i2 < list2.length; i2 += 1) {
    var elt = list2[i2];
    c(elt, st2);
  }
};
base.MethodDefinition = base.PropertyDefinition = base.Property = function(node, st2, c) {
  if (node.computed) {
    c(node.key, st2, "Expression");
  }
  if (node.value) {
    c(node.value, st2, "Expression");
  }
};

// src/checks/code/ast/module-capabilities.ts
var NETWORK_BUILTINS = /* @__PURE__ */ new Set(["http", "https", "http2", "net", "tls", "dgram", "dns"]);
var NETWORK_PACKAGES = /* @__PURE__ */ new Set([
  "undici",
  "ws",
  "axios",
  "node-fetch",
  "got",
  "request",
  "superagent",
  "needle",
  "cross-fetch",
  "isomorphic-fetch",
  "socket.io-client",
  "phin",
  "bent",
  "ky",
  "make-fetch-happen",
  "minipass-fetch"
]);
var SHELL_PACKAGES = /* @__PURE__ */ new Set(["execa", "cross-spawn", "shelljs", "shell-exec", "node-pty"]);
var CHILD_PROCESS_MEMBERS = /* @__PURE__ */ new Set(["exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync", "fork"]);
function moduleBase(specifier) {
  const bare = specifier.startsWith("node:") ? specifier.slice(5) : specifier;
  const parts = bare.split("/");
  return bare.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function isRelativeSpecifier(specifier) {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..";
}
function moduleFact(path, specifier) {
  const base2 = moduleBase(specifier);
  if (NETWORK_BUILTINS.has(base2) || NETWORK_PACKAGES.has(base2)) {
    return {
      key: `network:module:${base2}`,
      kind: "network",
      severity: "medium",
      detail: `${path} loads the \`${base2}\` module, so this package can send data to and receive data from other machines over the network.`
    };
  }
  if (base2 === "child_process" || SHELL_PACKAGES.has(base2)) {
    return {
      key: `shell:module:${base2}`,
      kind: "shell",
      severity: "high",
      detail: `${path} loads \`${base2}\`, so this package can run any program on the machine that installs or uses it.`
    };
  }
  if (base2 === "vm") {
    return {
      key: "eval:vm",
      kind: "eval",
      severity: "high",
      detail: `${path} loads Node's \`vm\` module, which compiles and runs code from strings that a reviewer cannot read in the published source.`
    };
  }
  if (base2 === "module" && !specifier.includes("/")) {
    return {
      key: "eval:module",
      kind: "eval",
      severity: "medium",
      detail: `${path} uses Node's internal \`module\` API, which can compile and run code from strings and change how every \`require\` resolves.`
    };
  }
  return void 0;
}
var BENIGN_MODULE_MEMBERS = /* @__PURE__ */ new Set(["createRequire", "builtinModules", "isBuiltin", "findPackageJSON", "enableCompileCache", "getCompileCacheDir", "findSourceMap", "SourceMap", "syncBuiltinESMExports"]);
function childProcessMemberFact(path, member) {
  const viaShell = member === "exec" || member === "execSync";
  return {
    key: `shell:child_process.${member}`,
    kind: "shell",
    severity: "high",
    detail: viaShell ? `${path} spawns shell commands through \`child_process.${member}\`, so this package can run any program on the machine that installs or uses it.` : `${path} starts other programs through \`child_process.${member}\`, so this package can run any program on the machine that installs or uses it.`
  };
}

// src/checks/code/ast/file-scan.ts
function startFileScan(ctx) {
  return { ...ctx, childProcessNames: /* @__PURE__ */ new Set(), childProcessFunctions: /* @__PURE__ */ new Map(), importedModules: /* @__PURE__ */ new Map(), envNames: /* @__PURE__ */ new Map(), obfuscatedIds: /* @__PURE__ */ new Set(), firstObfuscatedId: 0, childEnvRanges: [] };
}
function addFact(scan, fact, node) {
  scan.out.add(fact, node.start);
}
function declareFact(scan, fact, node) {
  scan.out.declare(fact, node.start);
}
function useFact(scan, fact, node) {
  scan.out.add(fact, node.start, node.end);
  scan.out.use(fact.key, node.start, node.end);
}

// src/checks/code/ast/sinks/obfuscation.ts
var OBFUSCATED_ID = /^_0x[0-9a-f]{4,}$/i;
var MAX_OBFUSCATED_IDS = 64;
var MIN_OBFUSCATED_IDS = 5;
var MIN_CHAR_CODES = 10;
function noteObfuscatedId(scan, node) {
  if (node.type !== "Identifier" || !OBFUSCATED_ID.test(node.name)) return;
  if (scan.obfuscatedIds.size === 0) scan.firstObfuscatedId = node.start;
  if (scan.obfuscatedIds.size < MAX_OBFUSCATED_IDS) scan.obfuscatedIds.add(node.name);
}
function hexIdentifierFacts(scan) {
  const { obfuscatedIds: ids, path } = scan;
  if (ids.size < MIN_OBFUSCATED_IDS) return;
  scan.out.add(
    {
      key: "obfuscation:hex-identifiers",
      kind: "obfuscation",
      severity: "medium",
      detail: `${path} uses machine-generated names like \`${[...ids][0]}\` (${ids.size}${ids.size >= MAX_OBFUSCATED_IDS ? "+" : ""} of them), the mark of an obfuscator hiding what the code does.`
    },
    scan.firstObfuscatedId
  );
}
function charCodeFacts(scan, site, method) {
  if (method !== "fromCharCode") return;
  const { node } = site;
  const spreadsArray = node.arguments.some((a) => a.type === "SpreadElement" && a.argument.type === "ArrayExpression");
  const numberArgs = node.arguments.filter((a) => a.type === "Literal" && typeof a.value === "number").length;
  if (numberArgs < MIN_CHAR_CODES && !spreadsArray) return;
  addFact(
    scan,
    {
      key: "obfuscation:char-codes",
      kind: "obfuscation",
      severity: "medium",
      detail: `${scan.path} builds text from numeric character codes (\`String.fromCharCode\`), a way to keep strings out of sight of reviewers and scanners.`
    },
    node
  );
}
function hiddenRequireFact(path, specifier) {
  return {
    key: "obfuscation:hidden-require",
    kind: "obfuscation",
    severity: "high",
    detail: `${path} assembles the module name \`${moduleBase(specifier)}\` at runtime instead of writing it out, which only serves to hide what it loads.`
  };
}

// src/checks/code/ast/sinks/eval.ts
var VM_RUNNERS = /* @__PURE__ */ new Set(["runInThisContext", "runInNewContext", "runInContext", "compileFunction"]);
var MIN_ANALYZED_PAYLOAD = 8;
function runsCodeFacts(scan, label, payload, at3, enclosing) {
  const { folder, out, path } = scan;
  if (payload?.type === "Identifier" && enclosing && isParameter(enclosing, payload.name)) payload = void 0;
  const decoded = payload !== void 0 && folder.isDecoded(payload);
  const id = label.replace(/ with a string$/, "-string");
  addFact(
    scan,
    decoded ? {
      key: `eval:${id}:decoded`,
      kind: "eval",
      severity: "critical",
      detail: `${path} decodes a hidden payload and runs it with \`${label}\`, the way malware keeps what it does out of sight of reviewers.`
    } : {
      key: `eval:${id}`,
      kind: "eval",
      severity: "high",
      detail: `${path} runs code built from strings with \`${label}\`, so what it runs cannot be read in the published source.`
    },
    at3
  );
  const constant = payload && payload.type !== "Literal" ? folder.fold(payload) : payload?.type === "Literal" && typeof payload.value === "string" ? { value: payload.value } : void 0;
  if (constant && constant.value.length >= MIN_ANALYZED_PAYLOAD) out.adopt(scan.scanHidden(constant.value), at3.start, `(in code it runs with \`${label}\`)`);
}
function evalTargetFacts(scan, site, target) {
  const { node, args, enclosing } = site;
  if (target === "eval" && node.type === "CallExpression") runsCodeFacts(scan, "eval", args[0], node, enclosing);
  else if (target === "Function") runsCodeFacts(scan, "Function", args[args.length - 1], node, enclosing);
  else if ((target === "setTimeout" || target === "setInterval") && isStringTimer(scan, args[0])) runsCodeFacts(scan, `${target} with a string`, args[0], node);
}
function isStringTimer(scan, first) {
  return first !== void 0 && /Literal|TemplateLiteral|BinaryExpression/.test(first.type) && scan.folder.fold(first) !== void 0;
}
function evalMethodFacts(scan, site, method) {
  const { node, args, enclosing } = site;
  const callee = node.callee;
  if (method === "constructor" && callee.type === "MemberExpression" && (isFunctionNode(callee.object) || refersTo(callee.object, scan.folder) === "Function")) {
    runsCodeFacts(scan, "Function", args[args.length - 1], node, enclosing);
  }
  if (method !== void 0 && VM_RUNNERS.has(method)) runsCodeFacts(scan, `vm.${method}`, args[0], node, enclosing);
}
function evalMemberFacts(scan, member) {
  const { key, node, object, call } = member;
  const { path } = scan;
  if (key === "_compile") {
    if (call) runsCodeFacts(scan, "module._compile", call.arguments[0], call);
    else addFact(scan, { key: "eval:module._compile", kind: "eval", severity: "high", detail: `${path} reaches Node's internal \`module._compile\`, which compiles and runs source text as a module.` }, node);
    return true;
  }
  if (key !== "constructor" || refersTo(object, scan.folder) !== "module") return false;
  addFact(
    scan,
    {
      key: "eval:module.constructor",
      kind: "eval",
      severity: "high",
      detail: `${path} creates a fresh module object through \`module.constructor\`, a way to compile and run code from a string outside any file.`
    },
    node
  );
  return true;
}
function dataUrlImportFacts(scan, spec, at3) {
  const match = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(spec);
  const base64 = match !== null && /;base64/i.test(match[2] ?? "");
  addFact(
    scan,
    {
      key: "eval:data-url-import",
      kind: "eval",
      severity: base64 ? "critical" : "high",
      detail: `${scan.path} imports code from a \`data:\` URL${base64 ? " holding base64" : ""}, which runs code that is in no file of the package.`
    },
    at3
  );
  if (!match) return;
  let code = match[3] ?? "";
  try {
    code = base64 ? Buffer.from(code, "base64").toString("utf8") : decodeURIComponent(code);
  } catch {
  }
  scan.out.adopt(scan.scanHidden(code), at3.start, "(in code imported from a `data:` URL)");
}
function isParameter(fn, name) {
  if (fn.type !== "FunctionDeclaration" && fn.type !== "FunctionExpression" && fn.type !== "ArrowFunctionExpression") return false;
  return fn.params.some((p2) => p2.type === "Identifier" && p2.name === name);
}

// src/checks/code/ast/sinks/modules.ts
var MAX_LOCAL_IMPORTS = 200;
function requireSpecifier(scan, call) {
  if (call.type !== "CallExpression" || call.arguments.length < 1) return void 0;
  if (refersTo(call.callee, scan.folder) !== "require") return void 0;
  const arg = call.arguments[0];
  if (arg.type === "SpreadElement") return void 0;
  const folded = scan.folder.fold(arg);
  if (!folded) return void 0;
  const plain = arg.type === "Literal" || arg.type === "TemplateLiteral" && arg.expressions.length === 0;
  return { spec: folded.value, hidden: !plain };
}
function requireFacts(scan, site) {
  const required = requireSpecifier(scan, site.node);
  if (required) moduleLoadFacts(scan, required.spec, required.hidden, site.node, site.parent);
}
function dynamicImportFacts(scan, node, parent) {
  const spec = scan.folder.fold(node.source);
  if (spec) moduleLoadFacts(scan, spec.value, node.source.type !== "Literal", node, parent);
}
function importFacts(scan, node, parent, names) {
  moduleLoadFacts(scan, String(node.source.value), false, node, parent, names.length > 0 ? names : void 0);
}
function reexportFacts(scan, node, parent) {
  if (node.source) moduleLoadFacts(scan, String(node.source.value), false, node, parent);
}
function importedNames(node) {
  return node.specifiers.map((s3) => s3.type === "ImportSpecifier" && s3.imported.type === "Identifier" ? s3.imported.name : "");
}
function moduleLoadFacts(scan, spec, hidden, at3, parent, specifierNames) {
  if (isRelativeSpecifier(spec)) {
    if (scan.localImports.size < MAX_LOCAL_IMPORTS) scan.localImports.add(spec);
    return;
  }
  if (spec.startsWith("data:")) return dataUrlImportFacts(scan, spec, at3);
  const fact = moduleFact(scan.path, spec);
  if (!fact) return;
  if (moduleBase(spec) === "module" && usesOnlyBenignMembers(scan, at3, parent, specifierNames)) return;
  declareFact(scan, fact, at3);
  if (hidden) addFact(scan, hiddenRequireFact(scan.path, spec), at3);
}
function usesOnlyBenignMembers(scan, at3, parent, specifierNames) {
  const names = specifierNames ?? (parent?.type === "MemberExpression" && parent.object === at3 ? [memberKey(parent, scan.folder) ?? ""] : void 0) ?? (parent?.type === "VariableDeclarator" && parent.id.type === "ObjectPattern" ? parent.id.properties.map((p2) => p2.type === "Property" && !p2.computed && p2.key.type === "Identifier" ? p2.key.name : "") : void 0);
  return names !== void 0 && names.length > 0 && names.every((n) => BENIGN_MODULE_MEMBERS.has(n));
}
function noteImportedModule(scan, node) {
  if (node.type !== "ImportDeclaration") return;
  for (const spec of node.specifiers) scan.importedModules.set(spec.local.name, String(node.source.value));
}
function moduleOfName(scan, name) {
  const imported = scan.importedModules.get(name);
  if (imported !== void 0) return imported;
  const bound = scan.folder.boundExpression(name);
  return bound === void 0 ? void 0 : requireSpecifier(scan, bound)?.spec;
}
function moduleUseFacts(scan, site) {
  let callee = site.node.callee;
  while (callee.type === "SequenceExpression") callee = callee.expressions[callee.expressions.length - 1];
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && callee.object.type === "Identifier" ? callee.object.name : void 0;
  const spec = name === void 0 ? void 0 : moduleOfName(scan, name);
  const fact = spec === void 0 ? void 0 : moduleFact(scan.path, spec);
  if (fact) scan.out.use(fact.key, site.node.start, site.node.end);
}

// src/checks/code/ast/sinks/process.ts
var MAX_ALIAS_HOPS = 3;
var SPAWN_BINDINGS = /* @__PURE__ */ new Set(["spawn_sync", "process_wrap"]);
function noteChildProcessImport(scan, node) {
  if (node.type !== "ImportDeclaration" || moduleBase(String(node.source.value)) !== "child_process") return;
  for (const spec of node.specifiers) {
    if (spec.type !== "ImportSpecifier") scan.childProcessNames.add(spec.local.name);
    else if (spec.imported.type === "Identifier" && CHILD_PROCESS_MEMBERS.has(spec.imported.name)) scan.childProcessFunctions.set(spec.local.name, spec.imported.name);
  }
}
function isChildProcess(scan, node, hops = 0) {
  if (hops > MAX_ALIAS_HOPS) return false;
  if (node.type === "Identifier") {
    if (scan.childProcessNames.has(node.name)) return true;
    const bound = scan.folder.boundExpression(node.name);
    return bound !== void 0 && isChildProcess(scan, bound, hops + 1);
  }
  const required = requireSpecifier(scan, node);
  return required !== void 0 && moduleBase(required.spec) === "child_process";
}
function childProcessImportFacts(scan, node, names) {
  if (moduleBase(String(node.source.value)) !== "child_process") return;
  for (const name of names) if (CHILD_PROCESS_MEMBERS.has(name)) declareFact(scan, childProcessMemberFact(scan.path, name), node);
}
function childProcessDestructuringFacts(scan, node, init, keys) {
  if (!isChildProcess(scan, init) || node.id.type !== "ObjectPattern") return;
  node.id.properties.forEach((property, i2) => {
    const key = keys[i2];
    if (!key || !CHILD_PROCESS_MEMBERS.has(key)) return;
    declareFact(scan, childProcessMemberFact(scan.path, key), node);
    if (property.type === "Property" && property.value.type === "Identifier") scan.childProcessFunctions.set(property.value.name, key);
  });
}
function unwrapCallee(node) {
  if (node.type === "SequenceExpression") return unwrapCallee(node.expressions[node.expressions.length - 1]);
  if (node.type === "ParenthesizedExpression") return unwrapCallee(node.expression);
  return node;
}
function childProcessCallFacts(scan, site) {
  const callee = unwrapCallee(site.node.callee);
  let member;
  if (callee.type === "Identifier") member = scan.childProcessFunctions.get(callee.name);
  else if (callee.type === "MemberExpression") {
    const key = memberKey(callee, scan.folder);
    if (key !== void 0 && CHILD_PROCESS_MEMBERS.has(key) && isChildProcess(scan, callee.object)) member = key;
  }
  if (member === void 0) return;
  useFact(scan, childProcessMemberFact(scan.path, member), site.node);
  useFact(scan, moduleFact(scan.path, "child_process"), site.node);
  const first = site.args[0];
  if (member === "fork" || first === void 0) return;
  const program = isExecPath(scan, first) ? "node" : programOfCommand(partialString(first, scan.folder), member === "exec" || member === "execSync");
  if (program !== void 0 && !program.includes(UNKNOWN)) scan.out.add(programFact(scan.path, program), site.node.start, site.node.end);
}
function isExecPath(scan, node) {
  return node.type === "MemberExpression" && memberKey(node, scan.folder) === "execPath" && refersTo(node.object, scan.folder) === "process";
}
function processMemberFacts(scan, member) {
  const { key, node, object, call } = member;
  if (CHILD_PROCESS_MEMBERS.has(key) && isChildProcess(scan, object)) {
    declareFact(scan, childProcessMemberFact(scan.path, key), node);
    return true;
  }
  if (key !== "binding" && key !== "_linkedBinding" || !call || refersTo(object, scan.folder) !== "process") return false;
  const arg = call.arguments[0];
  const name = arg && arg.type !== "SpreadElement" ? scan.folder.fold(arg)?.value : void 0;
  if (name !== void 0 && SPAWN_BINDINGS.has(name)) {
    addFact(
      scan,
      {
        key: `shell:process.binding:${name}`,
        kind: "shell",
        severity: "high",
        detail: `${scan.path} reaches Node's internal \`${name}\` binding through \`process.${key}\`, starting programs without going through \`child_process\`.`
      },
      node
    );
  }
  return true;
}

// src/checks/code/ast/candidates.ts
var INTERESTING_MEMBERS = /* @__PURE__ */ new Set([
  "env",
  "_compile",
  "constructor",
  "fetch",
  "sendBeacon",
  "ethereum",
  "XMLHttpRequest",
  "WebSocket",
  "binding",
  "_linkedBinding",
  ...CHILD_PROCESS_MEMBERS
]);
var ALWAYS_CHECKED = /* @__PURE__ */ new Set([
  "CallExpression",
  "NewExpression",
  "ImportDeclaration",
  "ImportExpression",
  "ExportNamedDeclaration",
  "ExportAllDeclaration",
  "ForInStatement",
  "TemplateLiteral"
]);
function collectCandidates(program, scan) {
  const candidates = [];
  fullAncestor(program, (node, _state, ancestors) => {
    const parent = ancestors[ancestors.length - 2];
    recordBinding(node, scan.folder);
    noteObfuscatedId(scan, node);
    noteChildProcessImport(scan, node);
    noteImportedModule(scan, node);
    if (!isCandidate(node, parent)) return;
    if (node.type === "CallExpression" || node.type === "NewExpression") candidates.push({ node, parent, enclosing: enclosingFunction(ancestors) });
    else candidates.push({ node, parent });
  });
  return candidates;
}
function recordBinding(node, folder) {
  if (node.type === "VariableDeclarator" && node.id.type === "Identifier" && node.init) {
    folder.bind(node.id.name, node.init);
    if (isFunctionNode(node.init)) folder.defineFunction(node.id.name, node.init);
  } else if (node.type === "AssignmentExpression" && node.left.type === "Identifier") {
    folder.bind(node.left.name, node.right);
  } else if (node.type === "FunctionDeclaration" && node.id) {
    folder.defineFunction(node.id.name, node);
  }
}
function isCandidate(node, parent) {
  switch (node.type) {
    case "VariableDeclarator":
      return node.id.type === "ObjectPattern" && node.init !== null && node.init !== void 0;
    case "AssignmentExpression":
      return node.left.type === "MemberExpression";
    case "Identifier":
      return node.name === "XMLHttpRequest" || node.name === "WebSocket";
    case "MemberExpression": {
      const property = node.property;
      return node.computed ? property.type !== "Literal" || typeof property.value === "string" : property.type === "Identifier" && INTERESTING_MEMBERS.has(property.name);
    }
    case "BinaryExpression":
      return node.operator === "+" && !(parent?.type === "BinaryExpression" && parent.operator === "+");
    case "Literal":
      return typeof node.value === "string" && node.value.length >= 4;
    case "ArrayExpression":
      return node.elements.length >= 4 && node.elements.every((e) => e?.type === "Literal" && typeof e.value === "number" && e.value >= 9 && e.value <= 126);
    default:
      return ALWAYS_CHECKED.has(node.type);
  }
}
function enclosingFunction(ancestors) {
  for (let i2 = ancestors.length - 2; i2 >= 0; i2--) {
    const t = ancestors[i2].type;
    if (t === "FunctionDeclaration" || t === "FunctionExpression" || t === "ArrowFunctionExpression") return ancestors[i2];
  }
  return void 0;
}

// src/checks/code/ast/env-usage.ts
function isEnvValue(node, folder, hops = 0) {
  if (hops > 4) return false;
  switch (node.type) {
    case "MemberExpression":
      return memberKey(node, folder) === "env" && refersTo(node.object, folder) === "process";
    case "Identifier": {
      const bound = folder.boundExpression(node.name);
      return bound !== void 0 && isEnvValue(bound, folder, hops + 1);
    }
    case "ObjectExpression":
      return node.properties.some((p2) => p2.type === "SpreadElement" && isEnvValue(p2.argument, folder, hops + 1));
    case "CallExpression":
      return node.callee.type === "MemberExpression" && memberKey(node.callee, folder) === "assign" && node.arguments.some((arg) => arg.type !== "SpreadElement" && isEnvValue(arg, folder, hops + 1));
    case "LogicalExpression":
      return isEnvValue(node.left, folder, hops + 1) || isEnvValue(node.right, folder, hops + 1);
    case "ConditionalExpression":
      return isEnvValue(node.consequent, folder, hops + 1) || isEnvValue(node.alternate, folder, hops + 1);
    default:
      return false;
  }
}
function carriesEnv(node, folder, depth = 0) {
  if (depth > 3) return false;
  if (isEnvValue(node, folder)) return true;
  if (node.type === "ObjectExpression") {
    return node.properties.some((p2) => p2.type === "Property" && carriesEnv(p2.value, folder, depth + 1));
  }
  if (node.type === "ArrayExpression") {
    return node.elements.some((e) => e !== null && e.type !== "SpreadElement" && carriesEnv(e, folder, depth + 1));
  }
  if (node.type === "Identifier" && depth < 2) {
    const bound = folder.boundExpression(node.name);
    return bound !== void 0 && bound.type === "ObjectExpression" && carriesEnv(bound, folder, depth + 1);
  }
  return false;
}
var ENUMERATORS = /* @__PURE__ */ new Set(["keys", "entries", "values", "getOwnPropertyNames", "getOwnPropertyDescriptors"]);
var SERIALIZERS = /* @__PURE__ */ new Set(["stringify", "inspect", "btoa", "encodeURIComponent", "escape", "URLSearchParams"]);
var SENDERS = /* @__PURE__ */ new Set(["send", "write", "end", "post", "put", "patch", "request", "fetch", "emit", "postMessage", "sendBeacon", "publish", "upload"]);
function envCallFact(path, node, folder, parent, forChild = false) {
  if (node.type !== "CallExpression" && node.type !== "NewExpression") return void 0;
  const callee = node.callee;
  const name = callee.type === "Identifier" ? callee.name : memberKey(callee, folder);
  if (name === void 0) return void 0;
  if (NARROWING.has(name) && !forChild && callee.type === "MemberExpression" && picksSecrets(callee.object, node, folder)) return secretPickFact(path);
  const isEnumerator = ENUMERATORS.has(name) && callee.type === "MemberExpression";
  if (isEnumerator && (forChild || narrowed(parent))) return void 0;
  if (!isEnumerator && !SERIALIZERS.has(name) && !SENDERS.has(name)) return void 0;
  const args = node.arguments.filter((arg) => arg.type !== "SpreadElement");
  if (!args.some((arg) => carriesEnv(arg, folder))) return void 0;
  if (isEnumerator) return enumerateFact(path);
  return {
    key: "env:serialize",
    kind: "env",
    severity: "high",
    detail: SENDERS.has(name) ? `${path} sends the whole \`process.env\` (every environment variable, including CI secrets and tokens) through \`${name}\`.` : `${path} serializes the whole \`process.env\` (every environment variable, including CI secrets and tokens), the first step of sending it elsewhere.`
  };
}
var NARROWING = /* @__PURE__ */ new Set(["filter", "find", "findIndex", "findLast", "some", "every", "includes", "indexOf"]);
function narrowed(parent) {
  return parent?.type === "MemberExpression" && !parent.computed && parent.property.type === "Identifier" && NARROWING.has(parent.property.name);
}
function picksSecrets(enumeration, narrowing, folder) {
  if (enumeration.type !== "CallExpression" || enumeration.callee.type !== "MemberExpression") return false;
  const enumerator = memberKey(enumeration.callee, folder);
  if (enumerator === void 0 || !ENUMERATORS.has(enumerator)) return false;
  if (!enumeration.arguments.some((arg) => arg.type !== "SpreadElement" && isEnvValue(arg, folder))) return false;
  if (narrowing.type !== "CallExpression") return false;
  return narrowing.arguments.some((arg) => namesSecrets(arg, folder));
}
function namesSecrets(callback, folder) {
  let found = false;
  const check = (node, hops) => full(node, (inner) => {
    if (found) return;
    const n = inner;
    if (n.type === "Literal") {
      const text = n.regex ? n.regex.pattern : typeof n.value === "string" ? n.value : "";
      if (text && isSecretName(text)) found = true;
    } else if (n.type === "Identifier" && hops === 0) {
      const bound = folder.boundExpression(n.name);
      if (bound && bound !== callback) check(bound, hops + 1);
    }
  });
  check(callback, 0);
  return found;
}
function secretPickFact(path) {
  return {
    key: "env:enumerate",
    kind: "env",
    severity: "high",
    detail: `${path} walks through every environment variable in \`process.env\` and keeps the ones whose names look like secrets (tokens, keys, passwords), which is how credential stealers collect CI secrets.`
  };
}
function enumerateFact(path) {
  return {
    key: "env:enumerate",
    kind: "env",
    severity: "high",
    detail: `${path} walks through every environment variable in \`process.env\`, which is how credential stealers collect CI secrets and tokens.`
  };
}
var SECRET_NAME = /TOKEN|SECRET|PASSW|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|(^|_)AUTH($|_)|_PAT$|WEBHOOK/i;
var SECRET_NAME_THRESHOLD = 8;
function isSecretName(name) {
  return SECRET_NAME.test(name);
}
function secretNamesFact(path, names) {
  const shown = names.slice(0, 5).map((n) => `\`${n}\``).join(", ");
  return {
    key: "env:secret-names",
    kind: "env",
    severity: "high",
    detail: `${path} reads ${names.length} environment variables with secret-looking names (${shown}, ...), the shopping list of a credential stealer.`
  };
}

// src/checks/code/ast/sinks/env.ts
var MAX_ENV_NAMES = 500;
function readEnv(scan, name, offset2) {
  if (!scan.envNames.has(name) && scan.envNames.size < MAX_ENV_NAMES) scan.envNames.set(name, offset2);
}
var SPAWNERS = /* @__PURE__ */ new Set([...CHILD_PROCESS_MEMBERS, "execa", "execaSync", "execaNode", "execaCommand", "crossSpawn"]);
function envCallFacts(scan, site) {
  const forChild = scan.childEnvRanges.some(([start, end]) => site.node.start >= start && site.node.end <= end);
  const fact = envCallFact(scan.path, site.node, scan.folder, site.parent, forChild);
  if (fact) addFact(scan, fact, site.node);
}
function noteChildEnvironment(scan, site) {
  const callee = site.node.callee;
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? memberKey(callee, scan.folder) : void 0;
  if (name === void 0 || !SPAWNERS.has(name)) return;
  for (const arg of site.args) {
    const options = arg.type === "Identifier" ? scan.folder.boundExpression(arg.name) : arg;
    if (options?.type !== "ObjectExpression") continue;
    for (const property of options.properties) {
      if (property.type !== "Property" || property.computed || memberName(property.key) !== "env") continue;
      const value = property.value;
      scan.childEnvRanges.push([value.start, value.end]);
      const names = value.type === "Identifier" ? [value] : value.type === "ObjectExpression" ? value.properties.flatMap((p2) => p2.type === "SpreadElement" && p2.argument.type === "Identifier" ? [p2.argument] : []) : [];
      for (const name2 of names) {
        const bound = scan.folder.boundExpression(name2.name);
        if (bound) scan.childEnvRanges.push([bound.start, bound.end]);
      }
    }
  }
}
function memberName(key) {
  return key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : void 0;
}
function envDestructuringFacts(scan, node, init, keys) {
  if (isEnvValue(init, scan.folder)) {
    for (const key of keys) if (key) readEnv(scan, key, node.start);
  }
}
function envEnumerationFacts(scan, node) {
  if (isEnvValue(node.right, scan.folder)) addFact(scan, enumerateFact(scan.path), node);
}
function envMemberFacts(scan, member) {
  const { key, node, object, parent } = member;
  if (key !== "env" || refersTo(object, scan.folder) !== "process") return false;
  if (parent?.type === "MemberExpression" && parent.object === node) {
    const name = memberKey(parent, scan.folder);
    if (name) readEnv(scan, name, parent.start);
  }
  return true;
}
function secretNameFacts(scan) {
  const secretNames = [...scan.envNames.keys()].filter(isSecretName);
  if (secretNames.length >= SECRET_NAME_THRESHOLD) scan.out.add(secretNamesFact(scan.path, secretNames), scan.envNames.get(secretNames[0]));
}

// src/checks/code/ast/encoded-constants.ts
var BASE64 = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var HEX = /^(?:[0-9a-f]{2})+$|^(?:[0-9A-F]{2})+$/;
var MIN_ENCODED_LENGTH = 8;
var MIN_CHAR_CODES2 = 4;
var MAX_DECODED = 2e4;
var PRINTABLE = /^[\t\n\r\x20-\x7e]+$/;
var RUNNING_NAMES = /* @__PURE__ */ new Set([
  "child_process",
  "node:child_process",
  "eval",
  "Function",
  "exec",
  "execSync",
  "spawn",
  "spawnSync",
  "execFile",
  "execFileSync",
  "fork",
  "require",
  "vm",
  "node:vm",
  "runInThisContext",
  "runInNewContext",
  "_compile",
  "https",
  "node:https",
  "http",
  "node:http",
  "net",
  "node:net",
  "dgram",
  "dns",
  "XMLHttpRequest",
  "WebSocket",
  "fetch",
  "sendBeacon",
  "ethereum",
  "process",
  "mainModule",
  "constructor"
]);
var CODE = /require\s*\(|import\s*\(|\beval\s*\(|=>|\bfunction\b|process\.|child_process|\bfetch\s*\(|\bnew\s+Function\b/;
var URL_START = /\b(?:https?|wss?|ftp):\/\//i;
function decodeConstant(value) {
  if (value.length < MIN_ENCODED_LENGTH || value.length > MAX_DECODED * 2) return void 0;
  if (HEX.test(value)) return printable(Buffer.from(value, "hex").toString("latin1"), "hex");
  if (value.length % 4 === 0 && BASE64.test(value) && /[0-9+/=]/.test(value)) return printable(Buffer.from(value, "base64").toString("latin1"), "base64");
  return void 0;
}
function decodeCharCodes(codes) {
  if (codes.length < MIN_CHAR_CODES2 || codes.length > MAX_DECODED) return void 0;
  return printable(String.fromCharCode(...codes), "char codes");
}
function printable(text, encoding) {
  return PRINTABLE.test(text) ? { text, encoding } : void 0;
}
function revealed(text) {
  if (URL_START.test(text)) return "url";
  if (RUNNING_NAMES.has(text.trim())) return "name";
  if (text.length >= 12 && CODE.test(text)) return "code";
  return void 0;
}

// src/checks/code/ast/entropy.ts
function shannonEntropy(text) {
  if (text.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p2 = count / text.length;
    entropy -= p2 * Math.log2(p2);
  }
  return entropy;
}
var MIN_BLOB_LENGTH = 200;
var HEX2 = /^[0-9a-fA-F]+$/;
var BASE642 = /^[A-Za-z0-9+/_-]+={0,2}$/;
function blobShape(text) {
  if (text.length < MIN_BLOB_LENGTH) return null;
  const sample = text.length > 2e4 ? text.slice(0, 2e4) : text;
  if (HEX2.test(sample)) return shannonEntropy(sample) >= 3 ? "hex" : null;
  if (BASE642.test(sample) && /[0-9]/.test(sample) && /[A-Z]/.test(sample) && /[a-z]/.test(sample)) {
    return shannonEntropy(sample) >= 4.5 ? "base64" : null;
  }
  return null;
}

// src/checks/code/ast/sensitive-paths.ts
var RULES = [
  { pattern: /(^|\/)\.npmrc$/i, target: "~/.npmrc", holds: "npm auth tokens", severity: "critical", project: { target: ".npmrc", holds: "the project's npm settings (and any registry token written there)", severity: "medium" } },
  { pattern: /(^|\/)\.yarnrc(\.yml)?$/i, target: "~/.yarnrc", holds: "registry auth tokens", severity: "high", project: { target: ".yarnrc", holds: "the project's yarn settings (and any registry token written there)", severity: "medium" } },
  { pattern: /(^|\/)\.ssh(\/|$)|(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/i, target: "~/.ssh", holds: "SSH private keys", severity: "critical" },
  { pattern: /(^|\/)\.aws\/(credentials|config)$|(^|\/)\.aws$/i, target: "~/.aws/credentials", holds: "AWS credentials", severity: "critical" },
  { pattern: /(^|\/)(\.config\/)?gcloud(\/|$).*credentials|application_default_credentials\.json$/i, target: "~/.config/gcloud", holds: "Google Cloud credentials", severity: "critical" },
  { pattern: /(^|\/)\.azure\/(accesstokens|msal_token_cache)/i, target: "~/.azure", holds: "Azure credentials", severity: "critical" },
  { pattern: /(^|\/)\.git-credentials$/i, target: "~/.git-credentials", holds: "git passwords and tokens", severity: "critical" },
  { pattern: /(^|\/)\.gitconfig$/i, target: "~/.gitconfig", holds: "git identity and credential settings", severity: "high" },
  { pattern: /(^|\/)\.docker\/config\.json$/i, target: "~/.docker/config.json", holds: "container registry credentials", severity: "high" },
  { pattern: /(^|\/)\.kube\/config$/i, target: "~/.kube/config", holds: "Kubernetes cluster credentials", severity: "high" },
  { pattern: /(^|\/)\.env(\.(local|production|development|prod|dev))?$/, target: "~/.env", holds: "secrets kept in the home folder", severity: "high", project: { target: ".env", holds: "the project's application secrets", severity: "medium" } },
  { pattern: /^\/etc\/passwd$/, target: "/etc/passwd", holds: "the system user list", severity: "high" },
  { pattern: /^\/etc\/shadow$/, target: "/etc/shadow", holds: "system password hashes", severity: "high" },
  { pattern: /exodus\/exodus\.wallet|(^|\/)exodus\.wallet/i, target: "wallet:exodus", holds: "an Exodus crypto wallet", severity: "critical" },
  { pattern: /(^|\/)\.?electrum\/wallets/i, target: "wallet:electrum", holds: "an Electrum crypto wallet", severity: "critical" },
  { pattern: /(^|\/)wallet\.dat$/i, target: "wallet:wallet.dat", holds: "a Bitcoin Core wallet", severity: "critical" },
  { pattern: /(^|\/)\.ethereum\/keystore/i, target: "wallet:ethereum-keystore", holds: "Ethereum private keys", severity: "critical" },
  { pattern: /(^|\/)(\.config\/)?solana\/id\.json$/i, target: "wallet:solana", holds: "a Solana keypair", severity: "critical" },
  { pattern: /nkbihfbeogaeaoehlefnkodbefgpgknn/, target: "wallet:metamask", holds: "the MetaMask extension storage", severity: "critical", spaced: true },
  { pattern: /google\/chrome\/user data|google-chrome(\/|$)|bravesoftware\/brave-browser/i, target: "browser:chrome-profile", holds: "a browser profile (saved passwords, cookies)", severity: "critical", spaced: true },
  { pattern: /(^|\/)Login Data$/, target: "browser:login-data", holds: "saved browser passwords", severity: "critical", spaced: true },
  { pattern: /(^|\/)Local State$/, target: "browser:local-state", holds: "the browser key that decrypts saved passwords", severity: "critical", spaced: true },
  { pattern: /(^|\/)\.mozilla\/firefox/i, target: "browser:firefox-profile", holds: "a Firefox profile (saved passwords, cookies)", severity: "critical" },
  { pattern: /(^|\/)cookies\.sqlite$/i, target: "browser:cookies", holds: "browser cookies", severity: "critical" }
];
var MAX_CHECKED_LENGTH = 512;
var COMMAND_LIKE = /^\s*(cat|type|cp|copy|scp|curl|tar|zip|base64|xxd|find|grep|powershell|cmd|sh|bash)\b|[|>]/i;
var HOME_ANCHORED = /^(~|\$\{?HOME\}?|%(USERPROFILE|HOMEPATH|HOME)%|\/root|\/home\/[^/]+|\/Users\/[^/]+|[a-z]:\/Users\/[^/]+)(\/|$)/i;
function sensitivePathsIn(text) {
  if (text.length < 4 || text.length > MAX_CHECKED_LENGTH || text.includes("*")) return [];
  const normalized = text.replace(/\\+/g, "/").trim();
  const spaced = /\s/.test(normalized);
  const words = spaced && COMMAND_LIKE.test(normalized) ? normalized.split(/[\s'"=;|&()<>]+/) : [];
  const found = [];
  for (const rule of RULES) {
    const hit = !spaced || rule.spaced ? rule.pattern.test(normalized) : words.some((word) => rule.pattern.test(word));
    if (!hit) continue;
    const home = HOME_ANCHORED.test(spaced ? words.find((word) => rule.pattern.test(word)) ?? normalized : normalized);
    const { target, holds, severity } = rule.project && !home ? rule.project : rule;
    found.push({ target, holds, severity });
  }
  return found;
}

// src/checks/code/ast/url-hosts.ts
var URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s'"`<>]{1,2000}/gi;
var IGNORED = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|(.*\.)?example\.(com|org|net)|(.*\.)?schema\.org|(.*\.)?w3\.org|(.*\.)?localhost|(.*\.)?test|(.*\.)?invalid)$/i;
var SHELL_LIKE = /\b(curl|wget|powershell|iwr|invoke-webrequest|invoke-restmethod|certutil|bitsadmin|nc|bash|sh|cmd)\b|[|&;>]/i;
function isProse(text) {
  return /\s/.test(text.trim()) && !SHELL_LIKE.test(text);
}
var MAX_HOSTS_PER_STRING = 20;
function urlHostsIn(text, options = {}) {
  if (text.length < 10 || !text.includes("://")) return [];
  const lines = text.includes("\n") ? text.split("\n").filter((line) => line.includes("://")) : [text];
  const hosts = [];
  for (const line of lines) {
    if (!options.prose && isProse(line)) continue;
    for (const host of hostsOfLine(line)) {
      hosts.push(host);
      if (hosts.length >= MAX_HOSTS_PER_STRING) return hosts;
    }
  }
  return hosts;
}
function hostOptionHost(value) {
  if (!/^[^\s/:@]+(:\d{1,5})?$/.test(value) && !/^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(value)) return void 0;
  const host = hostOf(`https://${value}/`);
  if (host === void 0 || !host.includes(".") && !host.startsWith("[") || IGNORED.test(host)) return void 0;
  return { host, url: value };
}
function hostOf(url) {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
    return host === "" || host.includes("%") ? void 0 : host;
  } catch {
    return void 0;
  }
}
function hostsOfLine(text) {
  const hosts = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const host = hostOf(match[0]);
    if (host === void 0 || !host.includes(".") && !host.startsWith("[")) continue;
    if (IGNORED.test(host)) continue;
    hosts.push({ host, url: match[0].length > 120 ? `${match[0].slice(0, 117)}...` : match[0] });
    if (hosts.length >= MAX_HOSTS_PER_STRING) break;
  }
  return hosts;
}

// src/checks/code/ast/string-facts.ts
var DATA_PREFIXES = ["AGFzbQ", "iVBORw0KGgo", "/9j/", "R0lGOD", "d09GMg", "d09GRg", "AAEAAAA", "T1RUTw", "PHN2Zy", "UklGR", "SUQz", "AAAAIGZ0eX"];
var PRINTABLE_HEX_ESCAPE = /\\x(2[0-9a-f]|[3-6][0-9a-f]|7[0-9a-e])/gi;
var LOOKS_LIKE_CODE = /require\s*\(|import\s*\(|\beval\s*\(|=>|\bfunction\b|process\.|child_process|\bfetch\s*\(/;
function isText(value) {
  const sample = value.slice(0, 2e3);
  const odd = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd * 20 < sample.length;
}
var SEALED_ENTROPY_SHARE = 0.85;
function byteEntropy(bytes) {
  const counts = new Array(256).fill(0);
  for (const byte of bytes) counts[byte]++;
  let entropy = 0;
  for (const count of counts) if (count > 0) entropy -= count / bytes.length * Math.log2(count / bytes.length);
  return entropy;
}
function isStructuredData(value, shape) {
  if (shape !== "base64") return false;
  const bytes = Buffer.from(value.slice(0, 2e4), value.includes("-") || value.includes("_") ? "base64url" : "base64");
  return !isText(bytes.toString("latin1")) && byteEntropy(bytes) < SEALED_ENTROPY_SHARE * Math.log2(Math.min(bytes.length, 256));
}
function hostOptionFacts(ctx, value, offset2) {
  const found = ctx.textModule ? void 0 : hostOptionHost(value);
  if (!found) return;
  ctx.out.add(
    {
      key: `network:host:${found.host}`,
      kind: "network",
      severity: "medium",
      detail: `${ctx.path} names the server \`${found.url}\` as a request's host, so this package may send data to or download code from \`${found.host}\`.`
    },
    offset2
  );
}
var REVEALS = {
  url: "an address",
  code: "code",
  name: "the name of a module or function that runs code or reaches the network"
};
var MAX_SHOWN = 60;
function encodedConstantFacts(ctx, constant, offset2) {
  const what = revealed(constant.text);
  if (!what) return;
  const shown = constant.text.length > MAX_SHOWN ? `${constant.text.slice(0, MAX_SHOWN - 3)}...` : constant.text;
  ctx.out.add(
    {
      key: "obfuscation:encoded-constant",
      kind: "obfuscation",
      severity: "medium",
      detail: `${ctx.path} writes ${REVEALS[what]} as ${constant.encoding} (it decodes to \`${shown.replace(/`/g, "'")}\`), which only serves to keep it out of sight of review.`
    },
    offset2
  );
  stringFacts(ctx, constant.text, offset2, { decoded: constant.encoding });
}
function stringFacts(ctx, value, offset2, origin = {}) {
  const { path, out } = ctx;
  const hidden = origin.decoded ? `, hidden in the source as ${origin.decoded}` : "";
  for (const { host, url } of ctx.textModule ? [] : urlHostsIn(value)) {
    out.add(
      {
        key: `network:host:${host}`,
        kind: "network",
        severity: "medium",
        detail: `${path} contains the address \`${url}\`${hidden}, so this package may send data to or download code from \`${host}\`.`
      },
      offset2
    );
  }
  for (const target of origin.pathPart ? [] : sensitivePathsIn(value)) {
    out.add(
      {
        key: `fs-sensitive:${target.target}`,
        kind: "fs-sensitive",
        severity: target.severity,
        detail: `${path} refers to \`${target.target}\`${hidden}, which holds ${target.holds}; reading it is how credential stealers start.`
      },
      offset2
    );
  }
  if (origin.decoded) {
    if (value.length >= 16 && isText(value) && LOOKS_LIKE_CODE.test(value)) {
      out.adopt(ctx.scanHidden(value), offset2, `(in code hidden as ${origin.decoded})`);
    }
    return;
  }
  const constant = origin.decoderInput || DATA_PREFIXES.some((prefix) => value.startsWith(prefix)) ? void 0 : decodeConstant(value);
  if (constant) encodedConstantFacts(ctx, constant, offset2);
  const shape = blobShape(value);
  if (shape && !value.startsWith("data:") && !DATA_PREFIXES.some((prefix) => value.startsWith(prefix)) && !isStructuredData(value, shape)) {
    out.add(
      {
        key: `obfuscation:${shape}-blob`,
        kind: "obfuscation",
        severity: "medium",
        detail: `${path} contains a ${value.length}-character ${shape === "hex" ? "hex" : "base64"} string with the randomness of encoded data, a common way to hide a payload from review.`
      },
      offset2
    );
  }
  if (origin.raw && origin.raw.length >= 48) {
    const escapes = origin.raw.match(PRINTABLE_HEX_ESCAPE)?.length ?? 0;
    if (escapes >= 12 && escapes * 4 >= origin.raw.length / 2) {
      out.add(
        {
          key: "obfuscation:escaped-strings",
          kind: "obfuscation",
          severity: "medium",
          detail: `${path} spells ordinary text as \`\\x..\` escapes (${escapes} in one string), which only serves to hide what the code says.`
        },
        offset2
      );
    }
  }
}

// src/checks/code/ast/sinks/filesystem.ts
var PATH_BUILDERS = /* @__PURE__ */ new Set(["join", "resolve"]);
function pathJoinFacts(scan, site, method) {
  if (method === void 0 || !PATH_BUILDERS.has(method) || site.args.length < 2) return;
  stringFacts(scan, site.args.map((a) => partialString(a, scan.folder)).join("/"), site.node.start);
}

// src/checks/code/ast/network-apis.ts
function networkApi(name, path) {
  const what = {
    fetch: "calls `fetch`",
    XMLHttpRequest: "uses `XMLHttpRequest`",
    WebSocket: "opens a `WebSocket`",
    sendBeacon: "calls `navigator.sendBeacon`"
  };
  return {
    key: `network:${name.toLowerCase()}`,
    kind: "network",
    severity: "medium",
    detail: `${path} ${what[name] ?? `uses \`${name}\``}, so it can send data to and receive data from any server.`
  };
}
function hookFact(left, folder, path, add) {
  if (left.type !== "MemberExpression") return;
  const key = memberKey(left, folder);
  const object = left.object;
  let target;
  if (key === "fetch" && isGlobalObject(object, folder)) target = "fetch";
  else if ((key === "open" || key === "send") && object.type === "MemberExpression" && memberKey(object, folder) === "prototype" && refersTo(object.object, folder) === "XMLHttpRequest") target = "XMLHttpRequest";
  else if ((key === "request" || key === "send" || key === "sendAsync") && refersTo(object, folder) === "ethereum") target = "ethereum";
  if (!target) return;
  add({
    key: `network:hook:${target.toLowerCase()}`,
    kind: "network",
    severity: "high",
    detail: target === "ethereum" ? `${path} replaces the wallet's \`ethereum.${key}\` with its own function, so it can read and rewrite the user's crypto transactions.` : `${path} replaces the page's \`${target === "fetch" ? "fetch" : `XMLHttpRequest.prototype.${key}`}\` with its own function, so it can read and rewrite every request the page makes.`
  });
}

// src/checks/code/ast/sinks/globals.ts
function globalHookFacts(scan, node) {
  hookFact(node.left, scan.folder, scan.path, (fact) => addFact(scan, fact, node));
}
function computedGlobalCallFacts(scan, node, parent) {
  const isCallee = parent?.type === "CallExpression" && parent.callee === node;
  if (!node.computed || !isCallee || !isGlobalObject(node.object, scan.folder)) return;
  addFact(
    scan,
    {
      key: "obfuscation:dynamic-global-call",
      kind: "obfuscation",
      severity: "medium",
      detail: `${scan.path} calls a global function whose name is computed at runtime, which hides from review which function it calls.`
    },
    node
  );
}
function computedGlobalReachFacts(scan, member, target) {
  if (!member.node.computed || target !== "eval" && target !== "Function" || member.call) return;
  addFact(
    scan,
    { key: `eval:${target}`, kind: "eval", severity: "high", detail: `${scan.path} reaches \`${target}\` through a computed name, a way to run code built from strings without writing \`${target}\`.` },
    member.node
  );
}
function walletFacts(scan, member, target) {
  if (target !== "ethereum") return;
  addFact(
    scan,
    {
      key: "network:wallet:ethereum",
      kind: "network",
      severity: "high",
      detail: `${scan.path} uses \`window.ethereum\`, the browser's crypto wallet, so it can see and request transactions from the user's wallet.`
    },
    member.node
  );
}

// src/checks/code/ast/sinks/network.ts
var NETWORK_GLOBALS = /* @__PURE__ */ new Set(["fetch", "XMLHttpRequest", "WebSocket"]);
function fetchCallFacts(scan, site, target) {
  if (target === "fetch") addFact(scan, networkApi("fetch", scan.path), site.node);
}
function networkGlobalFacts(scan, node) {
  addFact(scan, networkApi(node.name, scan.path), node);
}
function networkMemberFacts(scan, member, target) {
  if (target !== void 0 && NETWORK_GLOBALS.has(target)) addFact(scan, networkApi(target, scan.path), member.node);
  if (member.key === "sendBeacon") addFact(scan, networkApi("sendBeacon", scan.path), member.node);
}
var HOST_OPTIONS = /* @__PURE__ */ new Set(["host", "hostname"]);
function requestOptionHostFacts(scan, site) {
  for (const arg of site.args) {
    const options = arg.type === "Identifier" ? scan.folder.boundExpression(arg.name) : arg;
    if (options?.type !== "ObjectExpression") continue;
    for (const property of options.properties) {
      if (property.type !== "Property" || property.computed) continue;
      const key = property.key;
      const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : void 0;
      const value = property.value;
      if (name === void 0 || !HOST_OPTIONS.has(name) || value.type === "Literal") continue;
      const folded = scan.folder.fold(value);
      if (folded) hostOptionFacts(scan, folded.value, value.start);
    }
  }
}

// src/checks/code/ast/sinks/strings.ts
var FOLDING_CALLS = /* @__PURE__ */ new Set(["atob", "from", "fromCharCode", "join", "toString", "decodeURIComponent", "unescape", "concat", "replace", "replaceAll"]);
var PATH_BUILDERS2 = /* @__PURE__ */ new Set(["join", "resolve"]);
function isPathPart(scan, node, parent) {
  if (parent?.type === "BinaryExpression" && parent.operator === "+") return true;
  if (parent?.type !== "CallExpression" && parent?.type !== "NewExpression" || parent.callee === node || parent.arguments.length < 2) return false;
  const callee = parent.callee;
  const name = callee.type === "MemberExpression" ? memberKey(callee, scan.folder) : callee.type === "Identifier" ? callee.name : void 0;
  return name !== void 0 && PATH_BUILDERS2.has(name);
}
var HOST_OPTIONS2 = /* @__PURE__ */ new Set(["host", "hostname"]);
function isHostOption(node, parent) {
  if (parent?.type !== "Property" || parent.value !== node || parent.computed) return false;
  const key = parent.key;
  const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? String(key.value) : void 0;
  return name !== void 0 && HOST_OPTIONS2.has(name);
}
function isDecoderInput(scan, node, parent) {
  if (parent?.type !== "CallExpression" && parent?.type !== "NewExpression" || !parent.arguments.includes(node)) return false;
  return scan.folder.fold(parent)?.decoded !== void 0;
}
function literalFacts(scan, node, parent) {
  if (typeof node.value !== "string") return;
  stringFacts(scan, node.value, node.start, { raw: node.raw, pathPart: isPathPart(scan, node, parent), decoderInput: isDecoderInput(scan, node, parent) });
  if (isHostOption(node, parent)) hostOptionFacts(scan, node.value, node.start);
}
function templateFacts(scan, node) {
  stringFacts(scan, node.expressions.length > 0 ? partialString(node, scan.folder) : templateText(node), node.start);
}
function concatenationFacts(scan, node) {
  const folded = scan.folder.fold(node);
  stringFacts(scan, folded ? folded.value : partialString(node, scan.folder), node.start, folded?.decoded ? { decoded: folded.decoded } : {});
}
function decodedCallFacts(scan, site, method) {
  if (method === void 0 || !FOLDING_CALLS.has(method) && site.node.callee.type !== "Identifier") return;
  const folded = scan.folder.fold(site.node);
  if (folded?.decoded) stringFacts(scan, folded.value, site.node.start, { decoded: folded.decoded });
}
function charCodeArrayFacts(scan, node) {
  const codes = node.elements.map((e) => e?.type === "Literal" && typeof e.value === "number" ? e.value : -1);
  const decoded = codes.includes(-1) ? void 0 : decodeCharCodes(codes);
  if (decoded) encodedConstantFacts(scan, decoded, node.start);
}

// src/checks/code/ast/ast-facts.ts
function astFacts(program, ctx) {
  const scan = startFileScan(ctx);
  scan.textModule = isTextModule(program);
  const candidates = collectCandidates(program, scan);
  for (const { node } of candidates) {
    if (node.type === "CallExpression" || node.type === "NewExpression") noteChildEnvironment(scan, { node, args: node.arguments.filter((a) => a.type !== "SpreadElement") });
  }
  for (const candidate of candidates) candidateFacts(scan, candidate);
  hexIdentifierFacts(scan);
  secretNameFacts(scan);
}
function candidateFacts(scan, { node, parent, enclosing }) {
  switch (node.type) {
    case "CallExpression":
    case "NewExpression":
      return callFacts(scan, node, parent, enclosing);
    case "ImportExpression":
      return dynamicImportFacts(scan, node, parent);
    case "ImportDeclaration": {
      const names = importedNames(node);
      importFacts(scan, node, parent, names);
      return childProcessImportFacts(scan, node, names);
    }
    case "ExportNamedDeclaration":
    case "ExportAllDeclaration":
      return reexportFacts(scan, node, parent);
    case "VariableDeclarator": {
      if (node.id.type !== "ObjectPattern" || !node.init) return;
      const keys = destructuredKeys(node.id, scan.folder);
      envDestructuringFacts(scan, node, node.init, keys);
      return childProcessDestructuringFacts(scan, node, node.init, keys);
    }
    case "ForInStatement":
      return envEnumerationFacts(scan, node);
    case "AssignmentExpression":
      return globalHookFacts(scan, node);
    case "MemberExpression":
      return memberFacts(scan, node, parent);
    case "Identifier":
      return networkGlobalFacts(scan, node);
    case "Literal":
      return literalFacts(scan, node, parent);
    case "TemplateLiteral":
      return templateFacts(scan, node);
    case "ArrayExpression":
      return charCodeArrayFacts(scan, node);
    case "BinaryExpression":
      return concatenationFacts(scan, node);
    default:
      return;
  }
}
function callFacts(scan, node, parent, enclosing) {
  const args = node.arguments.filter((a) => a.type !== "SpreadElement");
  const site = { node, parent, enclosing, args };
  envCallFacts(scan, site);
  requireFacts(scan, site);
  const callee = node.callee;
  const target = refersTo(callee, scan.folder);
  evalTargetFacts(scan, site, target);
  fetchCallFacts(scan, site, target);
  requestOptionHostFacts(scan, site);
  const method = callee.type === "MemberExpression" ? memberKey(callee, scan.folder) : callee.type === "Identifier" ? callee.name : void 0;
  evalMethodFacts(scan, site, method);
  charCodeFacts(scan, site, method);
  decodedCallFacts(scan, site, method);
  pathJoinFacts(scan, site, method);
  childProcessCallFacts(scan, site);
  moduleUseFacts(scan, site);
}
function memberFacts(scan, node, parent) {
  const key = memberKey(node, scan.folder);
  if (key === void 0) return computedGlobalCallFacts(scan, node, parent);
  const call = parent?.type === "CallExpression" && parent.callee === node ? parent : void 0;
  const member = { node, key, object: node.object, parent, call };
  if (envMemberFacts(scan, member) || evalMemberFacts(scan, member) || processMemberFacts(scan, member)) return;
  const target = refersTo(node, scan.folder);
  computedGlobalReachFacts(scan, member, target);
  networkMemberFacts(scan, member, target);
  walletFacts(scan, member, target);
}
function destructuredKeys(pattern, folder) {
  return pattern.properties.map((p2) => {
    if (p2.type !== "Property") return void 0;
    if (p2.computed) return folder.fold(p2.key)?.value;
    return p2.key.type === "Identifier" ? p2.key.name : p2.key.type === "Literal" ? String(p2.key.value) : void 0;
  });
}
function isTextModule(program) {
  if (program.body.length !== 1) return false;
  const only = program.body[0];
  const isText2 = (node) => node.type === "Literal" && typeof node.value === "string" || node.type === "TemplateLiteral" && node.expressions.length === 0;
  if (only.type === "ExportDefaultDeclaration") return isText2(only.declaration);
  return only.type === "ExpressionStatement" && only.expression.type === "AssignmentExpression" && only.expression.left.type === "MemberExpression" && !only.expression.left.computed && only.expression.left.property.type === "Identifier" && only.expression.left.property.name === "exports" && isText2(only.expression.right);
}

// src/checks/code/ast/fact-collector.ts
var FactCollector = class {
  constructor(path, text) {
    this.path = path;
    this.text = text;
  }
  path;
  text;
  facts = /* @__PURE__ */ new Map();
  /** Keys whose place is still where the capability was only declared (an import), not where it is used. */
  declaredOnly = /* @__PURE__ */ new Set();
  starts;
  /** Said after each detail, e.g. when the fact was found inside a decoded string or by a text scan. */
  suffix = "";
  has(key) {
    return this.facts.has(key);
  }
  /** Records a fact where it is used (`end` given: the evidence covers that node's first lines). */
  add(input, offset2, end) {
    if (this.facts.has(input.key)) return;
    this.facts.set(input.key, {
      key: input.key,
      kind: input.kind,
      detail: this.suffix ? `${input.detail.replace(/\.$/, "")} ${this.suffix}.` : input.detail,
      file: this.path,
      ...this.place(offset2, end),
      severity: input.severity
    });
  }
  /**
   * Records a fact where the capability is only declared (`require('child_process')`, `import https`): a reviewer
   * judges the call, not the import, so the first later `use` of the same key moves the evidence there.
   */
  declare(input, offset2) {
    if (this.facts.has(input.key)) return;
    this.add(input, offset2);
    this.declaredOnly.add(input.key);
  }
  /** Moves a declared fact's line and evidence to the call that uses it (the first one). */
  use(key, offset2, end) {
    const fact = this.facts.get(key);
    if (!fact || !this.declaredOnly.delete(key)) return;
    this.facts.set(key, { ...fact, ...this.place(offset2, end) });
  }
  place(offset2, end) {
    this.starts ??= lineStarts(this.text);
    return {
      line: lineOf(this.starts, offset2),
      evidence: end === void 0 ? evidenceAt(this.text, this.starts, offset2) : evidenceSpan(this.text, this.starts, offset2, end)
    };
  }
  /** Adopts facts found in code hidden inside this file (a decoded string), placed where that string is. */
  adopt(inner, offset2, note) {
    for (const fact of inner) {
      this.add({ key: fact.key, kind: fact.kind, severity: fact.severity, detail: `${fact.detail.replace(/\.$/, "")} ${note}.` }, offset2);
    }
  }
  /** Replaces a fact already collected (used to raise a severity once the whole file is known). */
  update(key, change) {
    const fact = this.facts.get(key);
    if (fact) this.facts.set(key, change(fact));
  }
  list() {
    return [...this.facts.values()];
  }
};

// src/checks/code/ast/string-eval.ts
var MAX_LENGTH = 512 * 1024;
var MAX_DEPTH3 = 24;
var MAX_ARRAY = 2e4;
var MAX_TAINT_NODES = 400;
var DECODE_ENCODINGS = /* @__PURE__ */ new Set(["base64", "base64url", "hex", "latin1", "binary", "ucs2", "utf16le"]);
var propertyName = (node) => node.type === "Identifier" ? node.name : node.type === "Literal" && typeof node.value === "string" ? node.value : void 0;
function decodeBytes(text, encoding) {
  return Buffer.from(text, encoding).toString("utf8");
}
var StringFolder = class {
  bindings = /* @__PURE__ */ new Map();
  helpers = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new WeakMap();
  taintMemo = /* @__PURE__ */ new WeakMap();
  /** Records `name = expr` (declaration or assignment). A name bound more than once is not folded. */
  bind(name, expr) {
    const list2 = this.bindings.get(name);
    if (list2) list2.push(expr);
    else this.bindings.set(name, [expr]);
  }
  /** Records a named function; one whose body is a single `return` can be inlined when folding calls. */
  defineFunction(name, fn) {
    if (fn.type !== "FunctionDeclaration" && fn.type !== "FunctionExpression" && fn.type !== "ArrowFunctionExpression") return;
    this.functions.set(name, fn);
    const params = fn.params.map((p2) => p2.type === "Identifier" ? p2.name : "");
    if (params.includes("")) return;
    let body;
    if (fn.body.type !== "BlockStatement") body = fn.body;
    else if (fn.body.body.length === 1 && fn.body.body[0].type === "ReturnStatement") body = fn.body.body[0].argument ?? void 0;
    if (body) this.helpers.set(name, { params, body });
  }
  /** The single expression a name is bound to, if it is bound exactly once. */
  boundExpression(name) {
    const list2 = this.bindings.get(name);
    return list2 && list2.length === 1 ? list2[0] : void 0;
  }
  fold(node) {
    return this.foldAt(node, 0, void 0);
  }
  foldAt(node, depth, scope) {
    if (depth > MAX_DEPTH3) return void 0;
    if (!scope) {
      const known = this.memo.get(node);
      if (known !== void 0) return known ?? void 0;
      this.memo.set(node, null);
      const result = this.compute(node, depth, scope);
      this.memo.set(node, result ?? null);
      return result;
    }
    return this.compute(node, depth, scope);
  }
  compute(node, depth, scope) {
    const next = (n) => this.foldAt(n, depth + 1, scope);
    switch (node.type) {
      case "Literal":
        if (typeof node.value === "string") return { value: node.value };
        if (typeof node.value === "number" || typeof node.value === "boolean") return { value: String(node.value) };
        return void 0;
      case "TemplateLiteral": {
        let value = "";
        let decoded;
        for (let i2 = 0; i2 < node.quasis.length; i2++) {
          const cooked = node.quasis[i2].value.cooked;
          if (cooked === null || cooked === void 0) return void 0;
          value += cooked;
          const expr = node.expressions[i2];
          if (expr) {
            const part = next(expr);
            if (!part) return void 0;
            value += part.value;
            decoded ??= part.decoded;
          }
        }
        return limit({ value, decoded });
      }
      case "BinaryExpression": {
        if (node.operator !== "+" || node.left.type === "PrivateIdentifier") return void 0;
        const left = next(node.left);
        const right = left && next(node.right);
        return right ? limit({ value: left.value + right.value, decoded: left.decoded ?? right.decoded }) : void 0;
      }
      case "Identifier": {
        const local = scope?.get(node.name);
        if (local) return local;
        const bound = this.boundExpression(node.name);
        return bound ? this.foldAt(bound, depth + 1, void 0) : void 0;
      }
      case "SequenceExpression":
        return next(node.expressions[node.expressions.length - 1]);
      case "CallExpression":
      case "NewExpression":
        return this.foldCall(node, depth, scope);
      default:
        return void 0;
    }
  }
  foldCall(node, depth, scope) {
    if (node.callee.type === "Identifier") return this.foldFunctionCall(node.callee.name, node.arguments, depth, scope);
    if (node.callee.type === "MemberExpression") return this.foldMethodCall(node.callee, node.arguments, depth, scope);
    return void 0;
  }
  /** `atob(x)`, `decodeURIComponent(x)`, `String(x)`, or a one-line helper inlined with its folded arguments. */
  foldFunctionCall(name, args, depth, scope) {
    const next = (n) => n && n.type !== "SpreadElement" ? this.foldAt(n, depth + 1, scope) : void 0;
    if (name === "atob" && args.length === 1) {
      const input = next(args[0]);
      return input ? limit({ value: decodeBytes(input.value, "base64"), decoded: "base64" }) : void 0;
    }
    if ((name === "decodeURIComponent" || name === "decodeURI" || name === "unescape") && args.length === 1) {
      const input = next(args[0]);
      if (!input) return void 0;
      try {
        return { value: name === "unescape" ? unescape(input.value) : decodeURIComponent(input.value), decoded: "URI escapes" };
      } catch {
        return void 0;
      }
    }
    if (name === "String" && args.length === 1) return next(args[0]);
    const helper = this.helpers.get(name);
    if (!helper || depth >= MAX_DEPTH3 - 4) return void 0;
    const inner = /* @__PURE__ */ new Map();
    for (let i2 = 0; i2 < helper.params.length; i2++) {
      const value = next(args[i2]);
      if (!value) return void 0;
      inner.set(helper.params[i2], value);
    }
    return this.foldAt(helper.body, depth + 1, inner);
  }
  /** `Buffer.from(x, 'base64')`, `String.fromCharCode(...)`, `[...].join('')`, and string methods on a folded value. */
  foldMethodCall(callee, args, depth, scope) {
    const next = (n) => n && n.type !== "SpreadElement" ? this.foldAt(n, depth + 1, scope) : void 0;
    const method = callee.computed ? next(callee.property)?.value : propertyName(callee.property);
    const object = callee.object;
    if (method === void 0 || object.type === "Super") return void 0;
    const objectName = object.type === "Identifier" ? object.name : void 0;
    if (objectName === "Buffer" && method === "from" && args.length >= 1) return this.foldBuffer(args, depth, scope);
    if (objectName === "String" && method === "fromCharCode") {
      const codes = this.foldNumbers(args, depth, scope);
      return codes ? limit({ value: String.fromCharCode(...codes.slice(0, MAX_ARRAY)), decoded: "char codes" }) : void 0;
    }
    if (method === "join") {
      const parts = this.foldArray(object, depth + 1, scope);
      const separator = args.length === 0 ? { value: "," } : next(args[0]);
      if (!parts || !separator) return void 0;
      return limit({ value: parts.values.join(separator.value), decoded: parts.decoded });
    }
    const base2 = next(object);
    return base2 ? this.foldStringMethod(method, base2, args, depth, scope) : void 0;
  }
  /** What `base.method(...args)` returns, for the string methods that decoders and assemblers use. */
  foldStringMethod(method, base2, args, depth, scope) {
    const next = (n) => n && n.type !== "SpreadElement" ? this.foldAt(n, depth + 1, scope) : void 0;
    switch (method) {
      case "toString":
      case "valueOf":
      case "trim":
        return method === "trim" ? { ...base2, value: base2.value.trim() } : base2;
      case "toLowerCase":
        return { ...base2, value: base2.value.toLowerCase() };
      case "toUpperCase":
        return { ...base2, value: base2.value.toUpperCase() };
      case "concat": {
        let value = base2.value;
        for (const arg of args) {
          const part = next(arg);
          if (!part) return void 0;
          value += part.value;
        }
        return limit({ value, decoded: base2.decoded });
      }
      case "replace":
      case "replaceAll": {
        const pattern = args[0]?.type === "Literal" && typeof args[0].value === "string" ? args[0].value : void 0;
        const replacement = next(args[1]);
        if (pattern === void 0 || !replacement || replacement.value.includes("$")) return void 0;
        const value = method === "replace" ? base2.value.replace(pattern, replacement.value) : base2.value.split(pattern).join(replacement.value);
        return limit({ value, decoded: base2.decoded });
      }
      case "slice":
      case "substring":
      case "substr": {
        const numbers = this.foldNumbers(args, depth, scope);
        if (!numbers) return void 0;
        const [a, b2] = numbers;
        const value = method === "slice" ? base2.value.slice(a, b2) : method === "substring" ? base2.value.substring(a ?? 0, b2) : base2.value.substr(a ?? 0, b2);
        return { ...base2, value };
      }
      default:
        return void 0;
    }
  }
  foldBuffer(args, depth, scope) {
    const first = args[0];
    if (first.type === "ArrayExpression") {
      const codes = this.foldNumbers(first.elements, depth, scope);
      return codes ? limit({ value: Buffer.from(codes.slice(0, MAX_ARRAY)).toString("utf8"), decoded: "byte values" }) : void 0;
    }
    const input = first.type === "SpreadElement" ? void 0 : this.foldAt(first, depth + 1, scope);
    if (!input) return void 0;
    const encodingArg = args[1];
    const encoding = encodingArg && encodingArg.type !== "SpreadElement" ? this.foldAt(encodingArg, depth + 1, scope)?.value : "utf8";
    if (encoding === void 0) return void 0;
    const normalized = encoding.toLowerCase();
    if (!DECODE_ENCODINGS.has(normalized)) return input;
    return limit({ value: decodeBytes(input.value, normalized), decoded: normalized === "base64url" ? "base64" : normalized });
  }
  foldNumbers(args, depth, scope) {
    if (args.length > MAX_ARRAY) return void 0;
    const numbers = [];
    for (const arg of args) {
      if (!arg) return void 0;
      if (arg.type === "SpreadElement") {
        const spread = this.foldArray(arg.argument, depth + 1, scope);
        if (!spread) return void 0;
        for (const v2 of spread.values) numbers.push(Number(v2));
        continue;
      }
      const value = arg.type === "Literal" && typeof arg.value === "number" ? arg.value : Number(this.foldAt(arg, depth + 1, scope)?.value);
      if (!Number.isFinite(value)) return void 0;
      numbers.push(value);
    }
    return numbers;
  }
  foldArray(node, depth, scope) {
    if (depth > MAX_DEPTH3) return void 0;
    if (node.type === "ArrayExpression") {
      if (node.elements.length > MAX_ARRAY) return void 0;
      const values = [];
      for (const element of node.elements) {
        const part = element && element.type !== "SpreadElement" ? this.foldAt(element, depth + 1, scope) : void 0;
        if (!part) return void 0;
        values.push(part.value);
      }
      return { values };
    }
    if (node.type === "Identifier") {
      const bound = scope ? void 0 : this.boundExpression(node.name);
      return bound ? this.foldArray(bound, depth + 1, void 0) : void 0;
    }
    if (node.type !== "CallExpression" || node.callee.type !== "MemberExpression" || node.callee.computed) return void 0;
    const method = propertyName(node.callee.property);
    const object = node.callee.object;
    if (method === "reverse" && node.arguments.length === 0) {
      const inner = this.foldArray(object, depth + 1, scope);
      return inner ? { values: [...inner.values].reverse(), decoded: "reversed" } : void 0;
    }
    if (method === "split" && node.arguments.length === 1) {
      const text = this.foldAt(object, depth + 1, scope);
      const separator = node.arguments[0].type === "SpreadElement" ? void 0 : this.foldAt(node.arguments[0], depth + 1, scope);
      if (!text || !separator) return void 0;
      const values = text.value.split(separator.value);
      return values.length > MAX_ARRAY ? void 0 : { values, decoded: text.decoded };
    }
    return void 0;
  }
  /**
   * True when the expression's value comes out of a decoder (base64/hex Buffer, atob, a decipher, char codes), directly,
   * through names bound to such values, or through a function that decodes: the shape of a hidden payload.
   */
  isDecoded(node) {
    let budget = MAX_TAINT_NODES;
    const seen = /* @__PURE__ */ new Set();
    const visit = (n, hops) => {
      if (--budget < 0) return false;
      const known = this.taintMemo.get(n);
      if (known !== void 0) return known;
      let found = isDecoderCall(n);
      if (!found && n.type === "Identifier" && hops < 4 && !seen.has(n.name)) {
        seen.add(n.name);
        const bound = this.bindings.get(n.name) ?? [];
        found = bound.length <= 3 && bound.some((expr) => visit(expr, hops + 1));
      }
      if (!found && n.type === "CallExpression" && n.callee.type === "Identifier" && hops < 4 && !seen.has(`${n.callee.name}()`)) {
        seen.add(`${n.callee.name}()`);
        const fn = this.functions.get(n.callee.name);
        if (fn) found = visit(fn, hops + 1);
      }
      if (!found) forEachChild(n, (child) => found ||= visit(child, hops));
      if (budget >= 0) this.taintMemo.set(n, found);
      return found;
    };
    return visit(node, 0);
  }
};
function limit(folded) {
  if (folded.value.length > MAX_LENGTH) return void 0;
  return folded.decoded === void 0 ? { value: folded.value } : folded;
}
var DECODER_NAMES = /* @__PURE__ */ new Set(["atob", "createDecipher", "createDecipheriv", "fromCharCode", "inflateSync", "gunzipSync", "brotliDecompressSync"]);
function isDecoderCall(node) {
  if (node.type !== "CallExpression" && node.type !== "NewExpression") return false;
  const callee = node.callee;
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? propertyName(callee.property) : void 0;
  if (name === void 0) return false;
  if (DECODER_NAMES.has(name)) return true;
  if (name === "from" || name === "update" || name === "Buffer") {
    return node.arguments.some((arg) => arg.type === "Literal" && typeof arg.value === "string" && /^(base64|base64url|hex)$/i.test(arg.value));
  }
  return false;
}

// src/checks/code/token-scan.ts
var MAX_MATCHES = 2e5;
var MAX_LOCAL_IMPORTS2 = 1e3;
var MODULE_REFERENCE = /\b(?:require\s*\(\s*|import\s*\(\s*|from\s*|import\s*)(['"`])((?:node:)?[@\w./-]{1,100})\1/g;
var STRING_LITERAL = /(['"`])((?:\\.|(?!\1)[^\\\r\n]){4,4096})\1/g;
var EVAL_CALL = /(?<![\w$.])eval\s*\(/g;
var FUNCTION_CONSTRUCTOR = /(?<![\w$.])(?:new\s+)?Function\s*\(/g;
var ENV_ENUMERATE = /\bObject\.(?:keys|entries|values)\s*\(\s*process\.env\s*\)(?!\s*\.\s*(?:filter|find|some|every|includes|indexOf)\b)|\bin\s+process\.env\s*\)/g;
var ENV_SERIALIZE = /\bJSON\.stringify\s*\(\s*process\.env\s*[,)]/g;
var CHILD_PROCESS_CALL = /\b(?:child_process|childProcess|cp)\.(\w+)\s*\(|\brequire\s*\(\s*(['"`])(?:node:)?child_process\2\s*\)\s*\.\s*(\w+)\s*\(/g;
var OBFUSCATED_ID2 = /\b_0x[0-9a-f]{4,}\b/gi;
var NETWORK_API = /\b(fetch|sendBeacon)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket)\b/g;
var MODULE_COMPILE = /\._compile\s*\(/g;
var PROCESS_BINDING = /\bprocess\s*\.\s*(?:binding|_linkedBinding)\s*\(\s*(['"])(spawn_sync|process_wrap)\1/g;
var HOOK = /\b(?:(?:window|globalThis|self|global)\s*\.\s*(fetch)|XMLHttpRequest\s*\.\s*prototype\s*\.\s*(open|send)|ethereum\s*\.\s*(request|send|sendAsync))\s*=(?!=)/g;
function* limited(text, pattern) {
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    if (++count > MAX_MATCHES) return;
    yield match;
  }
}
function localImportsIn(text) {
  const found = /* @__PURE__ */ new Set();
  for (const match of text.matchAll(MODULE_REFERENCE)) {
    if (/^\.\.?\//.test(match[2]) && found.size < MAX_LOCAL_IMPORTS2) found.add(match[2]);
  }
  return [...found];
}
function tokenScanFacts(path, text) {
  const out = new FactCollector(path, text);
  out.suffix = "(found by a text scan: the file is too large or too broken to parse)";
  const ctx = { path, out, scanHidden: () => [] };
  for (const match of text.matchAll(MODULE_REFERENCE)) {
    const fact = moduleFact(path, match[2]);
    if (fact) out.add(fact, match.index);
  }
  addAtFirstMatch(out, text, EVAL_CALL, { key: "eval:eval", kind: "eval", severity: "high", detail: `${path} runs code built from strings with \`eval\`, so what it runs cannot be read in the published source.` });
  addAtFirstMatch(out, text, FUNCTION_CONSTRUCTOR, { key: "eval:Function", kind: "eval", severity: "high", detail: `${path} runs code built from strings with \`Function\`, so what it runs cannot be read in the published source.` });
  addAtFirstMatch(out, text, ENV_ENUMERATE, { key: "env:enumerate", kind: "env", severity: "high", detail: `${path} walks through every environment variable in \`process.env\`, which is how credential stealers collect CI secrets and tokens.` });
  addAtFirstMatch(out, text, ENV_SERIALIZE, { key: "env:serialize", kind: "env", severity: "high", detail: `${path} serializes the whole \`process.env\` (every environment variable, including CI secrets and tokens), the first step of sending it elsewhere.` });
  for (const match of text.matchAll(CHILD_PROCESS_CALL)) {
    const member = match[1] ?? match[3];
    if (CHILD_PROCESS_MEMBERS.has(member)) {
      out.add({ key: `shell:child_process.${member}`, kind: "shell", severity: "high", detail: `${path} runs other programs through \`child_process.${member}\`, so this package can run any program on the machine that installs or uses it.` }, match.index);
    }
  }
  for (const match of text.matchAll(NETWORK_API)) {
    const name = match[1] ?? match[2];
    if (!out.has(`network:${name.toLowerCase()}`)) out.add(networkApi(name, path), match.index);
  }
  addAtFirstMatch(out, text, MODULE_COMPILE, { key: "eval:module._compile", kind: "eval", severity: "high", detail: `${path} reaches Node's internal \`module._compile\`, which compiles and runs source text as a module.` });
  for (const match of text.matchAll(PROCESS_BINDING)) {
    out.add({ key: `shell:process.binding:${match[2]}`, kind: "shell", severity: "high", detail: `${path} reaches Node's internal \`${match[2]}\` binding through \`process.binding\`, starting programs without going through \`child_process\`.` }, match.index);
  }
  addHookFacts(out, path, text);
  for (const match of limited(text, STRING_LITERAL)) stringFacts(ctx, match[2], match.index);
  addObfuscatedNamesFact(out, path, text);
  return out.list();
}
function addAtFirstMatch(out, text, pattern, fact) {
  for (const match of text.matchAll(pattern)) {
    out.add(fact, match.index);
    break;
  }
}
function addHookFacts(out, path, text) {
  for (const match of text.matchAll(HOOK)) {
    const target = match[1] ? "fetch" : match[2] ? "XMLHttpRequest" : "ethereum";
    const detail = target === "ethereum" ? `${path} replaces the wallet's \`ethereum.${match[3]}\` with its own function, so it can read and rewrite the user's crypto transactions.` : `${path} replaces the page's \`${target === "fetch" ? "fetch" : `XMLHttpRequest.prototype.${match[2]}`}\` with its own function, so it can read and rewrite every request the page makes.`;
    out.add({ key: `network:hook:${target.toLowerCase()}`, kind: "network", severity: "high", detail }, match.index);
  }
}
function addObfuscatedNamesFact(out, path, text) {
  const ids = /* @__PURE__ */ new Set();
  let first = -1;
  for (const match of limited(text, OBFUSCATED_ID2)) {
    if (first < 0) first = match.index;
    ids.add(match[0]);
    if (ids.size >= 5) {
      out.add({ key: "obfuscation:hex-identifiers", kind: "obfuscation", severity: "medium", detail: `${path} uses machine-generated names like \`${match[0]}\`, the mark of an obfuscator hiding what the code does.` }, first);
      break;
    }
  }
}
var DOWNLOADERS2 = /\b(curl|wget|Invoke-WebRequest|Invoke-RestMethod|iwr|irm|Start-BitsTransfer|bitsadmin|certutil)\b/i;
function shellScriptFacts(path, text) {
  const out = new FactCollector(path, text);
  const lines = text.split("\n").slice(0, 2e4);
  let offset2 = 0;
  for (const line of lines) {
    const comment = /^\s*(#|rem\b|::)/i.test(line);
    if (!comment) {
      const tool = DOWNLOADERS2.exec(line);
      if (tool) {
        out.add({ key: "network:download", kind: "network", severity: "high", detail: `${path} downloads files with \`${tool[1]}\`, so what runs can change after review without a new release.` }, offset2 + tool.index);
      }
      for (const { host, url } of urlHostsIn(line, { prose: true })) {
        out.add({ key: `network:host:${host}`, kind: "network", severity: "medium", detail: `${path} contains the address \`${url}\`, so this package may send data to or download code from \`${host}\`.` }, offset2);
      }
      for (const word of line.split(/[\s'"=;|&()]+/)) {
        for (const target of sensitivePathsIn(word)) {
          out.add({ key: `fs-sensitive:${target.target}`, kind: "fs-sensitive", severity: target.severity, detail: `${path} refers to \`${target.target}\`, which holds ${target.holds}; reading it is how credential stealers start.` }, offset2);
        }
      }
    }
    offset2 += line.length + 1;
  }
  return out.list();
}

// src/checks/code/source-facts.ts
var MAX_AST_BYTES = 1024 * 1024;
var MAX_HIDDEN_DEPTH = 2;
var MAX_HIDDEN_BYTES = 256 * 1024;
var JS_EXTENSIONS = /\.(js|cjs|mjs|jsx|ts|cts|mts|tsx)$/i;
var NODE_SHEBANG = /^#!.*\bnode\b/;
function isSourceFile(path, text) {
  if (/\.d\.[cm]?ts$/i.test(path)) return false;
  if (JS_EXTENSIONS.test(path)) return true;
  const base2 = path.slice(path.lastIndexOf("/") + 1);
  return !base2.includes(".") && text !== void 0 && NODE_SHEBANG.test(text.slice(0, 200));
}
function analyzeSource(path, text) {
  return scanSource(path, text).facts;
}
function scanSource(path, text, depth = 0) {
  const textScan = () => ({ facts: tokenScanFacts(path, text), localImports: localImportsIn(text), method: "text" });
  if (text.length > MAX_AST_BYTES) return textScan();
  const parsed = parseJs(text);
  if (!parsed) return textScan();
  const out = new FactCollector(path, text);
  const localImports = /* @__PURE__ */ new Set();
  const scanHidden = (code) => depth + 1 > MAX_HIDDEN_DEPTH || code.length > MAX_HIDDEN_BYTES ? [] : scanHiddenCode(path, code, depth + 1);
  try {
    astFacts(parsed.program, { path, out, folder: new StringFolder(), localImports, scanHidden });
  } catch {
    return textScan();
  }
  return { facts: raiseSeverities(out), localImports: [...localImports], method: parsed.loose ? "loose-ast" : "ast" };
}
function scanHiddenCode(path, code, depth) {
  if (!parseJs(code, false)) return [];
  return scanSource(path, code, depth).facts;
}
function raiseSeverities(out) {
  const facts = out.list();
  const network = facts.some((f2) => f2.kind === "network");
  const decodedEval = facts.some((f2) => f2.kind === "eval" && f2.key.endsWith(":decoded"));
  for (const fact of facts) {
    if (fact.kind === "env" && network) {
      out.update(fact.key, (f2) => ({ ...f2, severity: "critical", detail: `${f2.detail.replace(/\.$/, "")}, and the same file can send data over the network.` }));
    }
    if (fact.kind === "obfuscation" && decodedEval && fact.severity === "medium") {
      out.update(fact.key, (f2) => ({ ...f2, severity: "high", detail: `${f2.detail.replace(/\.$/, "")}; the same file decodes a payload and runs it.` }));
    }
  }
  return out.list();
}

// src/checks/code/install-scripts.ts
function lifecycleScripts(manifest, source) {
  const scripts = manifest?.scripts;
  if (!scripts || typeof scripts !== "object") return [];
  const names = ["preinstall", "install", "postinstall", ...source === "registry" ? [] : ["prepare"]];
  const found = [];
  for (const name of names) {
    const value = scripts[name];
    if (typeof value === "string" && value.trim() !== "") found.push([name, value]);
  }
  return found;
}
function implicitGyp(manifest, files, explicit) {
  if (!files.has("binding.gyp") || manifest?.gypfile === false) return false;
  return !explicit.some(([name]) => name === "install" || name === "preinstall");
}
var INLINE_CODE = /\b(?:node|nodejs|bun)(?:\.exe)?\s+(?:--?[\w-]+(?:=\S+)?\s+)*?(?:-e|--eval|-p|--print)\s+(?:"((?:\\.|[^"\\])*)"|'([^']*)')/g;
var RUNNERS = /* @__PURE__ */ new Set(["node", "nodejs", "node.exe", "bun", "sh", "bash", "zsh", "dash", "powershell", "pwsh", "powershell.exe"]);
var PREFIXES = /* @__PURE__ */ new Set(["cross-env", "exec", "call", "start", "cmd", "npx", "env", "sudo", "nohup"]);
function scriptFiles(script, files) {
  const withoutInline = script.replace(INLINE_CODE, " ");
  const found = [];
  for (const segment of withoutInline.split(/&&|\|\||[;|&\n]/)) {
    const words = segment.trim().split(/\s+/).filter(Boolean);
    while (words.length > 0 && (PREFIXES.has(words[0].toLowerCase()) || /^\w+=/.test(words[0]) || /^\/[a-z]$/i.test(words[0]))) words.shift();
    if (words.length === 0) continue;
    const runner = words[0].toLowerCase();
    const candidates = RUNNERS.has(runner) ? words.slice(1).filter((w2) => !w2.startsWith("-")).slice(0, 1) : [words[0]];
    for (const candidate of candidates) {
      const resolved = resolveFile(candidate, files);
      if (resolved && !found.includes(resolved)) found.push(resolved);
    }
  }
  return found;
}
function resolveFile(word, files) {
  const clean2 = word.replace(/^["']|["']$/g, "").replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (clean2 === "" || clean2.startsWith("../") || clean2.startsWith("/")) return void 0;
  for (const path of [clean2, `${clean2}.js`, `${clean2}.cjs`, `${clean2}.mjs`, `${clean2}/index.js`]) {
    if (files.get(path)?.type === "file") return path;
  }
  return void 0;
}
function inlineCode(script) {
  return [...script.matchAll(INLINE_CODE)].map((m2) => m2[1] !== void 0 ? m2[1].replace(/\\(.)/g, "$1") : m2[2] ?? "");
}
var DOWNLOAD = /\b(curl|wget|Invoke-WebRequest|iwr|Invoke-RestMethod|irm|certutil|bitsadmin)\b/i;
var PIPE_TO_SHELL = /\|\s*(sudo\s+)?(sh|bash|zsh|node|iex|Invoke-Expression|powershell)\b/i;
function summarizeCapabilities(facts) {
  const parts = [];
  const network = facts.filter((f2) => f2.kind === "network").map((f2) => f2.key.replace(/^network:(module:)?/, "").replace(/^host:/, "host "));
  if (network.length > 0) parts.push(`makes network calls (${network.slice(0, 4).map((n) => `\`${n}\``).join(", ")}${network.length > 4 ? ", ..." : ""})`);
  if (facts.some((f2) => f2.kind === "shell")) parts.push("runs other programs");
  if (facts.some((f2) => f2.kind === "eval" && f2.key.endsWith(":decoded"))) parts.push("decodes and runs a hidden payload");
  else if (facts.some((f2) => f2.kind === "eval")) parts.push("runs code built from strings");
  if (facts.some((f2) => f2.kind === "env")) parts.push("collects environment variables");
  const secrets = facts.filter((f2) => f2.kind === "fs-sensitive").map((f2) => `\`${f2.key.slice("fs-sensitive:".length)}\``);
  if (secrets.length > 0) parts.push(`refers to secret files (${secrets.slice(0, 4).join(", ")})`);
  if (facts.some((f2) => f2.kind === "obfuscation")) parts.push("is obfuscated");
  return parts;
}
function joinClauses(parts) {
  return parts.length <= 1 ? parts[0] ?? "" : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function isDangerous(facts) {
  const network = facts.some((f2) => f2.kind === "network");
  const reach = facts.some((f2) => f2.kind === "env" || f2.kind === "fs-sensitive" || f2.kind === "shell");
  return network && reach || facts.some((f2) => f2.kind === "eval" && f2.key.endsWith(":decoded"));
}
var MAX_KEY_SCRIPT = 300;
var escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function commandIdentity(command, manifest) {
  const version2 = typeof manifest?.version === "string" ? manifest.version : "";
  const name = typeof manifest?.name === "string" ? manifest.name : "";
  if (!/^\d+\.\d+\.\d+/.test(version2)) return command;
  const own = name ? `${escapeRegExp(name)}@` : "(?!)";
  const pattern = new RegExp(`(^|[\\s='"]|${own})v?${escapeRegExp(version2)}(?![\\w.+-])`, "g");
  return command.replace(pattern, "$1{version}");
}
function installScriptFacts(manifest, files, source, factsOfFile) {
  const explicit = lifecycleScripts(manifest, source);
  const scripts = implicitGyp(manifest, files, explicit) ? [...explicit, ["install", "node-gyp rebuild"]] : explicit;
  const raw = files.get("package.json")?.text ?? "";
  const starts = raw ? lineStarts(raw) : [];
  const facts = [];
  for (const [name, script] of scripts) {
    const normalized = script.replace(/\s+/g, " ").trim();
    const shown = normalized.length > 120 ? `${normalized.slice(0, 117)}...` : normalized;
    const implicit = !explicit.some(([n]) => n === name);
    const clauses = [];
    const capabilities = [];
    for (const path of scriptFiles(script, files)) {
      const fileFacts2 = factsOfFile(path);
      capabilities.push(...fileFacts2);
      const summary = summarizeCapabilities(fileFacts2);
      if (summary.length > 0) clauses.push(`${path} ${joinClauses(summary)}`);
    }
    for (const code of inlineCode(script)) {
      const inline = analyzeSource(`package.json (inline ${name} code)`, code);
      capabilities.push(...inline);
      const summary = summarizeCapabilities(inline);
      if (summary.length > 0) clauses.push(`its inline code ${joinClauses(summary)}`);
    }
    const downloads = DOWNLOAD.test(script);
    if (downloads) clauses.push(PIPE_TO_SHELL.test(script) ? "it downloads code and runs it straight away" : "it downloads files from the network");
    const gyp = /^node-gyp rebuild$/.test(normalized);
    const severity = gyp ? "medium" : isDangerous(capabilities) || downloads && PIPE_TO_SHELL.test(script) ? "critical" : "high";
    const scriptsAt = Math.max(0, raw.indexOf('"scripts"'));
    const found = raw.slice(scriptsAt).search(new RegExp(`"${name}"\\s*:`));
    const where = found < 0 ? -1 : scriptsAt + found;
    const lineEnd2 = where >= 0 ? raw.indexOf("\n", where) : -1;
    const detail = implicit ? `The package ships a \`binding.gyp\`, so npm runs \`node-gyp rebuild\` on every install: native code is compiled and can run arbitrary build steps on the installing machine.` : `The \`${name}\` script runs \`${shown}\` on every install of this package${clauses.length > 0 ? `; ${clauses.join("; ")}` : ", before any of its code is imported"}.`;
    facts.push({
      key: `install-script:${name}:${commandIdentity(normalized, manifest).slice(0, MAX_KEY_SCRIPT)}`,
      kind: "install-script",
      severity,
      detail,
      file: implicit ? "binding.gyp" : "package.json",
      ...where >= 0 && !implicit ? { line: lineOf(starts, where), evidence: raw.slice(where, lineEnd2 < 0 ? void 0 : lineEnd2).trim().slice(0, 160) } : {},
      script: { name, command: shown }
    });
  }
  return facts;
}

// src/checks/code/entry-points.ts
var MAX_PATTERN_MATCHES = 2e3;
var MAX_BUNDLED = 500;
var MAX_MANIFEST_DEPTH = 32;
var BUNDLED_MANIFEST = /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/;
function securePath(ref2) {
  const parts = [];
  for (const segment of ref2.replace(/[\\:]/g, "/").split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}
function resolveModule(path, files) {
  const base2 = securePath(path);
  const candidates = base2 === "" ? ["index.js", "index.json", "index.node"] : [base2, `${base2}.js`, `${base2}.json`, `${base2}.node`, `${base2}/index.js`, `${base2}/index.json`, `${base2}/index.node`];
  return candidates.find((candidate) => files.get(candidate)?.type === "file");
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function targets(value, depth = 0, out = []) {
  if (depth > MAX_MANIFEST_DEPTH || out.length > MAX_PATTERN_MATCHES) return out;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) targets(item, depth + 1, out);
  else if (isRecord(value)) for (const item of Object.values(value)) targets(item, depth + 1, out);
  return out;
}
function targetFiles(target, files) {
  if (!target.startsWith("./")) return [];
  const clean2 = target.slice(2);
  const star = clean2.indexOf("*");
  if (star < 0 && !clean2.endsWith("/")) {
    const path = securePath(clean2);
    return files.get(path)?.type === "file" ? [path] : [];
  }
  const prefix = star < 0 ? clean2 : clean2.slice(0, star);
  const suffix = star < 0 ? "" : clean2.slice(clean2.lastIndexOf("*") + 1);
  return filesWhere(files, (path) => path.length >= prefix.length + suffix.length && path.startsWith(prefix) && path.endsWith(suffix));
}
function filesWhere(files, test) {
  const matched = [];
  for (const [path, file] of files) {
    if (file.type !== "file" || !test(path)) continue;
    matched.push(path);
    if (matched.length >= MAX_PATTERN_MATCHES) break;
  }
  return matched;
}
function manifestRuns(manifest, files, source) {
  const entries = /* @__PURE__ */ new Map();
  const scripts = /* @__PURE__ */ new Set();
  const add = (path, why, script = false) => {
    if (path === void 0) return;
    if (!entries.has(path)) entries.set(path, why);
    if (script) scripts.add(path);
  };
  const binFile = (path) => files.get(securePath(path))?.type === "file" ? securePath(path) : void 0;
  const main = manifest?.main;
  add(resolveModule(typeof main === "string" ? main : "", files) ?? resolveModule("", files), typeof main === "string" ? "`main`" : "the default `main` (index.js)", true);
  if (typeof manifest?.module === "string") add(resolveModule(manifest.module, files), "`module`");
  const browser = manifest?.browser;
  if (typeof browser === "string") add(resolveModule(browser, files), "`browser`");
  else if (isRecord(browser)) {
    for (const [from, to2] of Object.entries(browser)) if (typeof to2 === "string") add(resolveModule(to2, files), `\`browser["${from}"]\``);
  }
  const bin = manifest?.bin;
  if (typeof bin === "string") add(binFile(bin), "`bin`", true);
  else if (Array.isArray(bin)) {
    for (const path of bin) if (typeof path === "string") add(binFile(path), "`bin`", true);
  } else if (isRecord(bin)) {
    for (const [name, path] of Object.entries(bin)) if (typeof path === "string") add(binFile(path), `\`bin.${name}\``, true);
  }
  const directories = manifest?.directories;
  if (isRecord(directories) && typeof directories.bin === "string") {
    const folder = securePath(directories.bin);
    for (const path of filesWhere(files, (p2) => folder === "" || p2.startsWith(`${folder}/`))) add(path, "`directories.bin`", true);
  }
  for (const field of ["exports", "imports"]) {
    const value = manifest?.[field];
    if (value === void 0 || value === null) continue;
    for (const target of targets(value)) for (const path of targetFiles(target, files)) add(path, `\`${field}\``);
  }
  const installFiles = /* @__PURE__ */ new Map();
  for (const [name, script] of lifecycleScripts(manifest, source)) {
    for (const path of scriptFiles(script, files)) {
      if (!installFiles.has(path)) installFiles.set(path, `the \`${name}\` script`);
      scripts.add(path);
    }
  }
  return { entries, scripts, installFiles };
}
function subtree(files, root) {
  const prefix = `${root}/`;
  const sub = /* @__PURE__ */ new Map();
  for (const [path, file] of files) if (path.startsWith(prefix)) sub.set(path.slice(prefix.length), file);
  return sub;
}
function parseManifest(text) {
  if (text === void 0) return null;
  try {
    const parsed = JSON.parse(text);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
function npmRuns(manifest, files, source) {
  const { entries, scripts, installFiles } = manifestRuns(manifest, files, source);
  const bundled = [];
  for (const path of [...files.keys()].filter((p2) => BUNDLED_MANIFEST.test(p2)).sort().slice(0, MAX_BUNDLED)) {
    const bundledManifest = parseManifest(files.get(path)?.text);
    if (!bundledManifest) continue;
    const root = path.slice(0, -"/package.json".length);
    bundled.push({ root, manifest: bundledManifest });
    const inner = manifestRuns(bundledManifest, subtree(files, root), "registry");
    for (const [file, why] of inner.entries) if (!entries.has(`${root}/${file}`)) entries.set(`${root}/${file}`, `${why} of ${root}`);
    for (const [file, why] of inner.installFiles) if (!installFiles.has(`${root}/${file}`)) installFiles.set(`${root}/${file}`, `${why} of ${root}`);
    for (const file of inner.scripts) scripts.add(`${root}/${file}`);
  }
  return { entries, scripts, installFiles, bundled };
}

// src/checks/code/manifest-facts.ts
var MAX_MANIFEST_CHARS = 16 * 1024 * 1024;
var INSTALL_SCRIPTS = /* @__PURE__ */ new Set(["preinstall", "install", "postinstall", "prepare"]);
function archiveFact(code, detail) {
  return { key: `tarball-anomaly:${code}`, kind: "tarball-anomaly", severity: "high", detail, ...code === "manifest-unreadable" ? { file: "package.json" } : {} };
}
function readManifest(files) {
  if (files.size === 0) {
    return {
      manifest: null,
      facts: [archiveFact("empty", "The archive of this version contains no files: `npm publish` always packs at least package.json, so it was built by hand, and what npm installs from it cannot be reviewed.")]
    };
  }
  const file = files.get("package.json");
  if (file === void 0 || file.type !== "file") {
    return {
      manifest: null,
      facts: [archiveFact("no-manifest", "The archive of this version has no package.json at its root: `npm publish` never produces this, and without it nothing says what npm runs, so nothing of it could be reviewed against its entry points and install scripts.")]
    };
  }
  const unreadable = (why) => ({
    manifest: null,
    facts: [archiveFact("manifest-unreadable", `package.json could not be read (${why}), so its install scripts and entry points were not reviewed; read it before trusting this version.`)]
  });
  if (file.text === void 0) return unreadable(file.unread ?? `its ${file.size} bytes were not decoded as UTF-8 text`);
  if (file.text.length > MAX_MANIFEST_CHARS) return unreadable(`it is ${file.text.length} characters, over depdiff's ${MAX_MANIFEST_CHARS}-character limit for package.json`);
  let parsed;
  try {
    parsed = JSON.parse(file.text);
  } catch (error) {
    return unreadable(`it is not valid JSON: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return unreadable("it is not a JSON object");
  return { manifest: parsed, facts: [] };
}
var typeOf = (value) => value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
var isRecord2 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function malformed(field, detail, severity = "medium") {
  return { key: `tarball-anomaly:malformed-manifest:${field}`, kind: "tarball-anomaly", severity, detail, file: "package.json" };
}
function badTarget(value, depth = 0) {
  if (value === null || typeof value === "string" || depth > 32) return void 0;
  const items = Array.isArray(value) ? value : isRecord2(value) ? Object.values(value) : null;
  if (items === null) return value;
  for (const item of items) {
    const bad = badTarget(item, depth + 1);
    if (bad !== void 0) return bad;
  }
  return void 0;
}
function malformedManifestFacts(manifest) {
  if (!manifest) return [];
  const facts = [];
  const { scripts, bin, main, module, browser, exports, imports, directories } = manifest;
  if (scripts !== void 0 && !isRecord2(scripts)) {
    facts.push(malformed("scripts", `\`scripts\` in package.json is ${typeOf(scripts)}, not an object of commands: npm removes it and runs none of it, but other installers may read it differently.`));
  } else if (isRecord2(scripts)) {
    for (const [name, value] of Object.entries(scripts)) {
      if (typeof value === "string") continue;
      const install = INSTALL_SCRIPTS.has(name);
      facts.push(
        malformed(
          `scripts.${install ? name : "*"}`,
          `\`scripts.${name}\` in package.json is ${typeOf(value)}, not a command string: npm drops it${install ? " and runs nothing on install, but an install hook in a shape no publishing tool writes is a way to make installers disagree about what runs" : ""}.`,
          install ? "high" : "medium"
        )
      );
      if (!install) break;
    }
  }
  const binOk = bin === void 0 || typeof bin === "string" || (Array.isArray(bin) || isRecord2(bin)) && Object.values(bin).every((v2) => typeof v2 === "string");
  if (!binOk) facts.push(malformed("bin", `\`bin\` in package.json is ${typeOf(bin)} with values that are not paths: npm drops what is not a string, so which commands get installed depends on the installer.`));
  for (const [field, value] of [["main", main], ["module", module]]) {
    if (value !== void 0 && typeof value !== "string") facts.push(malformed(field, `\`${field}\` in package.json is ${typeOf(value)}, not a path: node ignores it and loads index.js instead.`));
  }
  const browserOk = browser === void 0 || typeof browser === "string" || isRecord2(browser) && Object.values(browser).every((v2) => typeof v2 === "string" || v2 === false);
  if (!browserOk) facts.push(malformed("browser", `\`browser\` in package.json is ${typeOf(browser)} with values that are neither paths nor \`false\`: bundlers disagree about what they load.`));
  for (const [field, value] of [["exports", exports], ["imports", imports]]) {
    const bad = field === "imports" && imports !== void 0 && !isRecord2(imports) ? imports : badTarget(value);
    if (bad !== void 0) facts.push(malformed(field, `\`${field}\` in package.json holds ${typeOf(bad)} where node expects a path, a condition object, an array or null: node throws or skips it, and tools disagree about what it loads.`));
  }
  if (isRecord2(directories) && directories.bin !== void 0 && typeof directories.bin !== "string") {
    facts.push(malformed("directories.bin", `\`directories.bin\` in package.json is ${typeOf(directories.bin)}, not a folder: npm ignores it.`));
  }
  return facts;
}

// src/checks/code/package-facts.ts
var NOT_SHIPPED_CODE = /(^|\/)(test|tests|__tests__|__mocks__|spec|specs|example|examples|docs|doc|benchmark|benchmarks|fixtures)\//i;
var NOT_CODE = /(\.d\.[cm]?ts|\.map|\.md|\.markdown|\.txt)$|(^|\/)(LICEN[CS]E|CHANGELOG|README)[^/]*$/i;
var NOT_SCRIPT = /\.(json|node)$/i;
var ASSET = /\.(json|node|css|scss|sass|less|html?|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|eot|wasm|map|md|markdown|txt|d\.[cm]?ts)$/i;
var CODE_EXTENSION = /\.(js|cjs|mjs|jsx|ts|cts|mts|tsx|sh|bash|zsh|bat|cmd|ps1)$/i;
var MAX_FOLLOWED_IMPORTS = 2e4;
function restamp(facts, path) {
  return facts.map((fact) => {
    if (fact.file === path) return { ...fact };
    const detail = fact.file && fact.detail.startsWith(fact.file) ? path + fact.detail.slice(fact.file.length) : fact.detail;
    return { ...fact, file: path, detail };
  });
}
function resolveImport(from, specifier, files) {
  const parts = from.split("/").slice(0, -1);
  for (const segment of specifier.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  const base2 = parts.join("/");
  for (const path of [base2, `${base2}.js`, `${base2}.cjs`, `${base2}.mjs`, `${base2}.ts`, `${base2}/index.js`, `${base2}/index.cjs`, `${base2}/index.mjs`]) {
    if (files.get(path)?.type === "file") return path;
  }
  return void 0;
}
var ANOMALY_SEVERITY = {
  "gzip-bomb": "critical",
  "path-traversal": "critical",
  "absolute-path": "critical",
  symlink: "high",
  hardlink: "high",
  "duplicate-path": "high"
};
var SIZE_BOUNDS = /* @__PURE__ */ new Set(["too-large", "too-many-files"]);
function anomalyFact(anomaly) {
  const text = anomaly.message.replace(/\.$/, "");
  const message = /^the /.test(text) ? `The${text.slice(3)}` : text;
  const handmade = ANOMALY_SEVERITY[anomaly.code] !== void 0;
  const sizeBound = SIZE_BOUNDS.has(anomaly.code);
  return {
    key: `tarball-anomaly:${anomaly.code}`,
    kind: "tarball-anomaly",
    severity: ANOMALY_SEVERITY[anomaly.code] ?? (sizeBound ? "high" : "medium"),
    detail: handmade ? `${message}: \`npm publish\` never produces this, so the archive was built by hand, possibly to attack the machines that unpack it.` : sizeBound ? `${message}: code past the limit was not reviewed, and outgrowing the review's limits is one way to hide it.` : `${message}.`,
    ...anomaly.path ? { file: anomaly.path } : {}
  };
}
function packageFacts(pkg, source, cache2 = /* @__PURE__ */ new Map(), options = {}) {
  return collectPackageFacts(pkg, source, cache2, options).facts;
}
function scanFile(path, text, shell) {
  return shell ? { facts: shellScriptFacts(path, text), localImports: [] } : scanSource(path, text);
}
function scanIntoCache(file, cache2) {
  const { facts, localImports } = scanFile(file.path, file.text, file.shell);
  cache2.set(file.cacheKey, { facts, localImports });
}
function maskingFacts(pkg, source, cache2) {
  const { facts, unscanned } = collectPackageFacts(pkg, source, cache2, { cachedOnly: true });
  if (unscanned.length === 0) return { facts, complete: true, unscanned };
  if (pkg.files.size >= MAX_FOLLOWED_IMPORTS) return { facts: [], complete: false, unscanned: [] };
  return { facts: facts.filter((fact) => !fact.key.startsWith(UNREVIEWED_KEY)), complete: false, unscanned };
}
var UNREVIEWED_KEY = "tarball-anomaly:unreviewed:";
function collectPackageFacts(pkg, source, cache2, options) {
  const { files } = pkg;
  const { manifest, facts: archiveFacts } = readManifest(files);
  const runs = npmRuns(manifest, files, source);
  const run = { files, runs, cache: cache2, cachedOnly: Boolean(options.cachedOnly), perFile: /* @__PURE__ */ new Map(), unscanned: /* @__PURE__ */ new Map(), reachOf: /* @__PURE__ */ new Map(), followed: 0 };
  const paths = [...files.keys()].sort();
  followImports(run, runs.installFiles.keys(), "install");
  followImports(run, runs.entries.keys(), "entry");
  followImports(run, shippedCodeOf(files, paths), "shipped");
  const facts = fileFacts(run, paths, manifest);
  const factsOfFile = (path) => scanOf(run, path, "install").facts;
  facts.push(...installScriptFacts(manifest, files, source, factsOfFile).map((fact) => ({ ...fact, installTime: true })));
  for (const { root, manifest: bundledManifest } of runs.bundled) facts.push(...bundledInstallScriptFacts(root, bundledManifest, files, factsOfFile));
  facts.push(...malformedManifestFacts(manifest));
  facts.push(...archiveFacts);
  facts.push(...pkg.anomalies.map(anomalyFact));
  return { facts: withoutStrayHosts(facts), unscanned: [...run.unscanned.values()] };
}
function runsAsScript(runs, path, reach) {
  return reach !== void 0 && reach !== "shipped" && (runs.scripts.has(path) ? !NOT_SCRIPT.test(path) : !ASSET.test(path));
}
function scanOf(run, path, reach) {
  const known = run.perFile.get(path);
  if (known) return known;
  const file = run.files.get(path);
  let scan = { facts: [], localImports: [] };
  if (file?.type === "file" && file.text !== void 0 && file.magic === void 0) {
    const shell = isShellScript(file);
    const js2 = !shell && (isSourceFile(path, file.text) || runsAsScript(run.runs, path, reach));
    if (shell || js2) scan = cachedScan(run, path, file.text, `${shell ? "sh" : "js"}:${file.sha256}`, shell) ?? scan;
  }
  run.perFile.set(path, scan);
  return scan;
}
function cachedScan(run, path, text, cacheKey, shell) {
  const cached = run.cache.get(cacheKey);
  if (cached) return { facts: restamp(cached.facts, path), localImports: cached.localImports };
  if (run.cachedOnly) {
    if (!run.unscanned.has(cacheKey)) run.unscanned.set(cacheKey, { path, text, cacheKey, shell });
    return null;
  }
  const scan = scanFile(path, text, shell);
  run.cache.set(cacheKey, { facts: scan.facts, localImports: scan.localImports });
  return scan;
}
function followImports(run, seeds, reach) {
  const queue = [...seeds].filter((path) => !run.reachOf.has(path));
  for (const path of queue) run.reachOf.set(path, reach);
  while (queue.length > 0) {
    const path = queue.shift();
    for (const specifier of scanOf(run, path, reach).localImports) {
      const target = resolveImport(path, specifier, run.files);
      if (target === void 0 || run.reachOf.has(target) || run.followed >= MAX_FOLLOWED_IMPORTS) continue;
      run.followed++;
      run.reachOf.set(target, reach);
      queue.push(target);
    }
  }
}
function shippedCodeOf(files, paths) {
  return paths.filter((path) => {
    const file = files.get(path);
    if (file.type !== "file" || NOT_CODE.test(path) || NOT_SHIPPED_CODE.test(path)) return false;
    return file.text === void 0 ? CODE_EXTENSION.test(path) : isShellScript(file) || isSourceFile(path, file.text);
  });
}
function fileFacts(run, paths, manifest) {
  const facts = [];
  for (const path of paths) {
    const file = run.files.get(path);
    const reach = run.reachOf.get(path);
    if (reach !== void 0 || !NOT_SHIPPED_CODE.test(path) || file.magic !== void 0) {
      facts.push(...binaryFacts(file).map((fact) => platformPrebuilt(fact, manifest)));
    }
    if (reach === void 0) continue;
    if (file.type === "file" && file.text === void 0 && file.magic === void 0 && (reach === "shipped" || runsAsScript(run.runs, path, reach))) {
      facts.push(unreviewedFact(file, reach, run.runs.installFiles.get(path) ?? run.runs.entries.get(path)));
      continue;
    }
    for (const fact of scanOf(run, path, reach).facts) facts.push(reach === "install" ? raiseForInstall(fact) : fact);
  }
  return facts;
}
function unreviewedFact(file, reach, why) {
  const reason = file.unread ?? `its ${file.size} bytes were not decoded as text (over the per-file limit, not UTF-8, or binary-looking)`;
  const runs = reach === "install" ? `it runs at install time (${why ?? "loaded by a file an install script runs"})` : reach === "entry" ? `npm runs it when the package is used (${why ?? "loaded by an entry point"})` : "it is shipped code";
  return {
    key: `${UNREVIEWED_KEY}${file.sha256}`,
    kind: "tarball-anomaly",
    severity: reach === "shipped" ? "medium" : "high",
    detail: `${file.path} was not reviewed: ${reason}; ${runs}. Read it before trusting this version.`,
    file: file.path,
    ...reach === "install" ? { installTime: true } : {}
  };
}
function bundledInstallScriptFacts(root, manifest, files, factsOfFile) {
  const prefix = `${root}/`;
  const sub = /* @__PURE__ */ new Map();
  for (const [path, file] of files) if (path.startsWith(prefix)) sub.set(path.slice(prefix.length), file);
  return installScriptFacts(manifest, sub, "registry", (path) => factsOfFile(prefix + path)).map((fact) => ({
    ...fact,
    script: { ...fact.script, name: `${root}:${fact.script.name}` },
    key: fact.key.replace(/^install-script:/, `install-script:${root}:`),
    detail: `${root} (bundled in this package): ${fact.detail}`,
    ...fact.file !== void 0 ? { file: prefix + fact.file } : {},
    installTime: true
  }));
}
function withoutStrayHosts(facts) {
  const isHost = (fact) => fact.key.startsWith("network:host:");
  const startsDownloader = (fact) => fact.key.startsWith("shell:program:") && DOWNLOADERS.has(fact.key.slice("shell:program:".length));
  const reachesNetwork = facts.some((fact) => fact.kind === "network" && !isHost(fact) || startsDownloader(fact));
  return reachesNetwork ? facts : facts.filter((fact) => !isHost(fact));
}
function raiseForInstall(fact) {
  if (fact.kind !== "network" || fact.severity === "high" || fact.severity === "critical") return { ...fact, installTime: true };
  return { ...fact, installTime: true, severity: "high", detail: `${fact.detail.replace(/\.$/, "")}, and it runs at install time.` };
}
function platformPrebuilt(fact, manifest) {
  const platformSpecific = manifest !== null && (Array.isArray(manifest.os) || Array.isArray(manifest.cpu));
  if (!platformSpecific || fact.severity !== "high" || fact.key.startsWith("binary:script:")) return fact;
  return {
    ...fact,
    severity: "medium",
    detail: `${fact.detail.replace(/\.$/, "")}; the package declares \`os\`/\`cpu\`, the usual shape of a platform-specific prebuilt binary.`
  };
}

// src/checks/code/new-facts.ts
function highSignal(fact) {
  switch (fact.kind) {
    case "env":
      return fact.key !== "env:enumerate" || fact.severity === "critical";
    case "install-script":
    case "fs-sensitive":
    case "obfuscation":
    case "binary":
    case "tarball-anomaly":
      return true;
    case "eval":
      return fact.key.endsWith(":decoded") || fact.key === "eval:data-url-import";
    case "network":
      return fact.installTime === true || fact.key.startsWith("network:hook:");
    default:
      return false;
  }
}
var byPlace = (a, b2) => (a.file ?? "").localeCompare(b2.file ?? "") || (a.line ?? 0) - (b2.line ?? 0);
function onePerKey(facts) {
  const groups = /* @__PURE__ */ new Map();
  for (const fact of facts) {
    const group = groups.get(fact.key);
    if (group) group.push(fact);
    else groups.set(fact.key, [fact]);
  }
  const unique = [];
  for (const group of groups.values()) {
    const [first, ...rest] = group.sort(byPlace);
    const { installTime: _installTime, script: _script, ...placed } = first;
    const fact = group.some((f2) => f2.installTime) ? { ...placed, installTime: true } : placed;
    const others = new Set(rest.map((f2) => `${f2.file}:${f2.line}`)).size;
    unique.push(others > 0 ? { ...fact, detail: `${fact.detail.replace(/\.$/, "")} (and ${others} other place${others > 1 ? "s" : ""}).` } : fact);
  }
  return unique;
}
var JS_FILE = /\.(js|cjs|mjs)$/i;
var READABLE_LINE2 = 200;
var MINIFIED_LINE = 1e3;
var MINIFIED_MIN_BYTES = 10 * 1024;
function averageLineLength2(text) {
  let lines = 1;
  for (let i2 = text.indexOf("\n"); i2 !== -1; i2 = text.indexOf("\n", i2 + 1)) lines++;
  return text.length / lines;
}
function jsFiles(pkg) {
  return [...pkg.files.values()].filter((f2) => f2.type === "file" && f2.text !== void 0 && JS_FILE.test(f2.path));
}
function newlyMinified(before, after) {
  const old = jsFiles(before);
  const total = old.reduce((sum, f2) => sum + f2.text.length, 0);
  const readable = old.filter((f2) => averageLineLength2(f2.text) < READABLE_LINE2).reduce((sum, f2) => sum + f2.text.length, 0);
  if (total === 0 || readable * 2 <= total) return [];
  const oldHashes = new Set(old.map((f2) => f2.sha256));
  const facts = [];
  for (const file of jsFiles(after)) {
    const tail = oldHashes.has(file.sha256) ? void 0 : minifiedTailFact(file.path, before.files.get(file.path)?.text, file.text);
    if (tail) facts.push(tail);
    if (oldHashes.has(file.sha256) || file.text.length <= MINIFIED_MIN_BYTES) continue;
    const average = averageLineLength2(file.text);
    if (average <= MINIFIED_LINE) continue;
    const previous = before.files.get(file.path)?.text;
    if (previous !== void 0 && averageLineLength2(previous) > MINIFIED_LINE) continue;
    facts.push({
      key: "obfuscation:newly-minified",
      kind: "obfuscation",
      severity: "medium",
      detail: `${file.path} is ${previous === void 0 ? "a new" : "now a"} minified file (${Math.round(file.text.length / 1024)} KB, lines of ${Math.round(average)} characters on average) in a package whose code was readable before, so what it does can no longer be checked by reading it.`,
      file: file.path,
      line: 1
    });
  }
  return facts;
}
function withOldCommand(fact, before) {
  if (!fact.script || before === null) return fact;
  const old = before.find((f2) => f2.script?.name === fact.script.name);
  if (!old?.script) return fact;
  const name = fact.script.name.split(":").pop();
  return {
    ...fact,
    detail: fact.detail.replace(`The \`${name}\` script runs \``, `The \`${name}\` script changed from \`${old.script.command}\` and now runs \``)
  };
}
function newFacts(before, after, beforePkg, afterPkg) {
  const known = new Set((before ?? []).flatMap((f2) => [f2.key, capabilityOf(f2.key)]));
  const isNew = (f2) => !known.has(f2.key) && !known.has(capabilityOf(f2.key));
  const fresh = after.filter((f2) => {
    if (!isNew(f2) || before === null && !highSignal(f2)) return false;
    const refines = refinedCapability(f2.key);
    return refines === void 0 || known.has(refines);
  });
  if (before !== null && beforePkg && afterPkg) fresh.push(...newlyMinified(beforePkg, afterPkg).filter(isNew));
  return onePerKey(fresh.map((fact) => withOldCommand(fact, before)));
}
function analyzeCodeChange(before, after, source, cache2 = /* @__PURE__ */ new Map()) {
  const afterFacts = packageFacts(after, source, cache2);
  if (!before) return newFacts(null, afterFacts, before, after);
  const candidates = [...afterFacts, ...newlyMinified(before, after)];
  for (let batch = 1; ; batch *= 2) {
    const sure = maskingFacts(before, source, cache2);
    if (sure.complete) return newFacts(sure.facts, afterFacts, before, after);
    if (sure.unscanned.length === 0) break;
    const known = new Set(sure.facts.flatMap((f2) => [f2.key, capabilityOf(f2.key)]));
    const unmasked = candidates.filter((f2) => !known.has(f2.key) && !known.has(capabilityOf(f2.key)));
    if (unmasked.length === 0) return [];
    const places = new Set(unmasked.map((f2) => f2.file));
    const next = [...sure.unscanned.filter((f2) => places.has(f2.path)), ...sure.unscanned.filter((f2) => !places.has(f2.path))];
    for (const file of next.slice(0, batch)) scanIntoCache(file, cache2);
  }
  return newFacts(packageFacts(before, source, cache2), afterFacts, before, after);
}

// src/checks/code/analyze-tarballs.ts
function failure(error, fallbackCode) {
  return { code: error instanceof PackageError ? error.code : fallbackCode, message: errorMessage(error) };
}
async function analyzeTarballs(input, cache2) {
  const result = { facts: [] };
  const unpack = (data2) => extractTarball(Buffer.from(data2.buffer, data2.byteOffset, data2.byteLength), input.limits);
  const oldPkg = input.oldData ? await unpack(input.oldData).catch((error) => (result.oldFailure = failure(error, "EUNTAR"), null)) : null;
  const newPkg = await unpack(input.newData).catch((error) => (result.newFailure = failure(error, "EUNTAR"), null));
  if (!newPkg) return result;
  if (newPkg.truncated) result.truncatedBy = newPkg.anomalies.map((anomaly) => anomaly.code);
  if (input.hasBaseline && !oldPkg) return result;
  try {
    result.facts = analyzeCodeChange(oldPkg, newPkg, input.source, cache2);
    result.packageJsonDiff = packageJsonDiff(packageJsonText(oldPkg), packageJsonText(newPkg));
  } catch (error) {
    result.newFailure = { code: "EANALYZE", message: `analysis failed: ${errorMessage(error)}` };
  }
  return result;
}
function packageJsonText(pkg) {
  return pkg?.files.get("package.json")?.text ?? null;
}

// src/checks/code/worker.ts
var cache = /* @__PURE__ */ new Map();
parentPort?.on("message", (input) => {
  analyzeTarballs(input, cache).then(
    (result) => parentPort.postMessage({ ok: true, result }),
    (error) => parentPort.postMessage({ ok: false, error: { code: error instanceof PackageError ? error.code : "EANALYZE", message: errorMessage(error) } })
  );
});
