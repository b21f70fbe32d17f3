// The load drill (docs/deploy.md, 省级数据与压力测试): logs in the province's bureau users through POST /api/auth/token,
// then autocannon drives a mix of logged-in reads and writes, first one connection per endpoint (the one-user
// times; in users mode also one thinking user per endpoint, the baseline of "× 1-user" there), then all endpoints at
// once over CONNECTIONS connections for DURATION seconds. Prints per endpoint and
// overall requests, req/s, p50/p95/p99 and errors by status, CPU seconds per node process, the goal line, and
// writes the same as JSON.
//
//   node drill.mjs BASE_URL [DURATION_S] [CONNECTIONS] [PIDS...]
//   env: KECHUANG_DRILL_PASSWORD (kechuang2026), KECHUANG_DRILL_SINGLE_S (5), KECHUANG_DRILL_OUT (report path),
//        KECHUANG_DRILL_ONLY (comma-separated words: only the endpoints whose name contains one),
//        KECHUANG_DRILL_THINK_S (users mode: each connection is a user who waits this long on average between
//        an answer and the next request; unset, each connection sends again as soon as it is answered),
//        KECHUANG_DRILL_SINGLE_USERS_S (users mode: how long the thinking one-user phase runs; max(60, 18 × think))
import autocannon from 'autocannon'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { execSync } from 'node:child_process'

