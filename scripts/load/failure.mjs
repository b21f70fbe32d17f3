// The failure drills' load (docs/deploy.md, 故障演练): CONNECTIONS workers, each one request at a time through the
// proxy, as py_staff of the demo (平阳县, 330326). Two modes:
//   node failure.mjs load BASE_URL SECONDS CONNECTIONS OUT_DIR [mix|writes]
//     mix: each worker cycles enterprise list, activity list, a new activity (POST), enterprise search;
//     writes: each worker only registers activities. Every request is written to OUT_DIR/requests.jsonl
//     (start and end in epoch ms, kind, status, node, the created id) — the acknowledged writes are those with 201.
//     SIGTERM stops it before SECONDS, once every worker's request in flight is answered.
//   node failure.mjs report OUT_DIR [KILL_MS [KILL_DONE_MS [BACK_MS NODE]]]
//     prints requests and failures per second, the failures, and a JSON summary line for the drill script (with
//     BACK_MS and NODE: how many responses NODE gave after BACK_MS, when it had been restarted).
// Plain fetch (Node ≥ 18), no package to install.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'

const [mode, ...args] = process.argv.slice(2)
if (mode === 'load') await load(...args)
else if (mode === 'report') report(...args)
else { console.error('usage: failure.mjs load BASE SECONDS CONNECTIONS OUT_DIR [mix|writes] | report OUT_DIR [KILL_MS [KILL_DONE_MS [BACK_MS NODE]]]'); process.exit(2) }

async function load(base, secondsArg = '40', connectionsArg = '16', out = '.', kind = 'mix') {
  const url = base.replace(/\/$/, '')
  const seconds = Number(secondsArg)
  const connections = Number(connectionsArg)
  const password = process.env.KECHUANG_DRILL_PASSWORD ?? 'kechuang2026'
  mkdirSync(out, { recursive: true })
  const file = `${out}/requests.jsonl`
  writeFileSync(file, '')
  // The token is valid on every node (data-protection keys in the database, ADR 0024); retried while the cluster starts.
  let token
  for (let i = 0; !token; i++) {
    try {
      const res = await fetch(`${url}/api/auth/token`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userName: 'py_staff', password }),
      })
      if (res.ok) token = (await res.json()).accessToken
      else if (i > 10) throw new Error(`login: ${res.status} ${await res.text()}`)
    } catch (e) { if (i > 10) throw e }
    if (!token) await new Promise(r => setTimeout(r, 1000))
  }
  const run = `${Date.now().toString(36)}`
  const auth = { authorization: `Bearer ${token}` }
  const gets = ['/api/enterprises?page=', '/api/outreach/activities?page=', '/api/enterprises?q=%E7%A7%91%E6%8A%80&page=']
  const steps = kind === 'writes' ? ['post'] : ['get0', 'get1', 'post', 'get2']
  const heldOn = new Date(Date.now() - 86400_000 * 3).toISOString().slice(0, 10)
  const started = Date.now()
  let until = started + seconds * 1000
  // SIGTERM ends the load early: each worker finishes the request it has in flight (the drills stop it so).
  process.on('SIGTERM', () => { until = Math.min(until, Date.now()) })
  let sent = 0
  writeFileSync(`${out}/load.json`, JSON.stringify({ started, seconds, connections, kind, run }))
  await Promise.all(Array.from({ length: connections }, async (_, w) => {
    for (let n = 0; Date.now() < until; n++) {
      const step = steps[(n + w) % steps.length]
      const seq = ++sent
      const init = step === 'post'
        ? { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({
            kind: '科普活动', title: `故障演练 ${run} ${seq}`, organisers: '县科技局', place: '昆阳镇',
            regionCode: '330326', heldOn, attendance: 1 + (seq % 500),
          }) }
        : { method: 'GET', headers: auth }
      const path = step === 'post' ? '/api/outreach/activities' : gets[Number(step.slice(3))] + (1 + (n % 5))
      const t0 = Date.now()
      const line = { t0, kind: step === 'post' ? 'write' : 'read', w }
      try {
        const res = await fetch(url + path, { ...init, signal: AbortSignal.timeout(30_000) })
        line.status = res.status
        line.node = res.headers.get('x-kechuang-node') ?? ''
        const body = await res.text()
        if (res.status === 201) line.id = JSON.parse(body).id
        else if (!res.ok) line.error = body.slice(0, 200)
      } catch (e) {
        line.status = 0
        line.error = String(e.cause?.code ?? e.cause?.message ?? e.message)
      }
      line.t1 = Date.now()
      appendFileSync(file, JSON.stringify(line) + '\n')
      // A failed request is retried by the next loop turn; a short pause keeps a dead database from a busy loop.
      if (line.status === 0 || line.status >= 500) await new Promise(r => setTimeout(r, 200))
    }
  }))
}

