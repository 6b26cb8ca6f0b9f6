// engine/host/chrome_trace.cpp — see chrome_trace.h. Timestamps are µs (the format's unit).
// Every 'X' has ts, dur, pid, tid; a run still going when the program ended is closed at the
// last event's time, so no slice is left open and slices on one track never overlap.
#include "host/chrome_trace.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace gort::host {
namespace {

constexpr int kPid = 1;
int p_tid(int p) { return 1 + p; }            // P0 → tid 1 (tid 0 is avoided: some viewers merge it)
int m_tid(int m) { return 1001 + m; }
constexpr int kSysmonTid = 2001, kGCTid = 2002;

void esc(std::string& out, const std::string& s) {
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
}

struct Writer {
  std::string out;
  bool first = true;
  void begin() {
    out += first ? "\n" : ",\n";
    first = false;
  }
  void x(const std::string& name, double ts, double dur, int tid, const std::string& args) {
    begin();
    char buf[160];
    std::snprintf(buf, sizeof buf, "{\"ph\":\"X\",\"pid\":%d,\"tid\":%d,\"ts\":%.3f,\"dur\":%.3f,\"name\":\"", kPid, tid, ts,
                  std::max(dur, 0.0));
    out += buf;
    esc(out, name);
    out += "\",\"cat\":\"goroutine\",\"args\":{" + args + "}}";
  }
  void instant(const std::string& name, double ts, int tid, const std::string& args) {
    begin();
    char buf[128];
    std::snprintf(buf, sizeof buf, "{\"ph\":\"i\",\"s\":\"t\",\"pid\":%d,\"tid\":%d,\"ts\":%.3f,\"name\":\"", kPid, tid, ts);
    out += buf;
    esc(out, name);
    out += "\",\"cat\":\"sched\",\"args\":{" + args + "}}";
  }
  void flow(char ph, int64_t id, double ts, int tid) {
    begin();
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "{\"ph\":\"%c\",\"id\":%lld,\"pid\":%d,\"tid\":%d,\"ts\":%.3f,\"name\":\"go\",\"cat\":\"go\"%s}", ph,
                  (long long)id, kPid, tid, ts, ph == 'f' ? ",\"bp\":\"e\"" : "");
    out += buf;
  }
  void thread_name(int tid, const std::string& name, int sort) {
    begin();
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "{\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"name\":\"thread_name\",\"args\":{\"name\":\"%s\"}},\n"
                  "{\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":%d}}",
                  kPid, tid, name.c_str(), kPid, tid, sort);
    out += buf;
  }
};

double us(double ms) { return ms * 1000.0; }

}  // namespace