const [base = 'http://127.0.0.1:5400', durationArg = '60', connectionsArg = '200', ...pidArgs] = process.argv.slice(2)
const url = base.replace(/\/$/, '')
const duration = Number(durationArg)
const connections = Number(connectionsArg)
const pids = pidArgs.flatMap(p => p.split(',')).filter(Boolean).map(Number)
const password = process.env.KECHUANG_DRILL_PASSWORD ?? 'kechuang2026'
const singleSeconds = Number(process.env.KECHUANG_DRILL_SINGLE_S ?? '5')
const out = process.env.KECHUANG_DRILL_OUT ?? `artifacts/load/drill-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
const province = '330000'
// Users mode: a user reads what came back before the next click. Think times are drawn evenly from 0.5–1.5× the mean
// and the users start spread over the first mean think time, so their requests do not arrive in step.
const thinkSeconds = Number(process.env.KECHUANG_DRILL_THINK_S ?? '0')

// The goal of the province deployment: at 200 concurrent users p95 < 300 ms, no errors, and no endpoint slower
// than 3× its one-user time (its median alone against its median under load).
const goal = { p95Ms: 300, errors: 0, slowdown: 3 }

const today = chinaToday()
const lastYear = today.year - 1

// ---- log in -------------------------------------------------------------------------------------------------
const { counties, cities } = await bureaus()
const names = [
  ...counties.map(c => `s${c}`), ...cities.map(c => `s${c}`), `s${province}`,
  ...counties.map(c => `l${c}`), ...cities.map(c => `l${c}`), `l${province}`,
]
const started = Date.now()
const tokens = new Map()
await pool(names, 4, async name => {
  const r = await json('POST', '/api/auth/token', null, { userName: name, password })
  tokens.set(name, r.accessToken)
})
console.log(`logged in ${tokens.size} users through POST /api/auth/token in ${((Date.now() - started) / 1000).toFixed(1)} s (${counties.length} counties, ${cities.length} cities, the province)`)

// Each county's first enterprises (id and code), read by its staff: the rows the writes work on.
const enterprises = new Map()
await pool(counties, 4, async county => {
  const page = await json('GET', '/api/enterprises?pageSize=100', tokens.get(`s${county}`))
  enterprises.set(county, page.items.map(e => ({ id: e.id, uscc: e.uscc, name: e.name })))
})
const countyStaff = counties.filter(c => enterprises.get(c).length > 0)
if (countyStaff.length === 0) {
  throw new Error('no enterprises in any county: load the province first (Kechuang.Bench.dll province)')
}

// ---- the mix ------------------------------------------------------------------------------------------------
const terms = ['华创', '精工', '新材料', '星辰', '生物', '智联', '汇泽', '软件', '科技', '913303', '913301']
const bureauUsers = [...counties, ...cities].flatMap(c => [`s${c}`, `l${c}`])
const upper = [...cities, province].flatMap(c => [`s${c}`, `l${c}`])
const pick = list => list[Math.floor(Math.random() * list.length)]
const regionOf = user => user.slice(1)
const get = (user, path) => ({ method: 'GET', path, headers: { authorization: `Bearer ${tokens.get(user)}` } })
const send = (method, user, path, body) => ({
  method, path, body: JSON.stringify(body),
  headers: { authorization: `Bearer ${tokens.get(user)}`, 'content-type': 'application/json' },
})

// weight: the share of the connections (users) doing this; build(slot) gives the next request of connection slot.
const mix = [
  { name: 'enterprise list', route: 'GET /api/enterprises', weight: 20, build: () => {
    const user = `s${pick(counties)}`
    return get(user, `/api/enterprises?page=${1 + Math.floor(Math.random() * 20)}`)
  } },
  { name: 'enterprise search', route: 'GET /api/enterprises?q=', weight: 20, build: () => {
    const user = pick([...bureauUsers, `s${province}`, `l${province}`])
    return get(user, `/api/enterprises?q=${encodeURIComponent(pick(terms))}&page=${1 + Math.floor(Math.random() * 3)}`)
  } },
  { name: 'dashboard (indicator report)', route: 'GET /api/indicators/report', weight: 15, build: () => {
    const user = pick(bureauUsers)
    return get(user, `/api/indicators/report?regionCode=${regionOf(user)}`)
  } },
  { name: 'indicator matrix', route: 'GET /api/indicators/matrix', weight: 10, build: () => {
    const user = pick(upper)
    return get(user, `/api/indicators/matrix?parent=${regionOf(user)}`)
  } },
  { name: 'contract statistics', route: 'GET /api/contracts/stats', weight: 10, build: () => {
    const user = pick([...bureauUsers, ...upper])
    return get(user, `/api/contracts/stats?regionCode=${regionOf(user)}&year=${today.year}`)
  } },
  { name: 'work summary', route: 'GET /api/reports/summary', weight: 5, build: () => {
    const user = pick(bureauUsers)
    return get(user, `/api/reports/summary?region=${regionOf(user)}&year=${lastYear}&period=FY`)
  } },
  // Facts filing: each connection files for its own county's enterprises, so no two connections write one
  // enterprise-year at once (the row is versioned; two writers on one row is a conflict, not load).
  { name: 'facts filing', route: 'PUT /api/enterprises/{id}/facts/{year}', weight: 10, build: (slot, share) => {
    const county = countyStaff[slot % countyStaff.length]
    const mine = enterprises.get(county).filter((_, i) => i % share === Math.floor(slot / countyStaff.length) % share)
    const e = pick(mine.length > 0 ? mine : enterprises.get(county))
    return send('PUT', `s${county}`, `/api/enterprises/${e.id}/facts/${lastYear}`, facts())
  } },
  { name: 'contract registration', route: 'POST /api/contracts', weight: 10, build: () => {
    const county = pick(countyStaff)
    const seller = pick(enterprises.get(county))
    return send('POST', `s${county}`, '/api/contracts', contract(county, seller))
  } },
]

// KECHUANG_DRILL_ONLY=list,search keeps the endpoints whose name contains one of the words: to see one part alone.
const only = (process.env.KECHUANG_DRILL_ONLY ?? '').split(',').map(w => w.trim()).filter(Boolean)
const endpoints = only.length === 0 ? mix : mix.filter(e => only.some(w => e.name.includes(w)))

// Every endpoint once, so a wrong route or body stops the drill before it measures anything.
for (const e of endpoints) {
  const r = e.build(0, 1)
  const res = await fetch(url + r.path, { method: r.method, headers: r.headers, body: r.body })
  if (!res.ok) {
    throw new Error(`${e.name}: ${r.method} ${r.path} answered ${res.status}: ${(await res.text()).slice(0, 400)}`)
  }
  await res.arrayBuffer()
}

// ---- one user, then the load -----------------------------------------------------------------------------------
console.log(`\none user: each endpoint alone on 1 connection for ${singleSeconds} s`)
const single = {}
for (const e of endpoints) {
  single[e.name] = await run([{ endpoint: e, connections: 1 }], singleSeconds)
  const s = single[e.name].endpoints[e.name]
  console.log(`  ${e.name.padEnd(30)} ${String(s.requests).padStart(6)} requests  p50 ${fmt(s.p50)} ms  p95 ${fmt(s.p95)} ms  errors ${s.errors}`)
}

// Users mode: the one-user time is taken the way the load sends its requests — a user who thinks between clicks —
// because a request after seconds of idleness costs a lone user about twice a back-to-back one (fetch, contract
// statistics alone: p50 3.2 ms back to back, 7.7 ms after 5 s pauses; docs/deploy.md). One such user per endpoint,
// all at once: with these think times they send about 1.6 requests a second together, so a request rarely meets another.
let thinking = null
if (thinkSeconds > 0) {
  const thinkingSeconds = Number(process.env.KECHUANG_DRILL_SINGLE_USERS_S ?? String(Math.max(60, 18 * thinkSeconds)))
  console.log(`\none user thinking: one user per endpoint, each thinking ${thinkSeconds} s on average, for ${thinkingSeconds} s`)
  thinking = await runUsers(endpoints.map(e => ({ endpoint: e, connections: 1 })), thinkingSeconds, thinkSeconds)
  for (const e of endpoints) {
    const s = thinking.endpoints[e.name]
    console.log(`  ${e.name.padEnd(30)} ${String(s.requests).padStart(6)} requests  p50 ${fmt(s.p50)} ms  p95 ${fmt(s.p95)} ms  errors ${s.errors}`)
  }
}

const split = share(connections, endpoints)
console.log(`\nload: ${connections} ${thinkSeconds > 0 ? `users, each thinking ${thinkSeconds} s on average between an answer and the next request,` : 'connections, each sending again as soon as answered,'} for ${duration} s — ${endpoints.map(e => `${e.name} ${split.get(e)}`).join(', ')}`)
const cpuBefore = cpu(pids)
const clockBefore = process.hrtime.bigint()
const parts = endpoints.map(e => ({ endpoint: e, connections: split.get(e) }))
const load = thinkSeconds > 0 ? await runUsers(parts, duration, thinkSeconds) : await run(parts, duration)
const wall = Number(process.hrtime.bigint() - clockBefore) / 1e9
const cpuAfter = cpu(pids)
const nodes = pids.map(pid => ({
  pid,
  cpuSeconds: cpuAfter[pid] != null && cpuBefore[pid] != null ? cpuAfter[pid] - cpuBefore[pid] : null,
  cores: cpuAfter[pid] != null && cpuBefore[pid] != null ? (cpuAfter[pid] - cpuBefore[pid]) / wall : null,
}))

// ---- report -------------------------------------------------------------------------------------------------------
console.log('\n' + [
  'endpoint'.padEnd(30), 'conns'.padStart(5), 'requests'.padStart(9), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8),
  'p99 ms'.padStart(8), '1-user p50'.padStart(11), '× 1-user'.padStart(9), ...(thinking ? ['b2b p50'.padStart(8)] : []), '  errors',
].join(' '))
const rows = endpoints.map(e => {
  const s = load.endpoints[e.name]
  const backToBack = single[e.name].endpoints[e.name]
  const one = thinking ? thinking.endpoints[e.name] : backToBack
  // No completed request under load (all timed out) is no figure, and no pass.
  const slowdown = s.p50 == null ? Infinity : one.p50 > 0 ? s.p50 / one.p50 : null
  return { ...s, connections: split.get(e), route: e.route, singleP50: one.p50, singleP95: one.p95, backToBackP50: backToBack.p50, slowdown }
})
for (const r of [...rows, { name: 'overall', connections, ...load.overall }]) {
  console.log([
    r.name.padEnd(30), String(r.connections).padStart(5), String(r.requests).padStart(9), (r.requests / load.seconds).toFixed(1).padStart(8),
    fmt(r.p50).padStart(8), fmt(r.p95).padStart(8), fmt(r.p99).padStart(8),
    (r.singleP50 != null ? fmt(r.singleP50) : '').padStart(11), (r.slowdown == null ? '' : r.slowdown === Infinity ? 'none done' : r.slowdown.toFixed(1) + '×').padStart(9),
    ...(thinking ? [(r.backToBackP50 != null ? fmt(r.backToBackP50) : '').padStart(8)] : []),
    '  ' + errorText(r),
  ].join(' '))
}
for (const n of nodes) {
  console.log(`node pid ${n.pid}: ${n.cpuSeconds == null ? 'not readable' : `${n.cpuSeconds.toFixed(1)} CPU s over ${wall.toFixed(1)} s = ${n.cores.toFixed(2)} cores`}`)
}
console.log(`responses by node (X-Kechuang-Node): ${Object.entries(load.overall.byNode).map(([n, c]) => `${n} ${c}`).join(', ')}`)
let uptime = ''
try { uptime = execSync('uptime').toString().trim() } catch { }
console.log(`uptime after the run: ${uptime}`)

const slowest = rows.filter(r => r.slowdown != null).sort((a, b) => b.slowdown - a.slowdown)[0]
const criteria = [
  { name: `p95 < ${goal.p95Ms} ms at ${connections} ${thinkSeconds > 0 ? 'users' : 'connections'}`, pass: load.overall.p95 < goal.p95Ms, value: `p95 ${fmt(load.overall.p95)} ms` },
  { name: '0 errors', pass: load.overall.errors === 0, value: `${load.overall.errors} errors (${errorText(load.overall)})` },
  { name: `no endpoint slower than ${goal.slowdown}× its one-user time (p50)`, pass: rows.every(r => r.slowdown != null && r.slowdown <= goal.slowdown),
    value: rows.some(r => !(r.slowdown <= goal.slowdown))
      ? rows.filter(r => !(r.slowdown <= goal.slowdown)).map(r => `${r.name} ${slow(r)}`).join(', ')
      : `slowest ${slowest.name} ${slow(slowest)}` },
]
console.log('')
for (const c of criteria) {
  console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.value}`)
}
console.log(`${criteria.every(c => c.pass) ? 'PASS' : 'FAIL'}  goal`)

mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify({
  url, at: new Date().toISOString(), duration: load.seconds, connections, thinkSeconds, users: tokens.size, uptime,
  single: Object.fromEntries(endpoints.map(e => [e.name, single[e.name].endpoints[e.name]])),
  singleThinking: thinking ? thinking.endpoints : null,
  endpoints: rows, overall: load.overall, nodes, criteria, pass: criteria.every(c => c.pass),
}, null, 2))
console.log(`report: ${out}`)

// ---- helpers ------------------------------------------------------------------------------------------------------

/** Runs the given endpoints at once, each on its own autocannon instance; every response timed by autocannon. */
async function run(parts, seconds) {
  const times = new Map(parts.map(p => [p.endpoint.name, []]))
  const statuses = new Map(parts.map(p => [p.endpoint.name, {}]))
  const all = []
  const byNode = {}
  // Requests sent and not yet answered, per client, by the time they were sent: what is still pending when the
  // run stops is neither a latency nor an error to autocannon, so it is reported apart.
  const pending = new Map(parts.map(p => [p.endpoint.name, []]))
  const begin = Date.now()
  const results = await Promise.all(parts.map(({ endpoint, connections: n }) => new Promise((resolve, reject) => {
    let slots = 0
    const mine = times.get(endpoint.name)
    const codes = statuses.get(endpoint.name)
    const instance = autocannon({
      url, connections: n, duration: seconds, timeout: 30,
      requests: [{ method: 'GET', path: '/health' }],
      setupClient: client => {
        const slot = slots++
        const sent = []
        pending.get(endpoint.name).push(sent)
        client.on('request', () => sent.push(Date.now()))
        client.on('response', () => sent.shift())
        client.on('timeout', () => sent.shift())
        client.setRequests([{
          setupRequest: req => Object.assign(req, endpoint.build(slot, Math.ceil(n / countyStaff.length))),
          // Behind the proxy every response names its node (X-Kechuang-Node): how the load was shared.
          onResponse: (_status, _body, _context, headers) => {
            const node = Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-kechuang-node')?.[1] ?? 'unnamed'
            byNode[node] = (byNode[node] ?? 0) + 1
          },
        }])
      },
    }, (err, result) => err ? reject(err) : resolve([endpoint.name, result]))
    instance.on('response', (_client, status, _bytes, ms) => {
      mine.push(ms)
      all.push(ms)
      codes[status] = (codes[status] ?? 0) + 1
    })
  })))
  const seconds_ = (Date.now() - begin) / 1000
  const endpoints_ = {}
  const overall = { requests: 0, errors: 0, socketErrors: 0, timeouts: 0, statuses: {}, unanswered: 0, oldestUnansweredMs: 0 }
  for (const [name, result] of results) {
    const codes = statuses.get(name)
    const non2xx = Object.entries(codes).filter(([s]) => s < 200 || s >= 300).reduce((a, [, n]) => a + n, 0)
    const open = pending.get(name).flat()
    const e = {
      name, requests: times.get(name).length, ...percentiles(times.get(name)), statuses: codes,
      socketErrors: result.errors, timeouts: result.timeouts, errors: non2xx + result.errors,
      unanswered: open.length, oldestUnansweredMs: open.length > 0 ? Date.now() - Math.min(...open) : 0,
    }
    endpoints_[name] = e
    overall.requests += e.requests
    overall.errors += e.errors
    overall.socketErrors += result.errors
    overall.timeouts += result.timeouts
    overall.unanswered += e.unanswered
    overall.oldestUnansweredMs = Math.max(overall.oldestUnansweredMs, e.oldestUnansweredMs)
    for (const [s, n] of Object.entries(codes)) overall.statuses[s] = (overall.statuses[s] ?? 0) + n
  }
  Object.assign(overall, percentiles(all))
  overall.byNode = byNode
  return { seconds: seconds_, endpoints: endpoints_, overall }
}

