import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  __export,
  __toESM,
  require_tunnel,
  require_undici
} from "./chunks/chunk-LFBB24VY.js";

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message2) {
  const cmd = new Command(command, properties, message2);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message2 = "") {
  issueCommand(name, {}, message2);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message2) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message2;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message2) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message2)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";
import * as path5 from "path";

// node_modules/@actions/http-client/lib/index.js
import * as http from "http";
import * as https from "https";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel());
var import_undici = __toESM(require_undici());
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message2, statusCode) {
    super(message2);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message2) {
    this.message = message2;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve2(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve2(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve2(res);
          }
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve2) => setTimeout(() => resolve2(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve2(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve2(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/http-client/lib/auth.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var BearerCredentialHandler = class {
  constructor(token) {
    this.token = token;
  }
  // currently implements pre-authorization
  // TODO: support preAuth = false where it hooks on 401
  prepareRequest(options) {
    if (!options.headers) {
      throw Error("The request has no headers");
    }
    options.headers["Authorization"] = `Bearer ${this.token}`;
  }
  // This handler cannot handle 401
  canHandleAuthentication() {
    return false;
  }
  handleAuthentication() {
    return __awaiter2(this, void 0, void 0, function* () {
      throw new Error("not implemented");
    });
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter3(this, void 0, void 0, function* () {
      var _a;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error2) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error2.statusCode}
 
        Error Message: ${error2.message}`);
      });
      const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter3(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error2) {
        throw new Error(`Error message: ${error2.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter4(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter4(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code3, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code3), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var markdownSummary = _summary;
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
import * as path from "path";
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path.sep);
}

// node_modules/@actions/core/lib/platform.js
var platform_exports = {};
__export(platform_exports, {
  arch: () => arch,
  getDetails: () => getDetails,
  isLinux: () => isLinux,
  isMacOS: () => isMacOS,
  isWindows: () => isWindows,
  platform: () => platform
});
import os4 from "os";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os3 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path4 from "path";

// node_modules/@actions/io/lib/io.js
import * as path3 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
import * as path2 from "path";
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter5(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter5(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path2.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path2.dirname(filePath);
            const upperName = path2.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path2.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path3.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path3.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path3.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path3.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter7 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message2) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message2);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os3.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os3.EOL.length);
        n = s.indexOf(os3.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter7(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path4.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve2, reject) => __awaiter7(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message2) => {
          this._debug(message2);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code3) => {
          state.processExitCode = code3;
          state.processExited = true;
          this._debug(`Exit code ${code3} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code3) => {
          state.processExitCode = code3;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error2, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error2) {
            reject(error2);
          } else {
            resolve2(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message2) {
    this.emit("debug", message2);
  }
  _setResult() {
    let error2;
    if (this.processExited) {
      if (this.processError) {
        error2 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error2 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error2 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error2, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message2 = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message2);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter8 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// node_modules/@actions/core/lib/platform.js
var __awaiter9 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var getWindowsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', void 0, {
    silent: true
  });
  const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', void 0, {
    silent: true
  });
  return {
    name: name.trim(),
    version: version.trim()
  };
});
var getMacOsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  var _a, _b, _c, _d;
  const { stdout } = yield getExecOutput("sw_vers", void 0, {
    silent: true
  });
  const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : "";
  const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : "";
  return {
    name,
    version
  };
});
var getLinuxInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout } = yield getExecOutput("lsb_release", ["-i", "-r", "-s"], {
    silent: true
  });
  const [name, version] = stdout.trim().split("\n");
  return {
    name,
    version
  };
});
var platform = os4.platform();
var arch = os4.arch();
var isWindows = platform === "win32";
var isMacOS = platform === "darwin";
var isLinux = platform === "linux";
function getDetails() {
  return __awaiter9(this, void 0, void 0, function* () {
    return Object.assign(Object.assign({}, yield isWindows ? getWindowsInfo() : isMacOS ? getMacOsInfo() : getLinuxInfo()), {
      platform,
      arch,
      isWindows,
      isMacOS,
      isLinux
    });
  });
}

// node_modules/@actions/core/lib/core.js
var __awaiter10 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path5.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message2) {
  process.exitCode = ExitCode.Failure;
  error(message2);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message2) {
  issueCommand("debug", {}, message2);
}
function error(message2, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function warning(message2, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function notice(message2, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function info(message2) {
  process.stdout.write(message2 + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter10(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter10(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/main.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path8 from "node:path";

// src/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
var ANNOTATION_MESSAGE_MAX = 1e3;
var TITLE_MAX = 100;
function limitAnnotations(annotations, perType = ANNOTATIONS_PER_TYPE) {
  const out = [];
  for (const level of ["error", "warning", "notice"]) {
    const ofLevel = annotations.filter((a) => a.level === level);
    const shown = ofLevel.length > perType ? ofLevel.slice(0, perType - 1) : ofLevel;
    out.push(...shown.map(clipAnnotation));
    const rest = ofLevel.length - shown.length;
    if (rest > 0) {
      out.push({ level, title: "coach-gate", message: `${rest} more ${level} annotation${rest === 1 ? "" : "s"} not shown (GitHub shows ${perType} per type); the job summary and the audit report have them all.` });
    }
  }
  return out;
}
function clipAnnotation(annotation) {
  const message2 = clip(annotation.message, ANNOTATION_MESSAGE_MAX);
  return annotation.title === void 0 ? { level: annotation.level, message: message2 } : { level: annotation.level, message: message2, title: clip(annotation.title, TITLE_MAX) };
}
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function annotationsFor(run2) {
  const { decision, verdict } = run2;
  if (decision.approvedWithoutIndependentTests) {
    return [{ level: "warning", title: "coach-gate approved without independent tests", message: `WARNING: ${decision.headline}. ${decision.rationale.join(" ")}` }];
  }
  if (decision.decision !== "feedback") return [];
  return [
    { level: "error", title: "coach-gate", message: `${decision.headline}. ${decision.rationale[0] ?? ""}` },
    ...verdict.evidence.filter((e) => e.kind === verdict.classification).map((e) => ({ level: "error", title: `coach-gate evidence ${e.ruleId}`, message: `log line ${e.line}: ${e.text}` }))
  ];
}

// src/classify/knowledge-base.ts
var infra = (id, title, service, pattern, why, interpret2) => ({
  id,
  title,
  kind: "infrastructure",
  confidence: "high",
  service,
  pattern,
  why,
  ...interpret2 ? { interpret: interpret2 } : {}
});
var ambiguousInfra = (id, title, pattern, why, interpret2) => ({
  id,
  title,
  kind: "infrastructure",
  confidence: "ambiguous",
  service: "",
  pattern,
  why,
  ...interpret2 ? { interpret: interpret2 } : {}
});
var code = (id, title, pattern, why) => ({
  id,
  title,
  kind: "code",
  confidence: "high",
  service: "",
  pattern,
  why
});
var HOST_PORT = String.raw`(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255}):(?<port>\d{1,5})(?!\d)`;
var CONNECTION_RULES = [
  // Libpq (psycopg2, psycopg, Ruby pg, any libpq client) in its several generations.
  infra(
    "postgresql.libpq.server-at",
    "PostgreSQL refused the connection (libpq)",
    "postgresql",
    /connection to server at "(?<host>[^"]{1,255})"(?: \([^)]{0,64}\))?, port (?<port>\d{1,5}) failed/,
    "libpq reports the host and port it could not reach",
    "endpoint"
  ),
  infra(
    "postgresql.libpq.socket",
    "PostgreSQL socket missing (libpq)",
    "postgresql",
    /connection to server on socket "(?<socket>[^"]{1,255})" failed|accepting connections on Unix domain socket "(?<socket2>[^"]{1,255})"/,
    "no server is listening on the local PostgreSQL socket"
  ),
  infra(
    "postgresql.libpq.could-not-connect",
    "PostgreSQL unreachable (libpq)",
    "postgresql",
    /could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[oó]n rehusada)|Is the server running (?:on host|locally)/,
    "the libpq client could not reach a PostgreSQL server"
  ),
  infra(
    "postgresql.ruby.connection-bad",
    "PostgreSQL unreachable (Ruby pg)",
    "postgresql",
    /PG::ConnectionBad\b/,
    "the pg gem raises ConnectionBad when it cannot connect"
  ),
  infra(
    "postgresql.jdbc.refused",
    "PostgreSQL refused the connection (PgJDBC)",
    "postgresql",
    new RegExp(String.raw`PSQLException: Connection to ${HOST_PORT} refused`),
    "PgJDBC names the host and port it could not reach",
    "endpoint"
  ),
  infra(
    "postgresql.npgsql",
    "PostgreSQL unreachable (Npgsql)",
    "postgresql",
    /Npgsql(?:\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/,
    "Npgsql could not open a connection"
  ),
  infra(
    "postgresql.asyncpg",
    "PostgreSQL unreachable (asyncpg)",
    "postgresql",
    /asyncpg\.exceptions\.(?:CannotConnectNowError|ConnectionDoesNotExistError)|asyncpg.{0,80}Connect call failed/,
    "asyncpg could not reach the server"
  ),
  infra(
    "mysql.cant-connect",
    "MySQL unreachable",
    "mysql",
    /Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\w.:-]{1,255})'?|through socket)|Mysql2::Error::ConnectionError/,
    "the MySQL client library could not reach the server",
    "endpoint"
  ),
  infra(
    "mysql.jdbc.link-failure",
    "MySQL unreachable (Connector/J)",
    "mysql",
    /CommunicationsException: Communications link failure/,
    "Connector/J reports a link failure when nothing answers"
  ),
  infra(
    "mysql.mariadb-jdbc",
    "MariaDB unreachable (MariaDB Connector/J)",
    "mysql",
    /Could not connect to address=\(host=(?<host>[\w.:-]{1,255})\)\(port=(?<port>\d{1,5})\)/,
    "the MariaDB driver names the address it could not reach",
    "endpoint"
  ),
  infra(
    "mysql.dotnet",
    "MySQL unreachable (.NET)",
    "mysql",
    /Unable to connect to any of the specified MySQL hosts/,
    "MySqlConnector/Connector/NET could not reach any host"
  ),
  infra(
    "redis.py.connecting",
    "Redis unreachable (redis-py)",
    "redis",
    new RegExp(String.raw`Error (?:-?\d+ )?(?:while )?connecting to ${HOST_PORT}`),
    "redis-py names the endpoint it could not reach",
    "endpoint"
  ),
  infra(
    "redis.ioredis.max-retries",
    "Redis unreachable (ioredis)",
    "redis",
    /MaxRetriesPerRequestError: Reached the max retries per request limit/,
    "ioredis gives up on a command only when it cannot reach the server"
  ),
  infra(
    "redis.ruby.cannot-connect",
    "Redis unreachable (Ruby)",
    "redis",
    /(?:Redis|RedisClient)::CannotConnectError/,
    "the redis gem could not connect"
  ),
  infra(
    "redis.jedis",
    "Redis unreachable (Jedis)",
    "redis",
    /JedisConnectionException: (?:Could not get a resource|Failed to connect|java\.net\.ConnectException)/,
    "Jedis could not connect to Redis"
  ),
  infra(
    "redis.lettuce",
    "Redis unreachable (Lettuce)",
    "redis",
    /RedisConnectionException: Unable to connect/,
    "Lettuce could not connect to Redis"
  ),
  infra(
    "redis.stackexchange",
    "Redis unreachable (StackExchange.Redis)",
    "redis",
    /It was not possible to connect to the redis server/,
    "StackExchange.Redis could not connect"
  ),
  infra(
    "mongodb.server-selection",
    "MongoDB unreachable (server selection)",
    "mongodb",
    /ServerSelectionTimeoutError|MongoServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable|A timeout occurred after \d+ms selecting a server|server selection error: server selection timeout/,
    "the MongoDB driver found no server to talk to"
  ),
  infra(
    "memcached.unreachable",
    "memcached unreachable",
    "memcached",
    /Dalli::RingError: No server available|MemcacheServerError: .{0,80}(?:refused|unreachable)|memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i,
    "the memcached client found no server"
  ),
  infra(
    "rabbitmq.unreachable",
    "RabbitMQ unreachable",
    "rabbitmq",
    /AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed|amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i,
    "the AMQP client could not reach the broker"
  ),
  infra(
    "kafka.unreachable",
    "Kafka unreachable",
    "kafka",
    /NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/,
    "the Kafka client found no broker"
  ),
  infra(
    "elasticsearch.unreachable",
    "Elasticsearch unreachable",
    "elasticsearch",
    /elasticsearch\.exceptions\.ConnectionError|opensearchpy\.exceptions\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/,
    "the Elasticsearch client could not connect"
  ),
  infra(
    "sqlserver.unreachable",
    "SQL Server unreachable",
    "sqlserver",
    /error occurred while establishing a connection to SQL Server|The TCP\/IP connection to the host (?<host>[\w.-]{1,255}), port (?<port>\d{1,5}) has failed|Login timeout expired/,
    "the SQL Server client could not connect",
    "endpoint"
  ),
  // Docker: the CLI, docker-py, and Testcontainers in each language.
  infra(
    "docker.daemon.cli",
    "Docker daemon not running",
    "docker",
    /Cannot connect to the Docker daemon|Is the docker daemon running\?|permission denied while trying to connect to the Docker daemon|error during connect: .{0,80}docker/i,
    "the Docker CLI could not reach the daemon"
  ),
  infra(
    "docker.daemon.docker-py",
    "Docker daemon not reachable (docker-py)",
    "docker",
    /DockerException: Error while fetching server API version/,
    "docker-py could not reach the daemon"
  ),
  infra(
    "docker.testcontainers",
    "No Docker for Testcontainers",
    "docker",
    /Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i,
    "Testcontainers needs a Docker daemon and found none"
  ),
  // Generic refusals carry no service of their own: it comes from the endpoint or the context.
  infra(
    "network.connect-refused.endpoint",
    "Connection refused",
    "",
    /(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\w.-]{1,255}\/)?|Connect call failed \(')(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255})(?:'?, |:)(?<port>\d{1,5})(?!\d)/,
    "a client was refused by the endpoint it names",
    "endpoint"
  ),
  infra(
    "network.connect-refused.ruby",
    "Connection refused (Ruby)",
    "",
    /Connection refused - connect\(2\) for "?(?<host>[\w.:-]{1,255})"? port (?<port>\d{1,5})/,
    "a Ruby client was refused by the endpoint it names",
    "endpoint"
  ),
  infra(
    "network.connect-refused.http-pool",
    "HTTP endpoint refused (urllib3)",
    "",
    /HTTPConnectionPool\(host='(?<host>[^']{1,255})', port=(?<port>\d{1,5})\)/,
    "urllib3 names the endpoint it could not reach",
    "endpoint"
  ),
  infra(
    "network.connect-refused.kafka-node",
    "Kafka node unreachable",
    "kafka",
    new RegExp(String.raw`Connection to node -?\d+ \((?:[\w.-]*/)?${HOST_PORT}\) could not be established`),
    "the Kafka client names the broker it could not reach",
    "endpoint"
  ),
  infra(
    "network.connection-refused.python",
    "ConnectionRefusedError",
    "",
    /ConnectionRefusedError|\[Errno 111\] Connection refused|\[Errno 61\] Connection refused/,
    "the OS refused a connection; the service comes from the surrounding lines"
  ),
  infra(
    "network.connection-refused.generic",
    "Connection refused",
    "",
    /java\.net\.ConnectException: Connection refused|ConnectionRefused|Connection refused \(os error 111\)|SocketException \(111\)|actively refused it|ECONNREFUSED|Connexion refusée|Verbindungsaufbau abgelehnt|Conexión rehusada|Connessione rifiutata|Conexão recusada/,
    "the OS refused a connection; the service comes from the surrounding lines"
  ),
  infra(
    "network.failed-to-connect.endpoint",
    "Failed to connect",
    "",
    new RegExp(String.raw`Failed to connect to ${HOST_PORT}(?: -| in|:|$)`),
    "a client (tedious, many others) names the endpoint it could not reach",
    "endpoint"
  ),
  infra(
    "network.unix-socket.missing",
    "Service socket missing",
    "",
    /dial unix (?<socket>\/[^\s:]{1,255}): connect: (?:no such file or directory|connection refused)/,
    "no server listens on the unix socket",
    "endpoint"
  ),
  infra(
    "network.database-operational-error",
    "Database driver could not connect",
    "",
    /OperationalError\)? .{0,80}(?:connect|connection)/i,
    "a database driver raised OperationalError while connecting"
  ),
  // DNS failures: a service host name (as compose or `services:` name them) that does not resolve.
  infra(
    "network.dns.service-host",
    "Service host name does not resolve",
    "",
    /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})|could not translate host name "(?<host2>[\w.-]{1,255})"|lookup (?<host3>[\w.-]{1,255})(?: on [\d.:[\]]+)?: no such host|Error -[23] connecting to (?<host4>[\w.-]{1,255}):|Name or service not known.{0,40}\b(?<host5>[\w.-]{1,255}):\d/,
    "the client could not resolve the service host",
    "dns"
  ),
  ambiguousInfra(
    "network.dns.unnamed-host",
    "A host name does not resolve",
    /gaierror: \[Errno -[235]\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known/,
    "name resolution failed and the line does not say for which host: it may be a service host or a remote one"
  ),
  // Host tools a test script shells out to.
  infra(
    "tool.missing",
    "Service client tool not installed",
    "",
    /(?:^|[\s:])(?<tool>psql|pg_isready|pg_dump|createdb|mysql|mysqladmin|redis-cli|redis-server|mongosh|mongo|mongod|docker|docker-compose|rabbitmqctl|kafka-topics(?:\.sh)?): (?:command )?not found/,
    "the test script needs a service client tool that is not installed",
    "tool"
  )
];
var MISSING_MODULE_RULES = [
  ambiguousInfra(
    "module.python.missing",
    "Python module not installed",
    /(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\w.]{1,200})'?/,
    "a Python import failed; a service client missing is infrastructure",
    "module:python"
  ),
  ambiguousInfra("module.python.libpq", "libpq shared library missing", /ImportError: libpq\.so/, "psycopg2 needs the libpq client library", void 0),
  ambiguousInfra(
    "module.npm.missing",
    "npm package not installed",
    /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'|Failed to load url (?<module2>[^\s(]{1,200}) \(resolved id|Failed to resolve (?:import|entry for package) "(?<module3>[^"\s]{1,200})"/,
    "a Node import failed; a service client missing is infrastructure",
    "module:npm"
  ),
  ambiguousInfra(
    "module.ruby.missing",
    "Ruby library not installed",
    /cannot load such file -- (?<module>[\w/.-]{1,200})|Could not find gem '(?<module2>[\w-]{1,100})/,
    "a Ruby require failed",
    "module:ruby"
  ),
  ambiguousInfra(
    "module.java.jdbc-driver",
    "JDBC driver not on the classpath",
    /No suitable driver found for jdbc:(?<protocol>\w{1,40})/,
    "no JDBC driver is registered for the URL",
    "jdbc"
  ),
  ambiguousInfra(
    "module.java.class-not-found",
    "Java class not found",
    /ClassNotFoundException: (?<module>[\w.$]{1,200})/,
    "a class is missing from the classpath; a known driver class is infrastructure",
    "module:java"
  )
];
var CODE_RULES = [
  code("code.assertion.python", "Assertion failed (Python)", /(?<!except |raise )\bAssertionError(?=:|\s*$)|^E\s+assert\b|^E\s+(?:where|and) |Failed: DID NOT RAISE/, "a test assertion failed"),
  code("code.assertion.jest", "Expectation failed (jest/vitest)", /^\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /, "jest or vitest printed a failed expectation"),
  code("code.assertion.node", "Assertion failed (node:assert/chai)", /AssertionError \[ERR_ASSERTION\]|Expected values to be (?:strictly |loosely )?(?:deep-)?equal|\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\b/, "an assertion failed"),
  code("code.assertion.java", "Assertion failed (JUnit/AssertJ)", /AssertionFailedError|java\.lang\.AssertionError|ComparisonFailure|expected:\s?<.{0,200}> but was:\s?</, "a JUnit assertion failed"),
  code("code.assertion.go", "Assertion failed (Go)", /Error:\s+(?:Not equal|Should (?:be|not be|contain)|Expected|"[^"]*" does not contain)|\bgot:? .{0,200}\bwant:? |\bwant .{0,200}, got |_test\.go:\d+: .{0,300}\b(?:want|wanted|expected)\b/, "a Go test assertion failed"),
  code("code.assertion.rust", "Assertion failed (Rust)", /assertion `left (?:==|!=) right` failed|assertion failed: |assertion failed: `\(left (?:==|!=) right\)`/, "a Rust assertion failed"),
  code("code.assertion.ruby", "Expectation failed (RSpec/Minitest)", /^\s+expected: |^\s+got: |\(compared using (?:==|eql\?|equal\?)\)|Expected .{0,200} to (?:be|equal|include|eq)\b/, "an RSpec or Minitest expectation failed"),
  code("code.assertion.dotnet", "Assertion failed (.NET)", /Assert\.\w+\(\) Failure|^\s*But was:|Expected: .{0,200}\s+But was:|Xunit\.Sdk\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception/, "an xUnit or NUnit assertion failed"),
  code("code.expects-error", "A test expected an error and got another", /pytest\.raises\(|assertRaises|assertThrows|\.rejects\.toThrow|\.toThrow(?:Error)?\(|to\.throw\(|raise_error\b|Assert\.Throws|should\.throw/, "the test checks error behaviour, so a connection error in it is the subject under test"),
  // Only an exception as raised (name then ':' or end of line), not a name in quoted source (`except TypeError:`).
  code("code.runtime-error", "Runtime error in the code", /(?<!except |except \(|rescue |catch \()\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException)(?=\s?:|\s*$| at [\w$.]{1,200}\.(?:java|kt|scala|groovy):\d)/, "the code raised a programming error"),
  code("code.compile-error", "Does not compile", /error\[E\d{4}\]|error TS\d{4}|error CS\d{4}|(?<!except )\b(?:SyntaxError|IndentationError)(?=:|\s*$)|cannot find symbol|COMPILATION ERROR|\.java:\[\d+,\d+\] (?:incompatible types|cannot find symbol)|^e: \S{1,500}\.kts?:\d+:\d+ |\.go:\d+:\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)|Compilation failed/, "the code does not compile"),
  code("code.panic", "Panic (Go/Rust runtime error)", /panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/, "the code panicked on a programming error")
];
var SERVICE_CLIENTS = {
  python: {
    psycopg2: "postgresql",
    psycopg: "postgresql",
    asyncpg: "postgresql",
    pg8000: "postgresql",
    sqlalchemy: "",
    pymongo: "mongodb",
    motor: "mongodb",
    mongoengine: "mongodb",
    redis: "redis",
    aioredis: "redis",
    cassandra: "cassandra",
    pymysql: "mysql",
    MySQLdb: "mysql",
    aiomysql: "mysql",
    pika: "rabbitmq",
    aio_pika: "rabbitmq",
    kafka: "kafka",
    confluent_kafka: "kafka",
    aiokafka: "kafka",
    elasticsearch: "elasticsearch",
    opensearchpy: "elasticsearch",
    pymssql: "sqlserver",
    pyodbc: "sqlserver",
    pymemcache: "memcached",
    docker: "docker",
    testcontainers: "docker"
  },
  npm: {
    pg: "postgresql",
    "pg-promise": "postgresql",
    postgres: "postgresql",
    mysql: "mysql",
    mysql2: "mysql",
    mariadb: "mysql",
    ioredis: "redis",
    redis: "redis",
    mongodb: "mongodb",
    mongoose: "mongodb",
    amqplib: "rabbitmq",
    "amqp-connection-manager": "rabbitmq",
    kafkajs: "kafka",
    "@elastic/elasticsearch": "elasticsearch",
    "@opensearch-project/opensearch": "elasticsearch",
    mssql: "sqlserver",
    tedious: "sqlserver",
    memjs: "memcached",
    dockerode: "docker",
    testcontainers: "docker"
  },
  ruby: { pg: "postgresql", mysql2: "mysql", redis: "redis", mongo: "mongodb", bunny: "rabbitmq", elasticsearch: "elasticsearch", dalli: "memcached", tiny_tds: "sqlserver" },
  java: {
    "org.postgresql.Driver": "postgresql",
    "com.mysql.cj.jdbc.Driver": "mysql",
    "com.mysql.jdbc.Driver": "mysql",
    "org.mariadb.jdbc.Driver": "mysql",
    "com.microsoft.sqlserver.jdbc.SQLServerDriver": "sqlserver"
  }
};
var JDBC_PROTOCOLS = { postgresql: "postgresql", mysql: "mysql", mariadb: "mysql", sqlserver: "sqlserver", mongodb: "mongodb" };
var TOOL_SERVICES = {
  psql: "postgresql",
  pg_isready: "postgresql",
  pg_dump: "postgresql",
  createdb: "postgresql",
  mysql: "mysql",
  mysqladmin: "mysql",
  "redis-cli": "redis",
  "redis-server": "redis",
  mongosh: "mongodb",
  mongo: "mongodb",
  mongod: "mongodb",
  docker: "docker",
  "docker-compose": "docker",
  rabbitmqctl: "rabbitmq",
  "kafka-topics": "kafka",
  "kafka-topics.sh": "kafka"
};
var SERVICE_HOSTNAMES = {
  postgres: "postgresql",
  postgresql: "postgresql",
  pg: "postgresql",
  db: "",
  database: "",
  mysql: "mysql",
  mariadb: "mysql",
  redis: "redis",
  cache: "",
  mongo: "mongodb",
  mongodb: "mongodb",
  rabbitmq: "rabbitmq",
  rabbit: "rabbitmq",
  broker: "",
  kafka: "kafka",
  elasticsearch: "elasticsearch",
  opensearch: "elasticsearch",
  es: "elasticsearch",
  mssql: "sqlserver",
  sqlserver: "sqlserver",
  memcached: "memcached",
  docker: "docker"
};
var SERVICE_HINTS = [
  { service: "postgresql", pattern: /psycopg|asyncpg|libpq|pg8000|org\.postgresql|jdbc:postgresql|Npgsql|\bPG::|node_modules\/pg\/|node_modules\/pg-pool|\bpgx\b|lib\/pq|\.s\.PGSQL|postgres(?:ql)?(?:\+\w+)?:\/\/|PSQLException|port 5432\b|:5432\b|sqlx::postgres/i },
  { service: "mysql", pattern: /pymysql|MySQLdb|mysql\.connector|mysql2|jdbc:mysql|jdbc:mariadb|com\.mysql|MySqlConnector|go-sql-driver|mysqld\.sock|mysql(?:\+\w+)?:\/\/|:3306\b|port 3306\b/i },
  { service: "redis", pattern: /redis|ioredis|jedis|lettuce|StackExchange\.Redis|:6379\b|port 6379\b/i },
  { service: "mongodb", pattern: /pymongo|mongoose|mongodb|\bmongo\b|:27017\b/i },
  { service: "rabbitmq", pattern: /amqp|rabbitmq|\bpika\b|kombu|bunny|:5672\b/i },
  { service: "kafka", pattern: /kafka|:9092\b/i },
  { service: "elasticsearch", pattern: /elasticsearch|opensearch|:9200\b/i },
  { service: "sqlserver", pattern: /sqlserver|SqlClient|mssql|tedious|:1433\b/i },
  { service: "memcached", pattern: /memcache|:11211\b/i },
  { service: "docker", pattern: /docker\.sock|docker daemon|testcontainers/i }
];
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|\bto (?:equal|match|include|contain|throw|be)\b|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
var RETRY_CONTEXT = /\bretrying (?:in |after |the |connection|\.\.\.|…)|\bretrying\s*$|\bwill retry\b|\bretry(?:ing)? in \d|\breconnecting\b|\battempt \d{1,4}\s?(?:\/|of)\s?\d/i;
var TEST_TIMEOUT = /Timeout of \d+ ?ms exceeded|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \d/;
var ALL_RULES = [...CODE_RULES, ...CONNECTION_RULES, ...MISSING_MODULE_RULES];

// src/classify/failures.ts
var BOUNDARIES = [
  // pytest: `____ test_name ____`, `____ ERROR at setup of test_x ____`, `____ ERROR collecting tests/x.py ____`.
  { runner: "pytest", event: "start", pattern: /^_{3,} (?:(?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) )?(?<name>\S[^\n]{0,400}?) _{3,}$/ },
  { runner: "pytest", event: "end", pattern: /^={3,}(?: |$)/ },
  // unittest: `FAIL: test_x (pkg.module.Class.test_x)`, closed by `Ran N tests`.
  { runner: "unittest", event: "start", pattern: /^(?:ERROR|FAIL): (?<name>\w+ \([\w.]+\)[^\n]{0,200})$/ },
  { runner: "unittest", event: "end", pattern: /^Ran \d+ tests? in / },
  // jest: `  ● Suite › test`; `● Console` is logging, not a test.
  { runner: "jest", event: "end", pattern: /^\s{0,6}● Console\s*$|^Test Suites: |^(?:PASS|FAIL) \S/ },
  { runner: "jest", event: "start", pattern: /^\s{0,6}● (?<name>\S[^\n]{0,500})$/ },
  // vitest: ` FAIL  file > suite > test` under `Failed Tests`, separated by `⎯⎯⎯` rules.
  { runner: "vitest", event: "start", pattern: /^\s{0,2}FAIL\s{1,3}(?<name>\S[^\n]{0,500}? > [^\n]{1,500})$/ },
  { runner: "vitest", event: "end", pattern: /^\s*⎯{3,}|^\s*Test Files\s/ },
  // mocha and RSpec number their failures: `  1) Suite does x`. The inline mark and the
  // later failure section share the number, so they are one block.
  { runner: "mocha/rspec", event: "start", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>\S[^\n]{0,500})$/ },
  { runner: "mocha/rspec", event: "end", pattern: /^\s*\d+ (?:passing|failing|pending)\b|^Finished in |^Failed examples:|^\d+ examples?, / },
  // node:test: spec reporter `✖ name (1.2ms)`, TAP `not ok 3 - name`.
  { runner: "node:test", event: "end", pattern: /^\s*✖ failing tests:|^ℹ (?:tests|suites|pass|fail) \d|^\s*ok \d+ - |^# (?:tests|pass|fail) \d/ },
  { runner: "node:test", event: "start", pattern: /^\s*✖ (?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/ },
  { runner: "node:test", event: "start", pattern: /^\s*not ok \d+ - (?<name>[^\n]{1,500})$/ },
  // go test.
  { runner: "go", event: "run", pattern: /^=== (?:RUN|CONT)\s+(?<name>\S{1,500})/ },
  { runner: "go", event: "fail", pattern: /^\s*--- FAIL: (?<name>\S{1,500})/ },
  { runner: "go", event: "pass", pattern: /^\s*--- (?:PASS|SKIP): (?<name>\S{1,500})/ },
  { runner: "go", event: "end", pattern: /^(?:FAIL|ok)(?:\s|$)|^PASS$/ },
  // Maven surefire: `[ERROR] testX(com.a.FooTest)  Time elapsed: 0.1 s  <<< ERROR!`.
  { runner: "surefire", event: "start", pattern: /^\[ERROR\] (?<name>\S[^\n]{0,400}?)(?: --)?\s+Time elapsed: [^\n]{0,60}<<< (?:FAILURE|ERROR)!$/ },
  { runner: "surefire", event: "end", pattern: /^\[INFO\]|^\[ERROR\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \[Help)|^\[WARNING\] Tests run:/ },
  // Gradle: `FooTest > testX() FAILED`, then indented exception lines.
  { runner: "gradle", event: "start", pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) FAILED$/ },
  { runner: "gradle", event: "end", pattern: /^\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/ },
  // cargo test: `---- tests::x stdout ----`.
  { runner: "cargo", event: "start", pattern: /^---- (?<name>\S{1,500}) stdout ----$/ },
  { runner: "cargo", event: "end", pattern: /^failures:$|^test result: / },
  // dotnet test (VSTest console logger) and xunit's own lines.
  { runner: "dotnet", event: "start", pattern: /^\s*Failed (?<name>\S[^\n]{0,400}?) \[[^\]\n]{1,20}\]$|^\[xUnit\.net [\d:.]+\]\s+(?<name2>\S[^\n]{0,400}?) \[FAIL\]$/ },
  { runner: "dotnet", event: "end", pattern: /^\s*(?:Passed|Skipped) \S|^(?:Failed|Passed)!\s+-|^Total tests:|^Test Run (?:Failed|Successful)/ }
];
var BOUNDARY_START = String.raw`(?:_{3}|={3}|Ran |\s{0,8}(?:●|✖|ℹ|\d{1,5}\)|not ok|ok \d|# )|\s{0,6}(?:FAIL|PASS|ok)|Test (?:Suites|Files|Run)|\s*⎯|\s*\d+ (?:passing|failing|pending)|Finished in|Failed examples|\d+ examples?|\s*--- |-{4} |\[(?:ERROR|INFO|WARNING|xUnit)|[\w.$]+ > |\d+ tests? completed|> Task|FAILURE:|BUILD|failures:|test result:|\s*(?:Failed|Passed|Skipped) |Total tests)`;
var MAYBE_BOUNDARY = new RegExp(`^${BOUNDARY_START}`);
var BOUNDARY_SCAN = new RegExp(String.raw`^(?:\d{4}-\d\d-\d\dT[\d:.]{8,20}Z ?)?` + BOUNDARY_START, "gm");
function boundaryOf(line) {
  if (!MAYBE_BOUNDARY.test(line)) return void 0;
  for (const boundary of BOUNDARIES) {
    const found = boundary.pattern.exec(line);
    if (!found) continue;
    const groups = found.groups ?? {};
    const name = (groups.name ?? groups.name2 ?? "").trim();
    const key = groups.key !== void 0 ? `${boundary.runner}#${groups.key}` : `${boundary.runner}:${name}`;
    return { runner: boundary.runner, event: boundary.event, name, key };
  }
  return void 0;
}
var PARENT_MARKER = /failureType: '?subtestsFailed|^\s*error: '?\d+ subtests? failed/;
var UNINFORMATIVE = /^\s*(?:error: '(?:test failed|\d+ subtests? failed)'|failureType: '\w+'|code: 'ERR_TEST_FAILURE')\s*$|^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:IllegalStateException|BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|FlywaySqlException|SQLException|PSQLException|SQLNonTransientConnectionException|CommunicationsException|TimeoutException|KafkaException|ConnectException|ContainerLaunchException|ExecutionException|CompletionException|UncheckedIOException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|\w{0,60}Connect(?:ion)?\w{0,60}Exception) at [\w$.]{1,200}:-?\d+\s*$/;

// src/services.ts
var SERVICES = [
  { name: "postgresql", aliases: ["postgres", "pg", "pgsql", "postgresql"], ports: [5432], remediation: "Start PostgreSQL (a `postgres` service container) and export DATABASE_URL / PG* to the tests." },
  { name: "mysql", aliases: ["mysql"], ports: [3306], remediation: "Start MySQL (a `mysql` service container) and export MYSQL_URL / DATABASE_URL to the tests." },
  { name: "mariadb", aliases: ["mariadb"], ports: [], remediation: "Start MariaDB (a `mariadb` service container) and export MYSQL_URL / DATABASE_URL to the tests." },
  { name: "redis", aliases: ["redis", "valkey"], ports: [6379], remediation: "Start Redis (a `redis` service container) and export REDIS_URL to the tests." },
  { name: "mongodb", aliases: ["mongo", "mongodb"], ports: [27017], remediation: "Start MongoDB (a `mongo` service container) and export MONGODB_URL to the tests." },
  { name: "rabbitmq", aliases: ["rabbitmq", "rabbit", "amqp"], ports: [5672], remediation: "Start RabbitMQ (a `rabbitmq` service container) and export AMQP_URL to the tests." },
  { name: "kafka", aliases: ["kafka"], ports: [9092], remediation: "Start Kafka (a broker container) and point the tests at its bootstrap servers." },
  { name: "elasticsearch", aliases: ["elasticsearch", "elastic", "opensearch", "es"], ports: [9200], remediation: "Start Elasticsearch/OpenSearch and point the tests at it." },
  { name: "sqlserver", aliases: ["sqlserver", "mssql", "sql-server"], ports: [1433], remediation: "Start SQL Server and point the tests at it." },
  { name: "memcached", aliases: ["memcached", "memcache"], ports: [11211], remediation: "Start memcached and point the tests at it." },
  { name: "docker", aliases: ["docker", "dockerd", "testcontainers"], ports: [2375, 2376], remediation: "Run the job on a runner with a Docker daemon (ubuntu-latest has one), or declare the dependency so a conditional approval is possible." }
];
var byAlias = /* @__PURE__ */ new Map();
for (const service of SERVICES) {
  byAlias.set(service.name, service);
  for (const alias of service.aliases) byAlias.set(alias, service);
}
var byPort = /* @__PURE__ */ new Map();
for (const service of SERVICES) for (const port of service.ports) byPort.set(port, service);
function canonicalService(name) {
  return byAlias.get(name.trim().toLowerCase())?.name;
}
function serviceForPort(port) {
  return byPort.get(port)?.name;
}
function serviceInfo(name) {
  return byAlias.get(name);
}
function sameService(declared, detected) {
  if (declared === detected) return true;
  const mysqlFamily = /* @__PURE__ */ new Set(["mysql", "mariadb"]);
  return mysqlFamily.has(declared) && mysqlFamily.has(detected);
}

// src/classify/interpret.ts
function hintedService(line) {
  for (const hint of SERVICE_HINTS) if (hint.pattern.test(line)) return hint.service;
  return void 0;
}
var LOCAL_ENDPOINT = /(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{2,5})(?!\d)|\(\s?'(?:localhost|127\.0\.0\.1|::1)',\s?(\d{2,5})\s?\)/;
function contextOf(line) {
  const service = hintedService(line);
  if (service) return { service };
  const found = LOCAL_ENDPOINT.exec(line);
  if (!found) return void 0;
  const port = Number(found[1] ?? found[2]);
  const known = serviceForPort(port);
  return known ? { service: known } : { ownPort: port };
}
function interpret(rule, groups) {
  const fixed = { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.service === "" };
  switch (rule.interpret) {
    case "endpoint":
      return interpretEndpoint(rule, groups);
    case "dns":
      return interpretDns(groups);
    case "tool": {
      const service = TOOL_SERVICES[groups.tool ?? ""] ?? "";
      return { kind: "infrastructure", confidence: "high", service };
    }
    case "jdbc": {
      const service = JDBC_PROTOCOLS[(groups.protocol ?? "").toLowerCase()];
      return service ? { kind: "infrastructure", confidence: "high", service } : { kind: "infrastructure", confidence: "ambiguous", service: "", note: `no known driver for jdbc:${groups.protocol}` };
    }
    case "module:python":
    case "module:npm":
    case "module:ruby":
    case "module:java":
      return interpretModule(rule.interpret, groups.module ?? groups.module2 ?? groups.module3 ?? "");
    default:
      return fixed;
  }
}
var LOCAL_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|0\.0\.0\.0|::|\[::\]|host\.docker\.internal|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|[\w-]+|[\w.-]+\.(?:local|internal|localdomain|svc|cluster\.local))$/i;
function interpretEndpoint(rule, groups) {
  const socket = groups.socket ?? groups.socket2;
  if (socket !== void 0) {
    const service = /PGSQL/i.test(socket) ? "postgresql" : /docker/i.test(socket) ? "docker" : /mysql/i.test(socket) ? "mysql" : /redis/i.test(socket) ? "redis" : rule.service;
    return { kind: "infrastructure", confidence: "high", service, needsContext: service === "" };
  }
  const host = (groups.host ?? "").replace(/^'|'$/g, "");
  const port = groups.port === void 0 ? void 0 : Number(groups.port);
  if (host !== "" && !LOCAL_HOST.test(host)) {
    return { kind: "infrastructure", confidence: "ambiguous", service: "", note: `remote host ${host} is not a service this job provides` };
  }
  if (rule.service !== "") return { kind: "infrastructure", confidence: "high", service: rule.service };
  const byPort2 = port === void 0 ? void 0 : serviceForPort(port);
  if (byPort2) return { kind: "infrastructure", confidence: "high", service: byPort2 };
  if (port !== void 0) {
    return { kind: "code", confidence: "high", service: "", note: `port ${port} is no known service's: the project's own server was not listening` };
  }
  return { kind: "infrastructure", confidence: "high", service: "", needsContext: true };
}
function interpretDns(groups) {
  const host = groups.host ?? groups.host2 ?? groups.host3 ?? groups.host4 ?? groups.host5;
  if (host === void 0) return { kind: "infrastructure", confidence: "ambiguous", service: "", note: "name resolution failed for a host the log does not name" };
  const label = host.toLowerCase();
  if (label in SERVICE_HOSTNAMES) {
    const service = SERVICE_HOSTNAMES[label] ?? "";
    return { kind: "infrastructure", confidence: "high", service, needsContext: service === "" };
  }
  return { kind: "infrastructure", confidence: "ambiguous", service: "", note: `host ${host} did not resolve; it is not a service host name` };
}
function interpretModule(kind, name) {
  if (kind === "module:java") {
    const service = SERVICE_CLIENTS.java[name];
    return service ? { kind: "infrastructure", confidence: "high", service } : { kind: "code", confidence: "high", service: "", note: `class ${name} is not a known driver: a classpath or code problem` };
  }
  if (kind === "module:python") {
    const root2 = name.split(".")[0] ?? name;
    const client2 = SERVICE_CLIENTS.python[root2];
    if (name.includes(".")) {
      return { kind: "code", confidence: "high", service: "", note: client2 !== void 0 ? `${root2} is installed; its submodule ${name} is missing` : `${name} is a submodule, not a missing package` };
    }
    return client2 !== void 0 ? { kind: "infrastructure", confidence: "high", service: client2 } : { kind: "infrastructure", confidence: "ambiguous", service: "", note: `${name} is not a service client` };
  }
  if (name.startsWith(".") || name.startsWith("/") || name.startsWith("~")) {
    return { kind: "code", confidence: "high", service: "", note: `${name} is a file of the project` };
  }
  const segments = name.split("/");
  const root = name.startsWith("@") ? segments.slice(0, 2).join("/") : segments[0] ?? name;
  const table = kind === "module:npm" ? SERVICE_CLIENTS.npm : SERVICE_CLIENTS.ruby;
  const client = table[root];
  if (root !== name) {
    return { kind: "code", confidence: "high", service: "", note: client !== void 0 ? `${root} is installed; its path ${name} is missing` : `${name} is a path inside a package` };
  }
  return client !== void 0 ? { kind: "infrastructure", confidence: "high", service: client } : { kind: "infrastructure", confidence: "ambiguous", service: "", note: `${name} is not a service client` };
}

// src/classify/normalise.ts
var MATCH_WINDOW = 4096;
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
function normaliseLine(raw) {
  let line = raw.length > MATCH_WINDOW * 2 ? raw.slice(0, MATCH_WINDOW * 2) : raw;
  if (line.includes("\x1B")) line = line.replace(ANSI, "");
  if (line.endsWith("\r")) line = line.slice(0, -1);
  line = line.replace(TIMESTAMP, "");
  if (CONTROL.test(line)) line = line.replace(CONTROLS, " ");
  return line.length > MATCH_WINDOW ? line.slice(0, MATCH_WINDOW) : line;
}

// src/classify/verdict.ts
var EVIDENCE_MAX = 12;
var TESTS_MAX = 100;
var NAMES_IN_TEXT = 5;
var PASSED_VERDICT = {
  classification: "none",
  confidence: "n/a",
  services: [],
  ruleId: "none",
  title: "Tests passed",
  explanation: "The tests passed.",
  evidence: [],
  counts: { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 },
  tests: [],
  failingTests: 0
};
function decideVerdict(signals, blocks, counts, overflowTests = 0) {
  const failing = failingBlocks(blocks);
  const failingKeys = new Set(failing.map((b) => b.key));
  const relevant = signals.filter((s) => s.blockKey === void 0 || failingKeys.has(s.blockKey));
  const tests = failing.map(testVerdict);
  const base = { counts, tests: tests.slice(0, TESTS_MAX), failingTests: failing.length + overflowTests };
  const code3 = relevant.filter((s) => s.kind === "code");
  const high = relevant.filter(isHigh);
  const ambiguous = relevant.filter((s) => s.kind === "infrastructure" && !isHigh(s));
  const ordered = (first) => [...first, ...relevant.filter((s) => !first.includes(s))];
  if (code3.length > 0) {
    const first = code3[0];
    const codeTests = tests.filter((t) => t.classification === "code" && t.ruleId !== "code.unrecognised");
    const which2 = codeTests.length > 0 ? ` ${codeTests.length} of ${tests.length} failing tests fail in the code: ${names(codeTests)}.` : "";
    const infraNote = high.length + ambiguous.length > 0 ? " Infrastructure errors also appear, but a code failure is never excused by them." : "";
    return { ...base, ...head("code", "high", [], first), evidence: evidenceOf(ordered(code3)), explanation: `${first.title} (line ${first.line}).${which2}${infraNote}` };
  }
  const informative = tests.filter((t) => t.ruleId !== "none");
  if (informative.length > 0) {
    const unexplained = tests.filter((t) => t.ruleId === "code.unrecognised");
    const unsure = tests.filter((t) => t.classification === "infrastructure" && t.confidence === "ambiguous");
    const sure = tests.filter((t) => t.classification === "infrastructure" && t.confidence === "high");
    const timedOut = tests.filter((t) => t.ruleId === "test.timeout");
    if (unexplained.length === 0 && unsure.length === 0 && (sure.length > 0 || timedOut.length > 0 && namedServices(high).length === 1)) {
      return infrastructureByTests(base, sure, timedOut, relevant, high);
    }
    const reasons = [
      timedOut.length > 0 ? `${timedOut.length} failing test(s) timed out with no service to blame (${names(timedOut)})` : "",
      unexplained.length > 0 ? `${unexplained.length} failing test(s) show no infrastructure cause (${names(unexplained)})` : "",
      unsure.length > 0 ? `${unsure.length} failing test(s) fail for a reason that is only possibly infrastructure (${names(unsure)})` : ""
    ].filter(Boolean).join("; ");
    const infraFirst = [...high, ...ambiguous];
    if (infraFirst.length > 0) {
      const first = unsure[0]?.evidence ?? infraFirst[0];
      const services = namedServices(infraFirst);
      return { ...base, ...head("infrastructure", "ambiguous", services, first), evidence: evidenceOf(ordered(infraFirst)), explanation: `${first.title} (line ${first.line}), but ${reasons}: not every failing test is explained by a missing service.` };
    }
    return unrecognised(base, `${reasons}; the failures are treated as the code\u2019s.`);
  }
  if (high.length > 0) {
    const services = namedServices(high);
    const first = high[0];
    const what = services.length > 0 ? `${services.join(", ")} was not available` : "a service was not available, but no line names which, so it cannot be checked against the declared infrastructure";
    return { ...base, ...head("infrastructure", "high", services, first), evidence: evidenceOf(ordered(high)), explanation: `${first.title}: ${what} (line ${first.line}).` };
  }
  if (ambiguous.length > 0) {
    const first = ambiguous[0];
    const note = first.confidence === "high" ? ": no driver, port or nearby line names the service, so it may be the project\u2019s own server" : first.note ? `: ${first.note}` : "";
    return { ...base, ...head("infrastructure", "ambiguous", namedServices(ambiguous), first), evidence: evidenceOf(ordered(ambiguous)), explanation: `${first.title} (line ${first.line})${note}; not enough to say a service was missing.` };
  }
  return unrecognised(base, "The tests failed and no infrastructure cause was found in the log, so the failure is treated as the code\u2019s.");
}
function infrastructureByTests(base, sure, timedOut, relevant, high) {
  const named = [...new Set(sure.flatMap((t) => t.services))].sort();
  const unnamed = sure.filter((t) => t.services.length === 0);
  const first = sure[0]?.evidence ?? high[0];
  const ordered = [...high, ...relevant.filter((s) => !high.includes(s))];
  const services = named.length > 0 ? named : namedServices(high);
  if (unnamed.length > 0 && named.length > 0) {
    return { ...base, ...head("infrastructure", "ambiguous", named, first), evidence: evidenceOf(ordered), explanation: `${first.title} (line ${first.line}): ${named.join(", ")} was not available, but no line names the service ${names(unnamed)} failed to reach.` };
  }
  if (timedOut.length > 0 && services.length !== 1) {
    return { ...base, ...head("infrastructure", "ambiguous", services, first), evidence: evidenceOf(ordered), explanation: `${first.title} (line ${first.line}), but no single service explains why ${names(timedOut)} timed out.` };
  }
  const borrowing = timedOut;
  const tests = base.tests.map((t) => borrowing.includes(t) ? { ...t, classification: "infrastructure", confidence: "high", services } : t);
  const all = sure.length + timedOut.length;
  const count = all === 1 ? "the failing test" : `all ${all} failing tests`;
  const timeoutNote = timedOut.length > 0 ? ` (${names(timedOut)} timed out waiting for it)` : "";
  return { ...base, tests, ...head("infrastructure", "high", services, first), evidence: evidenceOf(ordered), explanation: `${first.title}: ${services.length > 0 ? services.join(", ") : "a service no line names"} was not available (line ${first.line}); ${count} failed for that reason alone${timeoutNote}.` };
}
function isHigh(s) {
  return s.kind === "infrastructure" && s.confidence === "high" && (s.service !== "" || s.ruleId.startsWith("module."));
}
function failingBlocks(blocks) {
  const failing = blocks.filter((b) => !b.parent && (b.state === "failing" || b.code + b.high + b.ambiguous > 0));
  return failing.filter((b) => !(b.runner === "go" && b.code + b.high + b.ambiguous === 0 && failing.some((o) => o !== b && o.name.startsWith(`${b.name}/`))));
}
function testVerdict(block) {
  const base = { name: block.name, runner: block.runner, line: block.line };
  const pick = (kind) => block.signals.find((s) => kind === "code" ? s.kind === "code" : s.kind === "infrastructure" && s.confidence === kind);
  if (block.code > 0) {
    const s = pick("code");
    return { ...base, classification: "code", confidence: "high", services: [], ruleId: s?.ruleId ?? "code", ...s ? { evidence: freeze(s) } : {} };
  }
  const highs = block.signals.filter(isHigh);
  if (highs.length > 0) {
    const s = highs[0];
    return { ...base, classification: "infrastructure", confidence: "high", services: namedServices(highs), ruleId: s?.ruleId ?? "infrastructure", ...s ? { evidence: freeze(s) } : {} };
  }
  if (block.high + block.ambiguous > 0) {
    const s = pick("high") ?? pick("ambiguous");
    return { ...base, classification: "infrastructure", confidence: "ambiguous", services: s && s.service ? [s.service] : [], ruleId: s?.ruleId ?? "infrastructure", ...s ? { evidence: freeze(s) } : {} };
  }
  if (block.timedOut) return { ...base, classification: "code", confidence: "ambiguous", services: [], ruleId: "test.timeout" };
  return { ...base, classification: "code", confidence: "ambiguous", services: [], ruleId: block.errorLike ? "code.unrecognised" : "none" };
}
function unrecognised(base, explanation) {
  return { ...base, classification: "code", confidence: "ambiguous", services: [], ruleId: "code.unrecognised", title: "Tests failed for a reason no rule recognises", explanation, evidence: [] };
}
function head(classification, confidence, services, first) {
  return { classification, confidence, services, ruleId: first.ruleId, title: first.title };
}
function namedServices(signals) {
  return [...new Set(signals.map((s) => s.service).filter((s) => s !== ""))].sort();
}
function names(tests) {
  const shown = tests.slice(0, NAMES_IN_TEXT).map((t) => t.name).join(", ");
  return tests.length > NAMES_IN_TEXT ? `${shown} and ${tests.length - NAMES_IN_TEXT} more` : shown;
}
function evidenceOf(signals) {
  return signals.slice(0, EVIDENCE_MAX).map(freeze);
}
function freeze(s) {
  return { ruleId: s.ruleId, title: s.title, kind: s.kind, confidence: s.confidence, service: s.service, line: s.line, text: s.text, ...s.note ? { note: s.note } : {}, ...s.test ? { test: s.test } : {} };
}

// src/classify/classifier.ts
var CONTEXT_LINES = 40;
var EVIDENCE_PER_RULE = 3;
var EVIDENCE_PER_KIND = 12;
var EVIDENCE_PER_BLOCK = 4;
var EVIDENCE_TEXT_MAX = 300;
var MAX_BLOCKS = 500;
var MAX_PENDING = 64;
var CANDIDATE = /^e: |\.go:\d|cannot use|invalid operation|incompatible types|RROR|refus|ECONN|Errno|rror|xception|ssert|xpect|eceived|anic|odule|ackage|not found|ocker|getaddrinfo|lookup|host|socket|[Ff]ail|got|want|But was|aise|hrow|imeout|roker|Selection|redis|Redis|Broker|onnect|PG::|possible|overflow|pointer|out of|abgelehnt|rehusada|rifiutata|recusada|odmówiono|отказано|拒绝|拒否|such file|gem '|suitable driver|E {3}/;
var BATCH_LINES = 1024;
var BATCH_CHARS = 1 << 20;
var CANDIDATE_SCAN = new RegExp(CANDIDATE.source, "g");
var ESCAPE_SCAN = /\u001b/g;
var LogClassifier = class {
  lineNumber = 0;
  batch = [];
  batchChars = 0;
  /** The raw lines before the current one, for context: this batch up to `index`, then `tail`. */
  context = { lines: [], index: 0 };
  tail = [];
  /** Line number of the last test boundary: context never reaches across it. */
  contextFloor = 0;
  signals = [];
  perRule = /* @__PURE__ */ new Map();
  counts = { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 };
  pending = [];
  keptByKind = { infrastructure: 0, code: 0 };
  blocks = /* @__PURE__ */ new Map();
  current;
  overflowTests = 0;
  /** Feed one line of the log (without its newline); `lineNumber` sets its number explicitly. */
  push(rawLine, lineNumber) {
    if (lineNumber === void 0) {
      this.batch.push(bounded(rawLine));
      this.batchChars += rawLine.length;
      if (this.batch.length >= BATCH_LINES || this.batchChars >= BATCH_CHARS) this.flush();
      return;
    }
    this.flush();
    this.lineNumber = lineNumber;
    this.context = { lines: [], index: 0 };
    const line = bounded(rawLine);
    this.processLine(line);
    this.remember([line]);
  }
  get lines() {
    return this.lineNumber + this.batch.length;
  }
  result() {
    this.flush();
    return decideVerdict(this.signals, [...this.blocks.values()], this.counts, this.overflowTests);
  }
  flush() {
    const lines = this.batch;
    if (lines.length === 0) return;
    this.batch = [];
    this.batchChars = 0;
    const flags = interestingLines(lines);
    const base = this.lineNumber;
    let i = 0;
    while (i < lines.length) {
      if (this.pending.length === 0) {
        const next = flags.indexOf(1, i);
        if (next < 0) break;
        i = next;
      }
      this.lineNumber = base + i + 1;
      this.context = { lines, index: i };
      this.processLine(lines[i]);
      i++;
    }
    this.lineNumber = base + lines.length;
    this.context = { lines: [], index: 0 };
    this.remember(lines);
  }
  remember(lines) {
    this.tail = lines.length >= CONTEXT_LINES ? lines.slice(-CONTEXT_LINES) : [...this.tail, ...lines].slice(-CONTEXT_LINES);
  }
  processLine(rawLine) {
    const line = normaliseLine(rawLine);
    const boundary = boundaryOf(line);
    if (boundary) this.onBoundary(boundary.event, boundary.key, boundary.name, boundary.runner);
    if (this.pending.length > 0) this.resolvePending(line);
    if (CANDIDATE.test(line)) {
      if (this.current && !boundary && !UNINFORMATIVE.test(line)) {
        this.current.errorLike = true;
        if (PARENT_MARKER.test(line)) this.current.parent = true;
        if (TEST_TIMEOUT.test(line)) this.current.timedOut = true;
      }
      this.match(line);
    }
  }
  /** The `back`-th line before the current one (1 = the previous), normalised; undefined past the floor. */
  previousLine(back) {
    if (this.lineNumber - back <= this.contextFloor) return void 0;
    const { lines, index } = this.context;
    const at = index - back;
    const raw = at >= 0 ? lines[at] : this.tail[this.tail.length + at];
    return raw === void 0 ? void 0 : normaliseLine(raw);
  }
  /** Open a failing test's block explicitly (a JUnit report names its tests itself). */
  beginTest(name, runner = "junit") {
    this.onBoundary("start", `${runner}:${name}`, name, runner);
  }
  endTest() {
    this.current = void 0;
  }
  onBoundary(event, key, name, runner) {
    this.contextFloor = this.lineNumber - 1;
    if (event === "end") {
      this.current = void 0;
      return;
    }
    if (event === "pass") {
      const block2 = this.blocks.get(key);
      if (block2 && block2.state === "pending") this.blocks.delete(key);
      this.current = void 0;
      return;
    }
    let block = this.blocks.get(key);
    if (!block) {
      if (this.blocks.size >= MAX_BLOCKS) this.evictQuietBlock();
      if (this.blocks.size >= MAX_BLOCKS) {
        if (event !== "run") this.overflowTests++;
        this.current = void 0;
        return;
      }
      block = { key, name, runner, line: this.lineNumber, state: event === "run" ? "pending" : "failing", parent: false, errorLike: false, timedOut: false, code: 0, high: 0, ambiguous: 0, signals: [] };
      this.blocks.set(key, block);
    } else if (event !== "run") {
      block.state = "failing";
    }
    this.current = block;
  }
  /** go prints `=== RUN` for every test: drop one that has shown nothing yet to make room. */
  evictQuietBlock() {
    for (const [key, block] of this.blocks) {
      if (block.state === "pending" && block.signals.length === 0 && block !== this.current) {
        this.blocks.delete(key);
        return;
      }
    }
  }
  match(line) {
    let infra2;
    let codeRule;
    for (const rule of ALL_RULES) {
      if (rule.kind === "code" && codeRule) continue;
      if (rule.kind === "infrastructure" && infra2) continue;
      const found = rule.pattern.exec(line);
      if (!found) continue;
      if (rule.kind === "code") codeRule = rule;
      else infra2 = { rule, groups: found.groups ?? {} };
      if (codeRule && infra2) break;
    }
    if (infra2 && (codeRule || ASSERTION_CONTEXT.test(line))) {
      this.record({
        ruleId: "code.infrastructure-words-in-assertion",
        title: "Connection error text inside an assertion",
        kind: "code",
        confidence: "high",
        service: "",
        line: this.lineNumber,
        text: clip2(line),
        note: `matched ${infra2.rule.id}, but on an assertion line`
      });
      return;
    }
    if (codeRule) {
      this.record({ ...signalOf(codeRule, this.lineNumber, line), kind: "code", confidence: codeRule.confidence, service: "" });
      return;
    }
    if (!infra2) return;
    let interpreted = interpret(infra2.rule, infra2.groups);
    if (interpreted.kind === "infrastructure" && interpreted.confidence === "high" && RETRY_CONTEXT.test(line)) {
      interpreted = { ...interpreted, confidence: "ambiguous", note: "logged by a client that retries; a later attempt may have connected" };
    }
    const signal = { ...signalOf(infra2.rule, this.lineNumber, line), kind: interpreted.kind, confidence: interpreted.confidence, service: interpreted.service, ...interpreted.note ? { note: interpreted.note } : {} };
    const kept = this.record(signal);
    if (kept && signal.kind === "infrastructure" && signal.service === "" && interpreted.needsContext) this.findServiceInContext(signal);
  }
  /** Counts the signal, and keeps it as evidence while the caps allow. Returns whether it was kept. */
  record(signal) {
    if (signal.kind === "code") this.counts.code++;
    else if (signal.confidence === "high") this.counts.infrastructureHigh++;
    else this.counts.infrastructureAmbiguous++;
    const block = this.current;
    let kept = false;
    if (block) {
      signal.test = block.name;
      signal.blockKey = block.key;
      if (signal.kind === "code") block.code++;
      else if (signal.confidence === "high") block.high++;
      else block.ambiguous++;
      if (block.signals.length < EVIDENCE_PER_BLOCK) {
        block.signals.push(signal);
        kept = true;
      }
    }
    const seen = this.perRule.get(signal.ruleId) ?? 0;
    this.perRule.set(signal.ruleId, seen + 1);
    if (seen < EVIDENCE_PER_RULE && this.keptByKind[signal.kind] < EVIDENCE_PER_KIND) {
      this.keptByKind[signal.kind]++;
      this.signals.push(signal);
      kept = true;
    }
    return kept;
  }
  /** A generic refusal names no service: look at the lines around it, nearest first. */
  findServiceInContext(signal) {
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back);
      if (line === void 0) break;
      const context = contextOf(line);
      if (context) return applyContext(signal, this.current, context);
    }
    if (this.pending.length < MAX_PENDING) this.pending.push({ signal, block: this.current, remaining: CONTEXT_LINES });
  }
  resolvePending(line) {
    const context = contextOf(line);
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const entry = this.pending[i];
      const sameBlock = entry.block === this.current;
      if (context && sameBlock) applyContext(entry.signal, entry.block, context);
      if (context && sameBlock || !sameBlock || --entry.remaining <= 0) this.pending.splice(i, 1);
    }
  }
};
function interestingLines(lines) {
  const flags = new Uint8Array(lines.length);
  const text = lines.join("\n");
  for (const scan of [CANDIDATE_SCAN, BOUNDARY_SCAN, ESCAPE_SCAN]) {
    let line = 0;
    let lineEnd = text.indexOf("\n");
    scan.lastIndex = 0;
    for (let found = scan.exec(text); found; found = scan.exec(text)) {
      while (lineEnd >= 0 && lineEnd < found.index) {
        line++;
        lineEnd = text.indexOf("\n", lineEnd + 1);
      }
      flags[line] = 1;
      if (lineEnd < 0) break;
      scan.lastIndex = lineEnd + 1;
    }
  }
  return flags;
}
function applyContext(signal, block, context) {
  if ("service" in context) {
    signal.service = context.service;
    signal.note = "service named by a nearby line";
    return;
  }
  if (block && signal.blockKey === block.key) {
    if (signal.confidence === "high") block.high--;
    else block.ambiguous--;
    block.code++;
  }
  signal.kind = "code";
  signal.confidence = "high";
  signal.note = `a nearby line names 127.0.0.1:${context.ownPort}, no known service's port: the project's own server was not listening`;
}
function signalOf(rule, line, text) {
  return { ruleId: rule.id, title: rule.title, line, text: clip2(text) };
}
function clip2(text) {
  const trimmed = text.trim();
  return trimmed.length > EVIDENCE_TEXT_MAX ? `${trimmed.slice(0, EVIDENCE_TEXT_MAX)}\u2026` : trimmed;
}
function bounded(line) {
  return line.length > MATCH_WINDOW * 2 ? Buffer.from(line.slice(0, MATCH_WINDOW * 2)).toString() : line;
}

// src/decision.ts
var CONDITIONAL_HEADLINE = "APPROVED (infra-dependent, independent tests skipped)";
function decide(inputs) {
  const { verdict, declared, gates } = inputs;
  const failedGates = gates.filter((g) => !g.passed);
  if (failedGates.length > 0) {
    const names2 = failedGates.map((g) => `${g.name} (${g.outcome})`).join(", ");
    return feedback(`FEEDBACK: quality gate failed (${failedGates.map((g) => g.name).join(", ")})`, [`Quality gates failed: ${names2}. Every gate must pass before approval.`], [`Fix the failing gates: ${names2}.`]);
  }
  if (inputs.testsPassed) {
    return { decision: "approve", approvedWithoutIndependentTests: false, headline: "APPROVED", rationale: ["The tests passed when run independently, and every gate passed."], remediation: [] };
  }
  if (inputs.cancelled === true) {
    return feedback("FEEDBACK: run cancelled", ["The job was cancelled while the tests ran, so they did not finish; an unfinished run is never approved."], ["Re-run the job to get a decision."]);
  }
  if (inputs.timedOut) {
    return feedback("FEEDBACK: tests timed out", ["The test command did not finish within test-timeout and was stopped; a timeout is never excused as infrastructure."], ["Find the hanging test (the log tail shows the last output), or raise test-timeout if the suite is just slow."]);
  }
  if (verdict.classification === "code") {
    return feedback("FEEDBACK: code failure", [`The tests failed and the failure is in the code: ${verdict.explanation}`], ["Fix the code behind the failing tests; the evidence lines above show where each failure was reported."]);
  }
  const services = verdict.services;
  const serviceText = services.length > 0 ? services.join(", ") : "unnamed service";
  const headline = `FEEDBACK: infrastructure failure (${serviceText})`;
  const remediation = remediationFor(services);
  if (verdict.confidence !== "high") {
    return feedback(headline, [`The failure looks like infrastructure, but not certainly: ${verdict.explanation} Only a high-confidence infrastructure failure can be approved conditionally.`], remediation);
  }
  if (declared.length === 0) {
    return feedback(headline, [`The tests need ${serviceText}, but the task declares no requires_infrastructure, so the failure cannot be excused.`], [...remediation, `If the task really needs ${serviceText}, declare it in the task's frontmatter: requires_infrastructure: [${services.join(", ") || "service"}].`]);
  }
  if (inputs.dockerAvailable) {
    return feedback(headline, [`Docker is available, so the declared services could have been provided and the tests run against them; the failure is not excused.`], [...remediation, "Enable start-services (the default) so coach-gate starts the declared services itself, or check why they did not start."]);
  }
  if (services.length === 0) {
    return feedback(headline, ["The failure is infrastructure, but no line of the log names the service, so it cannot be checked against the declared infrastructure: the two signals cannot agree."], remediation);
  }
  const undeclared = services.filter((s) => !declared.some((d) => sameService(d, s)));
  if (undeclared.length > 0) {
    return feedback(headline, [`The failing service (${undeclared.join(", ")}) is not among the task's declared infrastructure (${declared.join(", ")}): the two signals disagree.`], [...remediation, `Declare ${undeclared.join(", ")} in requires_infrastructure if the task needs it; otherwise the tests should not depend on it.`]);
  }
  if (!inputs.trust.allowed) {
    return feedback(headline, [`Every other condition for a conditional approval holds, but the trust policy refuses it: ${inputs.trust.reason}`], [...remediation, "Run the tests where the declared infrastructure exists (e.g. a runner with Docker), or have a maintainer review the work; set conditional-approval: always only if forks are trusted."]);
  }
  return {
    decision: "approve",
    approvedWithoutIndependentTests: true,
    headline: CONDITIONAL_HEADLINE,
    rationale: [
      `The tests failed only because ${serviceText} was not available (${verdict.title}${verdict.evidence[0] ? `, log line ${verdict.evidence[0].line}` : ""}).`,
      `The task declares it needs ${declared.join(", ")}, Docker is unavailable to provide it, and every gate passed.`,
      "Approved conditionally: the independent tests did not really run, so a human should check this work where the infrastructure exists."
    ],
    remediation: []
  };
}
function feedback(headline, rationale, remediation) {
  return { decision: "feedback", approvedWithoutIndependentTests: false, headline, rationale, remediation };
}
function remediationFor(services) {
  if (services.length === 0) return ["Provide the service the tests connect to (see the evidence lines), or make the tests independent of it."];
  return services.map((service) => serviceInfo(service)?.remediation ?? `Provide ${service} to the tests.`);
}

// src/docker-probe.ts
import { spawn as spawn2 } from "node:child_process";
async function probeDocker(timeoutSeconds, env = process.env) {
  const started = Date.now();
  return new Promise((resolve2) => {
    let settled = false;
    let stdout = "";
    let stderr = "";
    const finish = (state, detail) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve2({ available: state === "available", state, detail: oneLine(detail), durationMs: Date.now() - started });
    };
    const child2 = spawn2("docker", ["info", "--format", "{{.ServerVersion}}"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const timer = setTimeout(() => {
      killGroup(child2.pid);
      finish("timed-out", `docker info did not answer within ${timeoutSeconds}s`);
    }, timeoutSeconds * 1e3);
    child2.stdout.on("data", (chunk) => stdout = (stdout + chunk.toString()).slice(-4096));
    child2.stderr.on("data", (chunk) => stderr = (stderr + chunk.toString()).slice(-4096));
    child2.on("error", (error2) => {
      finish(error2.code === "ENOENT" ? "no-binary" : "daemon-unreachable", error2.code === "ENOENT" ? "no docker binary on PATH" : error2.message);
    });
    child2.on("close", (code3) => {
      const version = stdout.trim();
      if (code3 === 0 && version !== "" && !/error/i.test(version)) finish("available", `server ${version}`);
      else finish("daemon-unreachable", `docker info exited ${code3 ?? "by signal"}: ${stderr.trim() || version || "no output"}`);
    });
  });
}
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function oneLine(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}
function describeDocker(probe) {
  switch (probe.state) {
    case "available":
      return `available (${probe.detail})`;
    case "no-binary":
      return "unavailable: no docker binary";
    case "daemon-unreachable":
      return `unavailable: daemon not reachable (${probe.detail})`;
    case "timed-out":
      return `unavailable: timed out (${probe.detail})`;
  }
}

// src/event.ts
import { readFileSync } from "node:fs";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (!PR_EVENTS.has(name)) return { name, pullRequest: void 0, origin: { isPullRequest: false, headRepository: null, baseRepository: repository } };
  let payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
  } catch {
    payload = void 0;
  }
  return { name, pullRequest: pullRequestFrom(payload, repository), origin: originFrom(payload, repository) };
}
function originFrom(payload, repository) {
  const pr = payload?.pull_request;
  const head2 = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  return { isPullRequest: true, headRepository: typeof head2 === "string" ? head2 : null, baseRepository: typeof base === "string" ? base : repository };
}
function pullRequestFrom(payload, repository) {
  const pr = payload?.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  const base = payload.repository?.full_name;
  const [owner, repo] = (typeof base === "string" ? base : repository).split("/");
  if (!owner || !repo) return void 0;
  return { owner, repo, number: pr.number, payloadBody: typeof pr.body === "string" ? pr.body : null };
}

// src/github-api.ts
var ATTEMPTS = 3;
var REQUEST_TIMEOUT_MS = 15e3;
function pullRequestSource(ref, token, sleep = defaultSleep) {
  if (token === "") return { number: ref.number, payloadBody: ref.payloadBody };
  let client;
  const connect = () => client ??= import("./chunks/github-QBNZCIIR.js").then((github) => github.getOctokit(token, { request: { retries: 0 } }));
  const params = { owner: ref.owner, repo: ref.repo, pull_number: ref.number };
  return {
    number: ref.number,
    payloadBody: ref.payloadBody,
    fetchBody: async () => {
      const octokit = await connect();
      const response = await withRetry(() => octokit.rest.pulls.get({ ...params, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
      return response.data.body ?? null;
    },
    listChangedFiles: async () => {
      const octokit = await connect();
      const files = await withRetry(() => octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
      return files.filter((file) => file.status !== "removed").map((file) => file.filename);
    }
  };
}
async function withRetry(call, sleep = defaultSleep) {
  let lastError;
  let attempts = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    attempts = attempt;
    try {
      return await call();
    } catch (error2) {
      lastError = error2;
      if (!isTransient(error2) || attempt === ATTEMPTS) break;
      await sleep(retryDelayMs(error2, attempt));
    }
  }
  throw new Error(describeApiError(lastError, attempts));
}
function isTransient(error2) {
  const status = error2.status;
  if (status === void 0) return true;
  if (status === 429 || status >= 500) return true;
  return status === 403 && /rate limit/i.test(String(error2.message));
}
function retryDelayMs(error2, attempt) {
  const headers = error2.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1e3, 1e4);
  return 300 * 3 ** (attempt - 1);
}
function describeApiError(error2, attempts) {
  const status = error2.status;
  const message2 = (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0]?.slice(0, 200);
  const tries = attempts === 1 ? "(not retried)" : `after ${attempts} attempts`;
  return status ? `GitHub API answered ${status} ${tries}: ${message2}` : `GitHub API unreachable ${tries}: ${message2}`;
}
var defaultSleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));

// src/output-bounds.ts
var OUTPUT_MAX_BYTES = 16 * 1024;
function boundOutputs(outputs, max = OUTPUT_MAX_BYTES) {
  const bounded2 = {};
  for (const [name, value] of Object.entries(outputs)) bounded2[name] = boundValue(value, max);
  return bounded2;
}
function boundValue(value, max) {
  if (Buffer.byteLength(value) <= max) return value;
  const items = jsonStringArray(value);
  if (items !== void 0) {
    const kept = [];
    for (const item of items) {
      if (Buffer.byteLength(JSON.stringify([...kept, item])) > max) break;
      kept.push(item);
    }
    return JSON.stringify(kept);
  }
  const marker = "\u2026(truncated)";
  return Buffer.from(value).subarray(0, max - Buffer.byteLength(marker)).toString("utf8").replace(/\uFFFD$/, "") + marker;
}
function jsonStringArray(value) {
  if (!value.startsWith("[")) return void 0;
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string") ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// src/markdown.ts
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var ANSI2 = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var CONTROLS2 = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
function printable(text) {
  return text.replace(ANSI2, "").replace(CONTROLS2, "\uFFFD");
}
function escapeHtml(text) {
  return printable(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
function escapeMarkdown(text) {
  return escapeHtml(text.replace(/\r?\n|\r/g, " ")).replace(/[\\`*_[\]~]/g, (char) => `\\${char}`).replace(/\|/g, "&#124;").replace(/@/g, "@\u200B");
}
function code2(text) {
  return `<code>${escapeHtml(text.replace(/\r?\n|\r/g, " ")).replace(/[|\\`*_[\]~]/g, (char) => `&#${char.charCodeAt(0)};`)}</code>`;
}

// src/report.ts
var SCHEMA_VERSION = "1.0";
function reportFileName(turn) {
  return `coach_turn_${turn}.json`;
}
function buildReport(run2, generatedAt) {
  const { verdict, decision, tests, task } = run2;
  const failureIssue = tests.passed ? [] : [{
    severity: decision.approvedWithoutIndependentTests ? "warning" : "error",
    category: tests.cancelled ? "cancelled" : tests.timedOut ? "timeout" : verdict.classification === "infrastructure" ? "infrastructure" : "code",
    description: verdict.explanation,
    failure_classification: verdict.classification,
    failure_confidence: verdict.confidence,
    service: verdict.services.join(","),
    rule: verdict.ruleId,
    evidence: verdict.evidence.map((e) => ({ line: e.line, rule: e.ruleId, kind: e.kind, confidence: e.confidence, service: e.service, text: e.text, ...e.note ? { note: e.note } : {}, ...e.test ? { test: e.test } : {} })),
    failing_tests: verdict.tests.map((t) => ({
      name: t.name,
      runner: t.runner,
      line: t.line,
      classification: t.classification,
      confidence: t.confidence,
      services: t.services,
      rule: t.ruleId,
      ...t.evidence ? { evidence: { line: t.evidence.line, text: t.evidence.text } } : {}
    }))
  }];
  const gateIssues = run2.gates.filter((g) => !g.passed).map((g) => ({
    severity: "error",
    category: "quality-gate",
    description: `Quality gate ${g.name} ended ${g.outcome}`,
    failure_classification: "n/a",
    failure_confidence: "n/a",
    service: "",
    rule: "",
    evidence: []
  }));
  const noteIssues = [...task.notes, ...run2.notes].map((note) => ({
    severity: "info",
    category: "note",
    description: note,
    failure_classification: "n/a",
    failure_confidence: "n/a",
    service: "",
    rule: "",
    evidence: []
  }));
  return {
    schema_version: SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    task_id: task.taskId,
    turn: run2.turn,
    decision: decision.decision,
    summary: decision.headline,
    cancelled: tests.cancelled,
    approved_without_independent_tests: decision.approvedWithoutIndependentTests,
    docker_available: run2.docker.available,
    docker: { state: run2.docker.state, detail: run2.docker.detail },
    requires_infrastructure: task.requiresInfrastructure,
    task: {
      source: task.source,
      declared_by: task.declaredBy,
      tasks: task.tasks.map((t) => ({ origin: t.origin, id: t.id, requires_infrastructure: t.requiresInfrastructure, ...t.error ? { error: t.error } : {} }))
    },
    validation_results: {
      quality_gates: { gates: run2.gates.map((g) => ({ name: g.name, outcome: g.outcome, passed: g.passed })), all_gates_passed: run2.gates.every((g) => g.passed) },
      independent_tests: {
        tests_passed: tests.passed,
        test_command: tests.command,
        working_directory: tests.workingDirectory,
        exit_code: tests.exitCode,
        timed_out: tests.timedOut,
        cancelled: tests.cancelled,
        duration_seconds: Math.round(tests.durationSeconds * 1e3) / 1e3,
        output_bytes: tests.bytes,
        output_lines: tests.lines,
        log_path: run2.logPath,
        test_output_summary: tests.tail.slice(-20).join("\n")
      }
    },
    classification: {
      classification: verdict.classification,
      confidence: verdict.confidence,
      services: verdict.services,
      rule: verdict.ruleId,
      counts: verdict.counts,
      failing_tests: verdict.failingTests
    },
    issues: [...gateIssues, ...failureIssue, ...noteIssues],
    rationale: decision.rationale.join(" "),
    remediation: decision.remediation
  };
}
function buildCrashReport(turn, category, message2, generatedAt) {
  return {
    schema_version: SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    task_id: "",
    turn,
    decision: "feedback",
    summary: category === "input" ? "FEEDBACK: invalid input" : "FEEDBACK: coach-gate failed",
    approved_without_independent_tests: false,
    docker_available: false,
    requires_infrastructure: [],
    validation_results: { quality_gates: { gates: [], all_gates_passed: false }, independent_tests: null },
    issues: [{ severity: "error", category, description: message2, failure_classification: "n/a", failure_confidence: "n/a", service: "", rule: "", evidence: [] }],
    rationale: category === "input" ? "The inputs were invalid, so the tests were not run." : "coach-gate failed before it could decide, so nothing is approved."
  };
}
function buildOutputs(run2) {
  return {
    decision: run2.decision.decision,
    "approved-without-independent-tests": String(run2.decision.approvedWithoutIndependentTests),
    "tests-passed": String(run2.tests.passed),
    "exit-code": String(run2.tests.exitCode),
    classification: run2.verdict.classification,
    confidence: run2.verdict.confidence,
    service: run2.verdict.services.join(","),
    rule: run2.verdict.ruleId,
    "docker-available": String(run2.docker.available),
    "requires-infrastructure": JSON.stringify(run2.task.requiresInfrastructure),
    "task-id": run2.task.taskId,
    summary: run2.decision.headline,
    "report-path": run2.reportPath,
    "log-path": run2.logPath
  };
}

// src/trust.ts
var CONDITIONAL_APPROVAL_POLICIES = ["same-repo", "always", "never"];
function checkTrust(policy, origin) {
  if (policy === "never") return { allowed: false, reason: "conditional-approval is set to never, so tests that could not run are never excused." };
  if (policy === "always") return { allowed: true, reason: "conditional-approval is set to always: any pull request, forks included, may be approved conditionally." };
  if (!origin.isPullRequest) return { allowed: true, reason: "The code under test is already in the repository (not a pull request)." };
  const head2 = origin.headRepository;
  if (head2 !== null && head2 !== "" && head2.toLowerCase() === origin.baseRepository.toLowerCase()) {
    return { allowed: true, reason: `The pull request comes from ${origin.baseRepository} itself.` };
  }
  const from = head2 === null || head2 === "" ? "a repository GitHub no longer knows (a deleted fork)" : `the fork ${head2}`;
  return {
    allowed: false,
    reason: `The pull request comes from ${from}, not from ${origin.baseRepository || "the base repository"}; with conditional-approval: same-repo (the default) only same-repository pull requests may be approved without independent tests.`
  };
}

// src/settings.ts
var InputError = class extends Error {
  constructor(input, problem) {
    super(`Input '${input}': ${problem}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
var PASSING_OUTCOMES = /* @__PURE__ */ new Set(["success", "skipped"]);
function readSettings(input, env = {}) {
  const testCommand = input("test-command").trim();
  if (testCommand === "") throw new InputError("test-command", "is required: the shell command that runs the tests");
  const requiresRaw = input("requires-infrastructure");
  return {
    testCommand,
    workingDirectory: input("working-directory").trim() || ".",
    taskFile: input("task-file").trim(),
    taskGlob: input("task-glob").trim() || "tasks/**/*.md",
    requiresInfrastructure: requiresRaw.trim() === "" ? void 0 : parseList(requiresRaw),
    gates: parseGates(input("gates")),
    dockerProbeTimeoutSeconds: parseNumber("docker-probe-timeout", input("docker-probe-timeout"), 10, { min: 0.1, max: 600 }),
    startServices: parseBoolean("start-services", input("start-services"), true),
    serviceImages: parseServiceImages(input("service-images")),
    testTimeoutMinutes: parseNumber("test-timeout", input("test-timeout"), 0, { min: 0, max: 24 * 60 }),
    failOnFeedback: parseBoolean("fail-on-feedback", input("fail-on-feedback"), true),
    githubToken: input("github-token").trim(),
    reportDirectory: input("report-directory").trim() || defaultReportDirectory(env),
    conditionalApproval: parseChoice("conditional-approval", input("conditional-approval"), CONDITIONAL_APPROVAL_POLICIES, "same-repo"),
    junitPaths: parseJUnitPaths(input("junit-paths"))
  };
}
function defaultReportDirectory(env) {
  const base = env.RUNNER_TEMP || env.TMPDIR || "/tmp";
  return `${base.replace(/\/+$/, "")}/coach-gate`;
}
function parseList(raw) {
  const items = raw.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== "");
  return [...new Set(items)];
}
function parseJUnitPaths(raw) {
  const globs = [...new Set(raw.split(/\n|,(?![^{}]*\})/).map((g) => g.trim()).filter((g) => g !== ""))];
  for (const glob of globs) {
    if (glob.startsWith("/") || glob.split("/").includes("..")) throw new InputError("junit-paths", `'${clip3(glob)}' must be a glob relative to working-directory, e.g. reports/junit-*.xml`);
  }
  return globs;
}
function parseGates(raw) {
  const gates = [];
  const lines = raw.split("\n");
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === "" || text.startsWith("#")) return;
    const eq = text.indexOf("=");
    if (eq < 0) throw new InputError("gates", `line ${index + 1} ('${clip3(text)}') has no '=': write one name=outcome a line, e.g. lint=\${{ steps.lint.outcome }}`);
    const name = text.slice(0, eq).trim();
    const outcome = text.slice(eq + 1).trim().toLowerCase();
    if (name === "") throw new InputError("gates", `line ${index + 1} ('${clip3(text)}') has no gate name before '='`);
    if (outcome === "") throw new InputError("gates", `gate '${clip3(name)}' has an empty outcome; an unset step outcome usually means the step id is misspelt`);
    if (gates.some((g) => g.name === name)) throw new InputError("gates", `gate '${clip3(name)}' is listed twice`);
    gates.push({ name, outcome, passed: PASSING_OUTCOMES.has(outcome) });
  });
  return gates;
}
function parseServiceImages(raw) {
  const images = {};
  raw.split("\n").forEach((line, index) => {
    const text = line.trim();
    if (text === "" || text.startsWith("#")) return;
    const eq = text.indexOf("=");
    if (eq < 0) throw new InputError("service-images", `line ${index + 1} ('${clip3(text)}') has no '=': write one service=image a line, e.g. postgresql=postgres:16-alpine`);
    const service = text.slice(0, eq).trim().toLowerCase();
    const image = text.slice(eq + 1).trim();
    if (service === "" || image === "") throw new InputError("service-images", `line ${index + 1} ('${clip3(text)}') needs both a service and an image`);
    if (/\s/.test(image)) throw new InputError("service-images", `image '${clip3(image)}' for '${service}' contains white space`);
    images[service] = image;
  });
  return images;
}
function parseNumber(name, raw, fallback, range) {
  const text = raw.trim();
  if (text === "") return fallback;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text)) throw new InputError(name, `'${clip3(text)}' is not a number (expected e.g. ${fallback || 10})`);
  const value = Number(text);
  if (value !== 0 && (value < range.min || value > range.max)) {
    throw new InputError(name, `${text} is out of range (${range.min} to ${range.max})`);
  }
  if (value === 0 && range.min > 0) throw new InputError(name, `must be greater than 0`);
  return value;
}
function parseChoice(name, raw, choices, fallback) {
  const text = raw.trim().toLowerCase();
  if (text === "") return fallback;
  const choice = choices.find((c) => c === text);
  if (choice === void 0) throw new InputError(name, `'${clip3(text)}' is not one of ${choices.join(", ")}`);
  return choice;
}
function parseBoolean(name, raw, fallback) {
  const text = raw.trim().toLowerCase();
  if (text === "") return fallback;
  if (["true", "yes", "on", "1"].includes(text)) return true;
  if (["false", "no", "off", "0"].includes(text)) return false;
  throw new InputError(name, `'${clip3(text)}' is not a boolean (use true or false)`);
}
function clip3(text, max = 60) {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}

// src/summary.ts
var FAILING_TESTS_SHOWN = 30;
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(run2) {
  const { decision, verdict, tests, task } = run2;
  const icon = decision.approvedWithoutIndependentTests ? "\u26A0\uFE0F" : decision.decision === "approve" ? "\u2705" : "\u274C";
  const out = [];
  out.push(`## ${icon} ${decision.headline}`, "");
  out.push(`${escapeMarkdown(decision.rationale[0] ?? "")}`, "");
  const gates = run2.gates.length === 0 ? "none configured" : run2.gates.map((g) => `${g.passed ? "\u2705" : "\u274C"} ${escapeMarkdown(g.name)} (${escapeMarkdown(g.outcome)})`).join(", ");
  const taskText = task.taskId !== "" ? `${code2(task.taskId)} (${sourceName(task.source)})` : task.source === "none" ? "no task found" : `task without id (${sourceName(task.source)})`;
  const declared = task.requiresInfrastructure.length > 0 ? task.requiresInfrastructure.map((s) => escapeMarkdown(s)).join(", ") + (task.declaredBy === "input" ? " (from input)" : "") : "none";
  const rows = [
    ["Task", taskText],
    ["Declared infrastructure", declared],
    ["Docker", escapeMarkdown(describeDocker(run2.docker))],
    ["Classification", verdict.classification],
    ["Confidence", verdict.confidence],
    ["Service", verdict.services.length > 0 ? verdict.services.join(", ") : "\u2014"],
    ["Rule", verdict.ruleId === "none" ? "\u2014" : code2(verdict.ruleId)],
    ["Gates", gates],
    ["Exit code", tests.timedOut ? `${tests.exitCode} (timed out)` : tests.cancelled ? `${tests.exitCode} (cancelled)` : String(tests.exitCode)],
    ["Duration", `${tests.durationSeconds.toFixed(1)} s`]
  ];
  out.push("| Check | Result |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`), "");
  if (decision.rationale.length > 1) {
    out.push("### Why", "", ...decision.rationale.slice(1).map((line) => `- ${escapeMarkdown(line)}`), "");
  }
  if (verdict.evidence.length > 0) {
    out.push("### Evidence", "");
    for (const e of verdict.evidence) {
      const service = e.service !== "" ? ` \xB7 ${escapeMarkdown(e.service)}` : "";
      const note = e.note ? ` \u2014 ${escapeMarkdown(e.note)}` : "";
      const test = e.test ? ` \xB7 test ${code2(e.test)}` : "";
      out.push(`- line ${e.line}${test} \xB7 ${code2(e.ruleId)} (${e.kind}, ${e.confidence}${service}): ${code2(e.text)}${note}`);
    }
    out.push("");
  }
  if (verdict.tests.length > 0) {
    const shown = verdict.tests.slice(0, FAILING_TESTS_SHOWN);
    out.push(`### Failing tests (${verdict.failingTests})`, "");
    for (const t of shown) {
      const service = t.services.length > 0 ? ` \xB7 ${escapeMarkdown(t.services.join(", "))}` : "";
      const where = t.evidence ? ` line ${t.evidence.line}: ${code2(t.evidence.text)}` : ` (from line ${t.line}; no rule matched)`;
      out.push(`- ${code2(t.name)} \u2014 ${t.classification}/${t.confidence}${service} \xB7 ${code2(t.ruleId)}${where}`);
    }
    if (verdict.failingTests > shown.length) out.push(`- \u2026 and ${verdict.failingTests - shown.length} more (see the audit report)`);
    out.push("");
  }
  if (decision.remediation.length > 0) {
    out.push(verdict.classification === "code" ? "### What to fix" : "### What to do", "", ...decision.remediation.map((line) => `- ${escapeMarkdown(line)}`), "");
  }
  const notes = [...task.notes, ...run2.notes];
  if (tests.startError) notes.unshift(`The test command could not be started: ${tests.startError}`);
  if (notes.length > 0) out.push("### Notes", "", ...notes.map((n) => `- ${escapeMarkdown(n)}`), "");
  const tailHeader = `Log tail (last ${tests.tail.length} of ${tests.lines} lines, ${formatBytes(tests.bytes)})`;
  out.push(`<details><summary>${escapeHtml(tailHeader)}</summary>`, "", `<pre>${escapeHtml(tests.tail.join("\n"))}</pre>`, "", "</details>", "");
  out.push(`Audit report: ${code2(run2.reportPath)} \xB7 full log: ${code2(run2.logPath)}`, "");
  return fitSummary(out.join("\n"));
}
function fitSummary(markdown, limit = SUMMARY_MAX_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n_(summary trimmed to stay under GitHub\u2019s 1 MiB limit; the full log and the audit report have everything)_\n";
  let cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note) - 32).toString("utf8");
  const lastOpen = cut.lastIndexOf("<");
  if (lastOpen > cut.lastIndexOf(">")) cut = cut.slice(0, lastOpen);
  if ((cut.match(/<pre>/g) ?? []).length > (cut.match(/<\/pre>/g) ?? []).length) cut += "</pre>";
  if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) cut += "\n</details>";
  return cut.replace(/\uFFFD$/, "") + note;
}
function sourceName(source) {
  return { "task-file": "task-file input", "pull-request-body": "pull request body", "changed-files": "changed task files", none: "none" }[source];
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// src/task.ts
import { open as open2 } from "node:fs/promises";
import path6 from "node:path";

// lazy:gray-matter
import { createRequire } from "node:module";
var matter;
function lazyMatter(input, options) {
  matter ??= createRequire(import.meta.url)("./vendor/gray-matter.cjs");
  return matter(input, options);
}

// src/frontmatter.ts
var MAX_FRONTMATTER_BYTES = 64 * 1024;
var MAX_FRONTMATTER_VALUES = 1e4;
var MAX_DECLARED_SERVICES = 32;
var SERVICE_NAME_MAX = 64;
var refuse = (language) => ({
  parse: () => {
    throw new Error(`'${language}' frontmatter is executable and is refused; use YAML`);
  },
  stringify: () => {
    throw new Error("not supported");
  }
});
var ENGINES = {
  js: refuse("js"),
  javascript: refuse("javascript"),
  coffee: refuse("coffee"),
  coffeescript: refuse("coffeescript"),
  cson: refuse("cson")
};
var FRONTMATTER_START = /^\uFEFF?---[^\S\r\n]*([A-Za-z]*)[^\S\r\n]*\r?\n/;
function hasFrontmatter(text) {
  return FRONTMATTER_START.test(text);
}
function parseTask(text, origin) {
  const empty = { origin, id: "", requiresInfrastructure: [], unknownServices: [] };
  const opening = FRONTMATTER_START.exec(text);
  if (!opening) return { ...empty, error: "no frontmatter block (the file must start with ---)" };
  const language = (opening[1] ?? "").toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return { ...empty, error: `'---${language}' frontmatter is refused: only YAML is read, never executed` };
  }
  const close = text.slice(opening[0].length).search(/^---[^\S\r\n]*\r?$/m);
  const blockBytes = Buffer.byteLength(close < 0 ? text : text.slice(0, opening[0].length + close));
  if (blockBytes > MAX_FRONTMATTER_BYTES) {
    return { ...empty, error: `frontmatter is ${blockBytes} bytes, over the ${MAX_FRONTMATTER_BYTES}-byte limit` };
  }
  if (close < 0) return { ...empty, error: "frontmatter block is not closed by a --- line" };
  let data;
  try {
    data = lazyMatter(`${text.slice(0, opening[0].length + close)}---
`, { engines: ENGINES, language: "yaml" }).data;
  } catch (error2) {
    return { ...empty, error: `frontmatter is not valid YAML: ${firstLine(error2)}` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ...empty, error: "frontmatter is not a mapping of keys to values" };
  }
  if (exceedsValues(data, MAX_FRONTMATTER_VALUES)) {
    return { ...empty, error: `frontmatter expands to more than ${MAX_FRONTMATTER_VALUES} values (a YAML alias bomb?) and is refused` };
  }
  const fields = data;
  const id = readId(fields);
  const declared = fields.requires_infrastructure;
  if (declared === void 0 || declared === null) return { ...empty, id };
  if (!Array.isArray(declared) || !declared.every((item) => typeof item === "string")) {
    return { ...empty, id, error: `requires_infrastructure must be a list of service names (strings), got ${describeType(declared)}` };
  }
  if (declared.length > MAX_DECLARED_SERVICES) {
    return { ...empty, id, error: `requires_infrastructure lists ${declared.length} services, more than the ${MAX_DECLARED_SERVICES} allowed` };
  }
  const tooLong = declared.find((name) => name.trim().length > SERVICE_NAME_MAX);
  if (tooLong !== void 0) {
    return { ...empty, id, error: `requires_infrastructure has a name longer than ${SERVICE_NAME_MAX} characters ('${tooLong.slice(0, 40)}\u2026')` };
  }
  const { services, unknown } = normaliseServices(declared);
  return { origin, id, requiresInfrastructure: services, unknownServices: unknown };
}
function normaliseServices(names2) {
  const services = [];
  const unknown = [];
  for (const raw of names2) {
    const name = raw.trim();
    if (name === "") continue;
    const canonical = canonicalService(name);
    if (canonical === void 0) unknown.push(name.toLowerCase());
    const value = canonical ?? name.toLowerCase();
    if (!services.includes(value)) services.push(value);
  }
  return { services, unknown };
}
function exceedsValues(value, limit) {
  let budget = limit;
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (--budget < 0) return true;
    if (node === null || typeof node !== "object") continue;
    for (const child2 of Array.isArray(node) ? node : Object.values(node)) {
      if (stack.length > budget) return true;
      stack.push(child2);
    }
  }
  return false;
}
function readId(fields) {
  for (const key of ["id", "task_id", "task-id"]) {
    const value = fields[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim().slice(0, 200);
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return "";
}
function describeType(value) {
  if (Array.isArray(value)) return "a list with non-string items";
  if (value === null) return "null";
  return `a ${typeof value}`;
}
function firstLine(error2) {
  const message2 = error2 instanceof Error ? error2.message : String(error2);
  return (message2.split("\n")[0] ?? "").slice(0, 200);
}

// src/glob.ts
function globToRegExp(glob) {
  let pattern = "";
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        pattern += slash ? "(?:[^/]*/)*" : ".*";
        i += slash ? 2 : 1;
      } else {
        pattern += "[^/]*";
      }
    } else if (char === "?") pattern += "[^/]";
    else if (char === "{") {
      braceDepth++;
      pattern += "(?:";
    } else if (char === "}" && braceDepth > 0) {
      braceDepth--;
      pattern += ")";
    } else if (char === "," && braceDepth > 0) pattern += "|";
    else pattern += char.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${pattern}$`);
}

// src/task.ts
async function resolveTask(inputs) {
  const notes = [];
  const found = await findTasks(inputs, notes);
  for (const task of found.tasks) {
    if (task.error) notes.push(`Task ${task.origin} could not be read and declares nothing: ${task.error}`);
    if (task.unknownServices.length > 0) {
      notes.push(`Task ${task.origin} declares services coach-gate does not know: ${task.unknownServices.join(", ")}`);
    }
  }
  const taskId = unique(found.tasks.map((t) => t.id).filter((id) => id !== "")).join(",");
  if (inputs.requiresInfrastructure !== void 0) {
    const { services, unknown } = normaliseServices(inputs.requiresInfrastructure);
    if (unknown.length > 0) notes.push(`Input requires-infrastructure names services coach-gate does not know: ${unknown.join(", ")}`);
    return { declaredBy: "input", source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: services, notes };
  }
  const declared = unique(found.tasks.flatMap((t) => t.requiresInfrastructure));
  return { declaredBy: found.source, source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: declared, notes };
}
async function findTasks(inputs, notes) {
  if (inputs.taskFile !== "") {
    const origin = inputs.taskFile;
    const text = await readBounded(path6.resolve(inputs.workspace, inputs.taskFile));
    if (text.error !== void 0) {
      notes.push(`task-file ${origin} could not be read: ${text.error}`);
      return { source: "task-file", tasks: [{ origin, id: "", requiresInfrastructure: [], unknownServices: [], error: text.error }] };
    }
    return { source: "task-file", tasks: [parseTask(text.content, origin)] };
  }
  const pr = inputs.pullRequest;
  if (pr === void 0) return { source: "none", tasks: [] };
  let body = pr.payloadBody;
  if (pr.fetchBody) {
    try {
      body = await pr.fetchBody();
    } catch (error2) {
      notes.push(`Could not read pull request #${pr.number} live (${message(error2)}); used the event payload's body instead`);
    }
  }
  if (body !== null && hasFrontmatter(body)) {
    return { source: "pull-request-body", tasks: [parseTask(body, `pull request #${pr.number} body`)] };
  }
  if (!pr.listChangedFiles) return { source: "none", tasks: [] };
  let files;
  try {
    files = await pr.listChangedFiles();
  } catch (error2) {
    notes.push(`Could not list the files of pull request #${pr.number} (${message(error2)}); no task was read from them`);
    return { source: "none", tasks: [] };
  }
  const matches = globToRegExp(inputs.taskGlob);
  const taskFiles = files.filter((file) => matches.test(file)).sort();
  if (taskFiles.length === 0) return { source: "none", tasks: [] };
  const tasks = [];
  for (const file of taskFiles) {
    const text = await readBounded(path6.resolve(inputs.workspace, file));
    tasks.push(text.error !== void 0 ? { origin: file, id: "", requiresInfrastructure: [], unknownServices: [], error: text.error } : parseTask(text.content, file));
  }
  return { source: "changed-files", tasks };
}
async function readBounded(file) {
  const limit = MAX_FRONTMATTER_BYTES * 16;
  try {
    const handle = await open2(file, "r");
    try {
      const buffer = Buffer.alloc(limit);
      const { bytesRead } = await handle.read(buffer, 0, limit, 0);
      return { content: buffer.subarray(0, bytesRead).toString("utf8") };
    } finally {
      await handle.close();
    }
  } catch (error2) {
    const code3 = error2.code;
    return { error: code3 === "ENOENT" ? "file not found in the workspace (is the repository checked out?)" : message(error2) };
  }
}
function unique(items) {
  return [...new Set(items)];
}
function message(error2) {
  return (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0]?.slice(0, 200) ?? "";
}

// src/test-runner.ts
import { spawn as spawn3 } from "node:child_process";
import { createWriteStream, existsSync as existsSync2, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { randomBytes } from "node:crypto";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var TAIL_LINES = 60;
var TAIL_LINE_MAX = 500;
var LINE_MAX = 64 * 1024;
var KILL_GRACE_MS = 3e3;
var DRAIN_MS = 2e3;
function sanitisedEnv(env, extra = {}) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY|TOKEN)$/.test(key)) continue;
    if (/^INPUT_/.test(key) || key === "ACTIONS_RUNTIME_TOKEN" || key === "ACTIONS_ID_TOKEN_REQUEST_TOKEN") continue;
    clean[key] = value;
  }
  return { ...clean, ...extra };
}
function runTests(options) {
  const started = process.hrtime.bigint();
  const shell = existsSync2("/bin/bash") ? "/bin/bash" : "/bin/sh";
  const args = shell.endsWith("bash") ? ["--noprofile", "--norc", "-o", "pipefail", "-c", options.command] : ["-c", options.command];
  const log = createWriteStream(options.logPath);
  const stopToken = randomBytes(16).toString("hex");
  options.echo.write(`::stop-commands::${stopToken}
`);
  const tail = [];
  let bytes = 0;
  let lines = 0;
  let lastByte = 10;
  let pendingText = "";
  const decoder = new StringDecoder2("utf8");
  let inLongLine = false;
  const emitLine = (line, complete = true) => {
    if (!inLongLine) lines++;
    inLongLine = !complete;
    options.onLine(line);
    tail.push(line.length > TAIL_LINE_MAX ? `${line.slice(0, TAIL_LINE_MAX)}\u2026 (${line.length} characters)` : line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  let skipLeadingLF = false;
  const consume = (text) => {
    let start = 0;
    if (skipLeadingLF && text.startsWith("\n")) start = 1;
    if (text !== "") skipLeadingLF = false;
    const lineEnd = /\r\n|\r|\n/g;
    lineEnd.lastIndex = start;
    for (let match = lineEnd.exec(text); match !== null; match = lineEnd.exec(text)) {
      emitLine(pendingText + text.slice(start, match.index));
      pendingText = "";
      start = match.index + match[0].length;
      if (match[0] === "\r" && start === text.length) skipLeadingLF = true;
    }
    pendingText += text.slice(start);
    while (pendingText.length > LINE_MAX) {
      emitLine(pendingText.slice(0, LINE_MAX), false);
      pendingText = pendingText.slice(LINE_MAX);
    }
  };
  return new Promise((resolve2) => {
    let timedOut = false;
    let cancelled = false;
    let finished = false;
    let killTimer;
    const cookie = randomBytes(16).toString("hex");
    const child2 = spawn3(shell, args, { cwd: options.cwd, env: { ...options.env, [COOKIE_NAME]: cookie }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const signalTree = (signal) => {
      signalGroup(child2.pid, signal);
      signalCookie(cookie, signal);
    };
    const killTree = () => {
      signalTree("SIGTERM");
      killTimer ??= setTimeout(() => signalTree("SIGKILL"), KILL_GRACE_MS);
    };
    const timeout = options.timeoutMs > 0 ? setTimeout(() => {
      timedOut = true;
      killTree();
    }, options.timeoutMs) : void 0;
    const onAbort = () => {
      cancelled = true;
      killTree();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    let exitCode = null;
    let exitSignal = null;
    let openStreams = 2;
    let held = 0;
    const holdUntilDrained = (stream) => {
      if (held++ === 0) {
        child2.stdout.pause();
        child2.stderr.pause();
      }
      stream.once("drain", () => {
        if (--held === 0) {
          child2.stdout.resume();
          child2.stderr.resume();
        }
      });
    };
    const onData = (chunk) => {
      bytes += chunk.length;
      if (chunk.length > 0) lastByte = chunk[chunk.length - 1];
      if (!log.write(chunk)) holdUntilDrained(log);
      if (!options.echo.write(chunk)) holdUntilDrained(options.echo);
      consume(decoder.write(chunk));
    };
    child2.stdout.on("data", onData);
    child2.stderr.on("data", onData);
    const finish = (startError) => {
      if (finished) return;
      finished = true;
      if (timeout) clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
      signalTree("SIGKILL");
      consume(decoder.end());
      if (pendingText !== "") emitLine(pendingText);
      options.echo.write(`${lastByte === 10 ? "" : "\n"}::${stopToken}::
`);
      log.end(() => {
        const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        const code3 = startError ? 127 : timedOut ? 124 : exitCode ?? (exitSignal ? 128 + signalNumber(exitSignal) : 1);
        resolve2({ exitCode: code3, signal: exitSignal, timedOut, cancelled, durationSeconds, bytes, lines, tail, ...startError ? { startError } : {} });
      });
    };
    const streamEnded = () => {
      if (--openStreams === 0 && exitCode !== null) finish();
      else if (openStreams === 0 && exitSignal !== null) finish();
    };
    child2.stdout.on("end", streamEnded);
    child2.stderr.on("end", streamEnded);
    child2.on("error", (error2) => finish(`could not start ${shell}: ${error2.message}`));
    child2.on("exit", (code3, signal) => {
      exitCode = code3;
      exitSignal = signal;
      if (openStreams === 0) return finish();
      setTimeout(() => {
        if (finished) return;
        signalTree("SIGKILL");
        child2.stdout.destroy();
        child2.stderr.destroy();
        finish();
      }, DRAIN_MS).unref();
    });
  });
}
var COOKIE_NAME = "COACH_GATE_RUN_COOKIE";
function signalCookie(cookie, signal) {
  const needle = Buffer.from(`${COOKIE_NAME}=${cookie}\0`);
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync2(`/proc/${entry}/environ`).includes(needle)) process.kill(Number(entry), signal);
    } catch {
    }
  }
}
function signalGroup(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function signalNumber(signal) {
  const numbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return numbers[signal] ?? 0;
}

// src/classify/per-test.ts
function classifyJUnit(cases) {
  const classifier = new LogClassifier();
  for (const c of cases) {
    if (c.outcome !== "failure" && c.outcome !== "error") continue;
    classifier.beginTest(c.id);
    const head2 = [c.type, c.message].filter(Boolean).join(": ");
    if (head2 !== "") classifier.push(head2, c.line);
    c.text.split("\n").forEach((line, i) => classifier.push(line, c.line + 1 + i));
    classifier.endTest();
  }
  return classifier.result();
}
function combineVerdicts(log, junit) {
  if (!junit || junit.failingTests === 0) return log;
  if (log.classification === "code" && log.confidence === "high" && junit.classification !== "code") {
    return { ...log, tests: junit.tests, failingTests: junit.failingTests, explanation: `${log.explanation} (The JUnit report alone would say ${junit.classification}/${junit.confidence}, but a code failure in the log is never excused.)` };
  }
  return junit;
}

// src/junit-reports.ts
import { readdir as readdir2, readFile, stat as stat2 } from "node:fs/promises";
import path7 from "node:path";

// src/classify/junit.ts
function parseJUnit(xml) {
  if (!/<(?:testsuites|testsuite|testcase)\b/.test(xml.slice(0, 64 * 1024)) && !xml.includes("<testcase")) {
    throw new Error("not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)");
  }
  const cases = [];
  let at = 0;
  let lineAt = 0;
  let line = 1;
  for (; ; ) {
    const start = xml.indexOf("<testcase", at);
    if (start < 0) break;
    const openEnd = tagEnd(xml, start);
    if (openEnd < 0) break;
    line += countNewlines(xml, lineAt, start);
    lineAt = start;
    const attrs = attributes(xml.slice(start + "<testcase".length, openEnd));
    const selfClosing = xml[openEnd - 1] === "/";
    let body = "";
    let next = openEnd + 1;
    if (!selfClosing) {
      const close = xml.indexOf("</testcase>", openEnd);
      body = close < 0 ? xml.slice(openEnd + 1) : xml.slice(openEnd + 1, close);
      next = close < 0 ? xml.length : close + "</testcase>".length;
    }
    cases.push(caseOf(attrs, body, line));
    at = next;
  }
  return cases;
}
function caseOf(attrs, body, line) {
  const name = attrs.name ?? "";
  const classname = attrs.classname ?? attrs.class ?? "";
  const base = { id: classname ? `${classname}.${name}` : name, name, classname, file: attrs.file ?? "", line };
  for (const outcome of ["failure", "error"]) {
    const element = firstElement(body, outcome);
    if (element) return { ...base, outcome, type: element.attrs.type ?? "", message: element.attrs.message ?? "", text: element.text };
  }
  if (firstElement(body, "skipped")) return { ...base, outcome: "skipped", type: "", message: "", text: "" };
  return { ...base, outcome: "passed", type: "", message: "", text: "" };
}
function firstElement(body, tag) {
  const pattern = new RegExp(`<${tag}(?=[\\s/>])`);
  const found = pattern.exec(body);
  if (!found) return void 0;
  const openEnd = tagEnd(body, found.index);
  if (openEnd < 0) return void 0;
  const attrs = attributes(body.slice(found.index + tag.length + 1, openEnd));
  if (body[openEnd - 1] === "/") return { attrs, text: "" };
  const close = body.indexOf(`</${tag}>`, openEnd);
  return { attrs, text: textOf(body.slice(openEnd + 1, close < 0 ? body.length : close)) };
}
function tagEnd(xml, from) {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  return -1;
}
var ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function attributes(source) {
  const attrs = {};
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
  return attrs;
}
function textOf(content) {
  let out = "";
  let at = 0;
  for (; ; ) {
    const cdata = content.indexOf("<![CDATA[", at);
    if (cdata < 0) {
      out += decodeEntities(content.slice(at));
      break;
    }
    out += decodeEntities(content.slice(at, cdata));
    const end = content.indexOf("]]>", cdata);
    out += content.slice(cdata + 9, end < 0 ? content.length : end);
    at = end < 0 ? content.length : end + 3;
  }
  return out;
}
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g, (whole, hex, dec, name) => {
    if (name) return NAMED[name];
    const code3 = hex !== void 0 ? Number.parseInt(hex, 16) : Number(dec);
    return code3 <= 1114111 ? String.fromCodePoint(code3) : whole;
  });
}
function countNewlines(text, from, to) {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

// src/junit-reports.ts
var MAX_FILES = 1e3;
var MAX_BYTES = 64 * 1024 * 1024;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function readJUnitReports(patterns, cwd, since) {
  const matchers = patterns.map((p) => globToRegExp(p.replace(/^\.\//, "")));
  const notes = [];
  const files = [];
  for await (const rel of walk(cwd, "")) {
    if (!matchers.some((m) => m.test(rel))) continue;
    if (files.length >= MAX_FILES) {
      notes.push(`More than ${MAX_FILES} files match junit-paths; the rest were not read.`);
      break;
    }
    files.push(rel);
  }
  const cases = [];
  const used = [];
  for (const rel of files) {
    const full = path7.join(cwd, rel);
    const info2 = await stat2(full);
    if (info2.mtimeMs < since.getTime() - 1e3) {
      notes.push(`JUnit report ${rel} predates this run and was ignored.`);
      continue;
    }
    if (info2.size > MAX_BYTES) {
      notes.push(`JUnit report ${rel} is larger than ${MAX_BYTES / 1024 / 1024} MiB and was not read.`);
      continue;
    }
    try {
      for (const c of parseJUnit(await readFile(full, "utf8"))) cases.push({ ...c, report: rel });
      used.push(rel);
    } catch (error2) {
      notes.push(`JUnit report ${rel} could not be read: ${error2 instanceof Error ? error2.message : String(error2)}`);
    }
  }
  if (patterns.length > 0 && used.length === 0) notes.push(`No JUnit report from this run matched junit-paths (${patterns.join(", ")}); the log alone was classified.`);
  return { files: used, verdict: used.length > 0 ? classifyJUnit(cases) : void 0, notes };
}
async function* walk(root, rel) {
  let entries;
  try {
    entries = await readdir2(path7.join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child2 = rel === "" ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* walk(root, child2);
    } else if (entry.isFile()) yield child2;
  }
}

// src/main.ts
async function run() {
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const settings = readSettings((name) => getInput(name), process.env);
    const record = await gate(settings, cancel.signal);
    await publish(record, settings);
  } catch (error2) {
    await reportCrash(error2);
  }
}
async function gate(settings, cancelled) {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const turn = Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1;
  await mkdir2(settings.reportDirectory, { recursive: true });
  const reportPath = path8.resolve(settings.reportDirectory, reportFileName(turn));
  const logPath = path8.resolve(settings.reportDirectory, `test_output_${turn}.log`);
  const event = readEvent(process.env);
  const probing = probeDocker(settings.dockerProbeTimeoutSeconds);
  const task = await resolveTask({
    requiresInfrastructure: settings.requiresInfrastructure,
    taskFile: settings.taskFile,
    taskGlob: settings.taskGlob,
    workspace,
    pullRequest: event.pullRequest ? pullRequestSource(event.pullRequest, settings.githubToken) : void 0
  });
  const early = settings.startServices && task.requiresInfrastructure.length > 0 ? await probing : void 0;
  info(`coach-gate: task ${task.taskId || "(none)"} from ${task.source}; declared: ${JSON.stringify(task.requiresInfrastructure)}`);
  const notes = [];
  const cwd = path8.resolve(workspace, settings.workingDirectory);
  const classifier = new LogClassifier();
  const testsStarted = /* @__PURE__ */ new Date();
  info(`coach-gate: running tests in ${cwd}: ${JSON.stringify(settings.testCommand)}`);
  const result = await runTests({
    command: settings.testCommand,
    cwd,
    env: sanitisedEnv(process.env),
    logPath,
    timeoutMs: settings.testTimeoutMinutes * 6e4,
    onLine: (line) => classifier.push(line),
    echo: process.stdout,
    signal: cancelled
  });
  const docker = early ?? await probing;
  info(`coach-gate: Docker ${docker.available ? "available" : `unavailable (${docker.state})`}`);
  if (result.cancelled) notes.push("The job was cancelled while the tests ran; the tests were stopped.");
  if (result.timedOut) notes.push(`The tests ran past test-timeout (${settings.testTimeoutMinutes} min) and their whole process tree was stopped.`);
  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled;
  const junit = passed || settings.junitPaths.length === 0 ? void 0 : await readJUnitReports(settings.junitPaths, cwd, testsStarted);
  if (junit) notes.push(...junit.notes);
  const verdict = passed ? PASSED_VERDICT : combineVerdicts(classifier.result(), junit?.verdict);
  const decision = decide({
    testsPassed: passed,
    timedOut: result.timedOut,
    cancelled: result.cancelled,
    verdict,
    declared: task.requiresInfrastructure,
    dockerAvailable: docker.available,
    gates: settings.gates,
    trust: checkTrust(settings.conditionalApproval, event.origin)
  });
  return {
    turn,
    docker,
    task,
    gates: settings.gates,
    verdict,
    decision,
    reportPath,
    logPath,
    notes,
    tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed, ...result }
  };
}
async function publish(record, settings) {
  const { decision } = record;
  await writeFile2(record.reportPath, `${JSON.stringify(buildReport(record, /* @__PURE__ */ new Date()), null, 2)}
`);
  for (const [name, value] of Object.entries(boundOutputs(buildOutputs(record)))) setOutput(name, value);
  await summary.addRaw(renderSummary(record)).write();
  for (const a of limitAnnotations(annotationsFor(record))) core_exports[a.level](a.message, a.title === void 0 ? {} : { title: a.title });
  info(`coach-gate: ${decision.headline}`);
  if (decision.decision === "feedback" && settings.failOnFeedback || record.tests.cancelled) process.exitCode = ExitCode.Failure;
}
async function reportCrash(error2) {
  const message2 = error2 instanceof Error ? error2.message : String(error2);
  const category = error2 instanceof InputError ? "input" : "internal";
  const report = buildCrashReport(Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1, category, message2, /* @__PURE__ */ new Date());
  const headline = String(report.summary);
  setOutput("decision", "feedback");
  setOutput("approved-without-independent-tests", "false");
  setOutput("summary", headline);
  try {
    const directory = getInput("report-directory").trim() || defaultReportDirectory(process.env);
    await mkdir2(directory, { recursive: true });
    const reportPath = path8.resolve(directory, reportFileName(Number(report.turn)));
    await writeFile2(reportPath, `${JSON.stringify(report, null, 2)}
`);
    setOutput("report-path", reportPath);
  } catch (writeError) {
    warning(`coach-gate could not write its audit report: ${String(writeError)}`);
  }
  try {
    await summary.addRaw(`## \u274C ${headline}

<pre>${escapeHtml(message2)}</pre>
`).write();
  } catch {
  }
  setFailed(message2);
}

// src/index.ts
await run();