std::string ChromeTrace::json() {
  std::stable_sort(recs_.begin(), recs_.end(), [](const SchedRecord& a, const SchedRecord& b) { return a.t_ms < b.t_ms; });
  Writer w;
  w.out = "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[";
  w.begin();
  w.out += "{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":\"gort\"}}";
  std::set<int> ps, ms;
  for (const SchedRecord& r : recs_) {
    if (r.p >= 0) ps.insert(r.p);
    if (r.m >= 0) ms.insert(r.m);
  }
  for (int p : ps) w.thread_name(p_tid(p), "P" + std::to_string(p), p);
  for (int m : ms) w.thread_name(m_tid(m), "M" + std::to_string(m), 1000 + m);
  w.thread_name(kSysmonTid, "sysmon", 3000);
  w.thread_name(kGCTid, "GC", 3001);

  std::unordered_map<int64_t, const char*> fn;   // goid → function
  std::set<int64_t> flow_open;           // goids whose `go` flow awaits the first run
  struct Run { int64_t g; double start; int m; };
  std::map<int, Run> running;            // P → the run in progress
  std::map<int, std::pair<int64_t, double>> in_syscall;   // M → {g, start}
  double gc_start = -1;
  double last = recs_.empty() ? 0 : us(recs_.back().t_ms);
  auto name_of = [&](int64_t g) {
    auto it = fn.find(g);
    std::string s = "G" + std::to_string(g);
    if (it != fn.end() && it->second) {
      s += ' ';
      s += it->second;
    }
    return s;
  };
  auto close_run = [&](int p, double end, const char* why) {
    auto it = running.find(p);
    if (it == running.end()) return;
    const Run& r = it->second;
    std::string args = "\"g\":" + std::to_string(r.g) + ",\"end\":\"" + why + "\"";
    w.x(name_of(r.g), r.start, end - r.start, p_tid(p), args);
    if (r.m >= 0) w.x(name_of(r.g), r.start, end - r.start, m_tid(r.m), args);
    running.erase(it);
  };
  auto track = [&](const SchedRecord& r) { return r.p >= 0 ? p_tid(r.p) : r.m >= 0 ? m_tid(r.m) : kSysmonTid; };

  for (const SchedRecord& r : recs_) {
    double ts = us(r.t_ms);
    std::string_view k = r.kind;
    if (k == "GoCreate") {
      fn[r.g] = r.fn;
      if (r.arg > 0) {
        w.flow('s', r.g, ts, track(r));
        flow_open.insert(r.g);
      }
    } else if (k == "GoStart" && r.p >= 0) {
      close_run(r.p, ts, "next");   // defensive: a run the events did not close
      running[r.p] = Run{r.g, ts, r.m};
      if (flow_open.erase(r.g)) w.flow('f', r.g, ts, p_tid(r.p));
    } else if ((k == "GoBlock" || k == "GoPreempt" || k == "GoSched" || k == "GoEnd" || k == "SyscallEnter") &&
               r.p >= 0) {
      auto it = running.find(r.p);
      if (it != running.end() && it->second.g == r.g) {
        std::string why(k == "GoBlock" && r.reason ? std::string_view(r.reason) : k);
        close_run(r.p, ts, why.c_str());
      }
      if (k == "GoPreempt") w.instant("preempt " + name_of(r.g), ts, p_tid(r.p), "\"g\":" + std::to_string(r.g));
      if (k == "SyscallEnter" && r.m >= 0) in_syscall[r.m] = {r.g, ts};
    } else if (k == "SyscallExit" && r.m >= 0) {
      auto it = in_syscall.find(r.m);
      if (it != in_syscall.end()) {
        w.x("syscall " + name_of(it->second.first), it->second.second, ts - it->second.second, m_tid(r.m),
            "\"g\":" + std::to_string(it->second.first));
        in_syscall.erase(it);
      }
    } else if (k == "Steal") {
      w.instant("steal " + std::to_string(r.n) + " from P" + std::to_string(r.arg), ts, track(r),
                "\"victim\":" + std::to_string(r.arg) + ",\"n\":" + std::to_string(r.n));
    } else if (k == "Handoff") {
      w.instant("handoff P" + std::to_string(r.p), ts, kSysmonTid,
                "\"p\":" + std::to_string(r.p) + ",\"m\":" + std::to_string(r.arg));
      if (r.p >= 0) w.instant("handoff", ts, p_tid(r.p), "\"m\":" + std::to_string(r.arg));
    } else if (k == "GCStart") {
      gc_start = ts;
    } else if (k == "GCEnd" && gc_start >= 0) {
      w.x("GC", gc_start, ts - gc_start, kGCTid, "\"pause_ns\":" + std::to_string(r.arg));
      gc_start = -1;
    } else if (k == "Dropped") {
      w.instant("dropped " + std::to_string(r.arg) + " events", ts, track(r), "\"n\":" + std::to_string(r.arg));
    }
  }
  std::vector<int> open;
  for (auto& [p, run] : running) open.push_back(p);
  for (int p : open) close_run(p, last, "program end");
  for (auto& [m, s] : in_syscall)
    w.x("syscall " + name_of(s.first), s.second, last - s.second, m_tid(m), "\"g\":" + std::to_string(s.first));
  w.out += "\n]}\n";
  return w.out;
}

}  // namespace gort::host