/**
 * Users mode: each of a part's connections is a user who sends a request (fetch, keep-alive), waits for the answer,
 * thinks, and sends the next, until the run ends; a request still open then is waited for (at most 30 s) and counted.
 * The same report as run(): every request's time from sending to the whole body received.
 */
async function runUsers(parts, seconds, think) {
  const endpoints_ = {}
  const all = []
  const byNode = {}
  const begin = Date.now()
  const stop = begin + seconds * 1000
  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
  await Promise.all(parts.flatMap(({ endpoint, connections: n }) => {
    const e = endpoints_[endpoint.name] ??= { name: endpoint.name, times: [], statuses: {}, socketErrors: 0, timeouts: 0 }
    return Array.from({ length: n }, async (_, slot) => {
      await sleep(Math.random() * think * 1000)
      while (Date.now() < stop) {
        const r = endpoint.build(slot, Math.ceil(n / countyStaff.length))
        const t0 = performance.now()
        try {
          const res = await fetch(url + r.path, { method: r.method, headers: r.headers, body: r.body, signal: AbortSignal.timeout(30_000) })
          await res.arrayBuffer()
          const ms = performance.now() - t0
          e.times.push(ms)
          all.push(ms)
          e.statuses[res.status] = (e.statuses[res.status] ?? 0) + 1
          const node = res.headers.get('x-kechuang-node') ?? 'unnamed'
          byNode[node] = (byNode[node] ?? 0) + 1
        } catch (err) {
          e.socketErrors++
          if (err?.name === 'TimeoutError') e.timeouts++
        }
        await sleep(think * 1000 * (0.5 + Math.random()))
      }
    })
  }))
  const overall = { requests: 0, errors: 0, socketErrors: 0, timeouts: 0, statuses: {}, unanswered: 0, oldestUnansweredMs: 0 }
  for (const e of Object.values(endpoints_)) {
    const non2xx = Object.entries(e.statuses).filter(([s]) => s < 200 || s >= 300).reduce((a, [, n]) => a + n, 0)
    Object.assign(e, { requests: e.times.length, ...percentiles(e.times), errors: non2xx + e.socketErrors, unanswered: 0, oldestUnansweredMs: 0 })
    delete e.times
    overall.requests += e.requests
    overall.errors += e.errors
    overall.socketErrors += e.socketErrors
    overall.timeouts += e.timeouts
    for (const [s, n] of Object.entries(e.statuses)) overall.statuses[s] = (overall.statuses[s] ?? 0) + n
  }
  Object.assign(overall, percentiles(all))
  overall.byNode = byNode
  return { seconds: (Date.now() - begin) / 1000, endpoints: endpoints_, overall }
}