function report(out, killArg, killDoneArg, backArg, backNode) {
  const { started } = JSON.parse(readFileSync(`${out}/load.json`, 'utf8'))
  const lines = readFileSync(`${out}/requests.jsonl`, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l))
  const ok = l => l.status >= 200 && l.status < 300
  const kill = killArg ? Number(killArg) : null
  const killDone = killDoneArg ? Number(killDoneArg) : kill
  const sec = t => Math.floor((t - started) / 1000)
  const last = Math.max(...lines.map(l => sec(l.t1)))
  const rows = Array.from({ length: last + 1 }, () => ({ done: 0, failed: 0, nodes: {} }))
  for (const l of lines) {
    const r = rows[sec(l.t1)]
    r.done++
    if (!ok(l)) r.failed++
    if (l.node) r.nodes[l.node] = (r.nodes[l.node] ?? 0) + 1
  }
  const mark = s => [kill != null && s === sec(kill) ? '  ← kill' : '', backArg && s === sec(Number(backArg)) ? `  ← ${backNode} back` : ''].join('')
  console.log('second  requests  failed  by node')
  rows.forEach((r, s) => console.log(`${String(s).padStart(6)}  ${String(r.done).padStart(8)}  ${String(r.failed).padStart(6)}  ${Object.entries(r.nodes).map(([n, c]) => `${n} ${c}`).join(', ')}${mark(s)}`))
  const failures = lines.filter(l => !ok(l))
  const reasons = {}
  for (const f of failures) {
    const key = `${f.kind} ${f.status || 'socket'} ${(f.error ?? '').replace(/\s+/g, ' ').slice(0, 90)}`
    reasons[key] = (reasons[key] ?? 0) + 1
  }
  for (const [k, n] of Object.entries(reasons)) console.log(`failed: ${n} × ${k}`)
  const writes = lines.filter(l => l.kind === 'write')
  const acked = writes.filter(l => l.status === 201).map(l => l.id)
  writeFileSync(`${out}/acked.txt`, acked.join('\n') + (acked.length ? '\n' : ''))
  const firstFail = failures.length ? Math.min(...failures.map(f => f.t0)) : null
  const lastFail = failures.length ? Math.max(...failures.map(f => f.t1)) : null
  // The failed window: from the first request that failed to the first write acknowledged after the last failure.
  const resumed = lastFail != null ? writes.filter(l => l.status === 201 && l.t1 > lastFail).map(l => l.t1).sort((a, b) => a - b)[0] ?? null : null
  const summary = {
    requests: lines.length, failed: failures.length, writes: writes.length, acked: acked.length,
    seconds: (Math.max(...lines.map(l => l.t1)) - started) / 1000,
    nodes: lines.reduce((m, l) => (l.node && (m[l.node] = (m[l.node] ?? 0) + 1), m), {}),
    // Failures sent before the kill (in flight) and those sent after it had finished (plus one second).
    failedInFlight: kill == null ? null : failures.filter(f => f.t0 <= killDone).length,
    failedAfter: kill == null ? null : failures.filter(f => f.t0 > killDone + 1000).length,
    failedWindowS: firstFail == null ? 0 : ((resumed ?? lastFail) - firstFail) / 1000,
    firstFailS: firstFail == null ? null : (firstFail - started) / 1000,
    lastFailS: lastFail == null ? null : (lastFail - started) / 1000,
  }
  if (backArg && backNode) {
    const back = lines.filter(l => l.node === backNode && l.t0 > Number(backArg))
    summary.backResponses = back.length
    summary.backFirstS = back.length ? (Math.min(...back.map(l => l.t1)) - started) / 1000 : null
  }
  console.log('SUMMARY ' + JSON.stringify(summary))
}
