#!/usr/bin/env node
// SPDX-License-Identifier: MIT
//
// Reference receiver for bench/receiver-bench.sh: the same work `vipps-hooks listen` does per
// delivery (docs/vipps-wire.md §5 verification, duplicate flag, one JSON line appended to the
// journal before answering), written the way a Node.js developer would with the `http` module.
//
// Usage: BENCH_SECRET=... node bench/node-receiver.js PORT JOURNAL_PATH [MAX_CLOCK_SKEW_SECONDS]
// Binds 127.0.0.1 only. No npm packages.
'use strict';

const http = require('node:http');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { isUtf8 } = require('node:buffer');

const port = Number(process.argv[2]);
const journalPath = process.argv[3];
const maxSkewSeconds = process.argv[4] === undefined ? 300 : Number(process.argv[4]);
const secret = process.env.BENCH_SECRET || '';

if (!Number.isInteger(port) || port < 0 || port > 65535 || !journalPath) {
  process.stderr.write('usage: BENCH_SECRET=... node node-receiver.js PORT JOURNAL_PATH [MAX_CLOCK_SKEW_SECONDS]\n');
  process.exit(2);
}

const MAX_BODY = 1024 * 1024;
const SCHEME_PREFIX = 'HMAC-SHA256 ';
const secretKey = Buffer.from(secret, 'utf8'); // UTF-8 bytes of the secret; never base64-decoded
const secretLabel = 'secret-1';

// 'a': every write goes to the end of the file. writeSync hands the line to the kernel before the
// response is written (no fsync), which is what vipps-hooks promises as well.
const journalFd = fs.openSync(journalPath, 'a');
let seq = 0;

// Same policy as the C++ DuplicateTracker: remember the last N (content hash, registration) keys.
const DUPLICATE_CAPACITY = 100000;
const seenKeys = new Set();
const seenOrder = [];
let seenNext = 0;
function seenBefore(contentHash, registration) {
  const key = contentHash + '|' + registration;
  if (seenKeys.has(key)) return true;
  if (seenOrder.length < DUPLICATE_CAPACITY) {
    seenOrder.push(key);
  } else {
    seenKeys.delete(seenOrder[seenNext]);
    seenOrder[seenNext] = key;
  }
  seenKeys.add(key);
  seenNext = (seenNext + 1) % DUPLICATE_CAPACITY;
  return false;
}

// The Signature= part of "HMAC-SHA256 SignedHeaders=...&Signature=<base64>", or null.
function signatureOf(authorization) {
  if (typeof authorization !== 'string') return null;
  const value = authorization.trim();
  if (value.length <= SCHEME_PREFIX.length || value.slice(0, SCHEME_PREFIX.length).toUpperCase() !== SCHEME_PREFIX) {
    return null;
  }
  for (const part of value.slice(SCHEME_PREFIX.length).split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === 'signature') return part.slice(eq + 1).trim();
  }
  return null;
}

function verify(req, body) {
  const authorization = req.headers['authorization'] || req.headers['x-vipps-authorization'];
  const received = signatureOf(authorization);
  if (received === null || received === '') {
    return { result: 'unsigned', reason: 'the request is not signed with HMAC-SHA256', webhookId: '' };
  }
  const webhookId = req.headers['webhook-id'] || '';
  if (secretKey.length === 0) {
    return { result: 'no-secret', reason: 'no webhook secret is known', webhookId };
  }
  const contentHash = crypto.createHash('sha256').update(body).digest('base64');
  const receivedHash = (req.headers['x-ms-content-sha256'] || '').trim();
  if (receivedHash !== contentHash) {
    return { result: 'invalid', reason: 'x-ms-content-sha256 does not match the body', webhookId, contentHash };
  }
  const xMsDate = req.headers['x-ms-date'] || '';
  const host = req.headers['host'] || '';
  const stringToSign = 'POST\n' + req.url + '\n' + xMsDate + ';' + host + ';' + contentHash;
  const computed = crypto.createHmac('sha256', secretKey).update(stringToSign, 'utf8').digest();
  const receivedBytes = Buffer.from(received, 'base64');
  if (receivedBytes.length !== computed.length || !crypto.timingSafeEqual(receivedBytes, computed)) {
    return { result: 'invalid', reason: 'the signature does not match', webhookId, contentHash };
  }
  const sent = Date.parse(xMsDate);
  if (maxSkewSeconds > 0) {
    if (Number.isNaN(sent)) {
      return { result: 'invalid', reason: 'x-ms-date is not an RFC 1123 date', webhookId, contentHash };
    }
    const skew = Math.round((Date.now() - sent) / 1000);
    if (Math.abs(skew) > maxSkewSeconds) {
      return { result: 'stale', reason: `x-ms-date is ${skew} s off; allowed skew is ${maxSkewSeconds} s`, webhookId, contentHash };
    }
  }
  return { result: 'valid', reason: 'signature matches secret ' + secretLabel, webhookId, contentHash };
}