function percentiles(values) {
  if (values.length === 0) return { p50: null, p95: null, p99: null, max: null }
  const sorted = Float64Array.from(values).sort()
  const at = q => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)]
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] }
}

function errorText(r) {
  const bad = Object.entries(r.statuses ?? {}).filter(([s]) => s < 200 || s >= 300).map(([s, n]) => `${s}: ${n}`)
  if (r.socketErrors) bad.push(`socket errors: ${r.socketErrors}${r.timeouts ? ` (${r.timeouts} timeouts)` : ''}`)
  const text = bad.length === 0 ? '0' : bad.join(', ')
  // One request per connection is in flight when the run stops; older than a second it is worth a look.
  return r.oldestUnansweredMs > 1000 ? `${text}; ${r.unanswered} unanswered at the end (oldest ${(r.oldestUnansweredMs / 1000).toFixed(1)} s)` : text
}

/** Connections per endpoint by weight, at least one each. */
function share(total, list) {
  const sum = list.reduce((a, e) => a + e.weight, 0)
  const split = new Map(list.map(e => [e, Math.max(1, Math.floor(total * e.weight / sum))]))
  let left = total - [...split.values()].reduce((a, n) => a + n, 0)
  for (const e of [...list].sort((a, b) => b.weight - a.weight)) {
    if (left <= 0) break
    split.set(e, split.get(e) + 1)
    left--
  }
  return split
}

