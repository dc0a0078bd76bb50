-- wrk script for POST /api/leads: every request a new person (email) and its own Idempotency-Key, so that the
-- database must end with exactly one lead per 201 answered. Environment: BENCH_KEY (the API key), BENCH_SOURCE (source id).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    thread_id = tid
    math.randomseed(os.time() + thread_id)
end

function request()
    counter = counter + 1
    local id = string.format("%d-%d-%d", os.time(), thread_id, counter)
    local body = string.format('{"name":"Bench %s","email":"bench-%s@example.com","jobTitle":"Buyer","company":"Acme",'
        .. '"sourceId":%s,"message":"Call me","consent":true}', id, id, os.getenv("BENCH_SOURCE"))
    local key = string.format("%08x-%04x-4%03x-8%03x-%012x", os.time() % 0xffffffff, thread_id, counter % 0xfff,
        math.random(0, 0xfff), counter)
    return wrk.format("POST", "/api/leads", {
        ["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY"),
        ["Idempotency-Key"] = key
    }, body)
end

function done(summary, latency, requests)
    io.write(string.format("requests %d, errors: connect %d read %d write %d status %d timeout %d\n",
        summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
        summary.errors.timeout))
end