function headerPairs(rawHeaders) {
  const pairs = new Array(rawHeaders.length / 2);
  for (let i = 0; i < rawHeaders.length; i += 2) pairs[i / 2] = [rawHeaders[i], rawHeaders[i + 1]];
  return pairs;
}

// Throws when the kernel refuses the line; the caller answers 503 then (as vipps-hooks does).
function journal(req, body, verification, duplicate, status, receivedAt) {
  const entry = {
    seq: ++seq,
    receivedAt,
    remote: `${req.socket.remoteAddress}:${req.socket.remotePort}`,
    method: req.method,
    target: req.url,
  };
  entry.headers = headerPairs(req.rawHeaders);
  if (isUtf8(body)) entry.body = body.toString('utf8');
  else entry.bodyBase64 = body.toString('base64');
  entry.verification = { result: verification.result, reason: verification.reason, webhookId: verification.webhookId };
  entry.duplicate = duplicate;
  entry.response = { status };
  const line = Buffer.from(JSON.stringify(entry) + '\n', 'utf8');
  let written = 0;
  while (written < line.length) written += fs.writeSync(journalFd, line, written, line.length - written);
}

function send(res, status, contentType, payload) {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}

function problem(res, status, title, detail) {
  send(res, status, 'application/problem+json', JSON.stringify({ type: 'about:blank', title, status, detail }));
}

const RECEIVED = '{"received":true}';

const server = http.createServer((req, res) => {
  const path = req.url.split('?', 1)[0];
  if (path === '/healthz') {
    if (req.method === 'GET' || req.method === 'HEAD') send(res, 200, 'application/json', '{"status":"ok"}');
    else problem(res, 405, 'Method Not Allowed', 'Use GET on /healthz.');
    req.resume();
    return;
  }
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => {
    if (tooLarge) {
      problem(res, 413, 'Content Too Large', 'The body is larger than 1 MiB.');
      return;
    }
    const receivedAt = new Date().toISOString();
    const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
    let verification;
    let status;
    let duplicate = false;
    if (req.method !== 'POST') {
      verification = { result: '', reason: '', webhookId: '' };
      status = 405;
    } else {
      verification = verify(req, body);
      if (verification.result === 'valid') duplicate = seenBefore(verification.contentHash, verification.webhookId || secretLabel);
      status = verification.result === 'valid' ? 200 : 401;
    }
    try {
      journal(req, body, verification, duplicate, status, receivedAt);
    } catch (error) {
      process.stderr.write(`journal: ${error.message} (answered 503 so the sender retries)\n`);
      problem(res, 503, 'Service Unavailable', 'The delivery could not be stored; retry later.');
      return;
    }
    if (status === 200) send(res, 200, 'application/json', RECEIVED);
    else if (status === 405) problem(res, 405, 'Method Not Allowed', `Vipps delivers webhooks with POST; ${req.method} is not accepted here.`);
    else problem(res, 401, `Webhook signature ${verification.result}`, verification.reason);
  });
});

// Limits comparable to the C++ receiver's defaults.
server.keepAliveTimeout = 60000;
server.headersTimeout = 10000;
server.requestTimeout = 0;
server.maxConnections = 256;

server.listen(port, '127.0.0.1', () => {
  process.stderr.write(`node receiver on http://127.0.0.1:${server.address().port}/ journal ${journalPath}\n`);
});

function stop() {
  server.close();
  server.closeAllConnections();
  try {
    fs.closeSync(journalFd);
  } catch (_) {
    // already closed
  }
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