/** utime + stime of each process in seconds (/proc/PID/stat fields 14 and 15, after the command name). */
function cpu(list) {
  const ticks = Number(execSync('getconf CLK_TCK').toString().trim())
  const seconds = {}
  for (const pid of list) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      seconds[pid] = (Number(fields[11]) + Number(fields[12])) / ticks
    } catch {
      seconds[pid] = null
    }
  }
  return seconds
}

async function bureaus() {
  // The province's cities and their counties, from the division list the product serves.
  const admin = await json('POST', '/api/auth/token', null, { userName: `s${province}`, password })
  const children = async code => (await json('GET', `/api/regions/${code}/children`, admin.accessToken))
  const cityList = (await children(province)).filter(r => !r.retired).map(r => r.code)
  const countyList = []
  for (const city of cityList) {
    countyList.push(...(await children(city)).filter(r => !r.retired).map(r => r.code))
  }
  return { counties: countyList, cities: cityList }
}

async function json(method, path, token, body) {
  const headers = { accept: 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  if (body) headers['content-type'] = 'application/json'
  const res = await fetch(url + path, { method, headers, body: body ? JSON.stringify(body) : undefined })
  if (!res.ok) {
    throw new Error(`${method} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`)
  }
  return res.json()
}

async function pool(items, width, work) {
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++])
  }))
}

function facts() {
  const staff = 80 + Math.floor(Math.random() * 40)
  const income = 40_000_000 + Math.floor(Math.random() * 20_000_000)
  return {
    staff, techStaff: Math.floor(staff / 5), salesRevenue: income, totalIncome: income + 1_000_000, highTechIncome: Math.floor(income * 0.7),
    rdExpense: Math.floor(income * 0.05), rdExpenseDomestic: Math.floor(income * 0.05), totalCostsAndExpenses: Math.floor(income * 0.85),
    totalAssets: income * 2, netAssets: income, classOneIp: 1, classTwoIp: 6, conversions: 5, majorViolation: false,
  }
}

function contract(county, seller) {
  const day = n => isoDay(new Date(Date.UTC(today.year, today.month - 1, today.day - n)))
  return {
    name: '压力测试技术开发合同', type: 'development_commissioned',
    sellerName: seller.name, sellerUscc: seller.uscc, sellerRegionCode: county,
    buyerName: '压力测试买方有限公司', buyerRegionCode: '330106',
    signedOn: day(5), receivedOn: day(3), turnover: 1_000_000, techTransaction: 800_000,
  }
}

function chinaToday() {
  const d = new Date(Date.now() + 8 * 3600 * 1000)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

function isoDay(d) {
  return d.toISOString().slice(0, 10)
}

function slow(r) {
  if (r.slowdown == null) return 'no one-user time (no request completed alone)'
  if (r.slowdown === Infinity) return 'no request completed under load'
  return `${r.slowdown.toFixed(1)}× (${fmt(r.p50)} ms against ${fmt(r.singleP50)} ms)`
}

function fmt(ms) {
  return ms == null ? '–' : ms.toFixed(ms < 10 ? 1 : 0)
}
