-- wrk script for POST /api/leads: every request a new person (email) and its own Idempotency-Key, so that the
-- database must end with exactly one lead per 201 answered. Environment: BENCH_KEY (the API key), BENCH_SOURCE (source id),
-- BENCH_RATE (optional): leads a second to send in all, an arrival rate rather than flat out. Each thread then keeps
-- a timetable (BENCH_THREADS threads share the rate): a request waits for its slot, and a slot missed while the
-- app was slow is sent at once, so that the app must catch up instead of the rate dropping with its latency.
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_usec; } bench_timeval; int gettimeofday(bench_timeval *tv, void *tz); ]]
local timeval = ffi.new("bench_timeval")
local function now_ms()
    ffi.C.gettimeofday(timeval, nil)
    return tonumber(timeval.tv_sec) * 1000 + tonumber(timeval.tv_usec) / 1000
end
local interval = nil
local next_slot = nil
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
    local rate = tonumber(os.getenv("BENCH_RATE") or "")
    if rate and rate > 0 then
        interval = 1000 * tonumber(os.getenv("BENCH_THREADS") or "1") / rate
    end
end

if os.getenv("BENCH_RATE") then
    function delay()
        local now = now_ms()
        if next_slot == nil then
            next_slot = now + math.random() * interval
        end
        local wait = next_slot - now
        next_slot = next_slot + interval
        return wait > 0 and math.floor(wait) or 0
    end
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
