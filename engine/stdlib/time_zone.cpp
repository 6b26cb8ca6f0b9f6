// engine/stdlib/time_zone.cpp — time.Location (UTC, Local, FixedZone, LoadLocation) and the
// conversion between time.Time aggregates and timepkg::Time (time_core.h). The playground has
// no zone database: Local is UTC under the name "Local" (as on the Go playground), and
// LoadLocation knows "", "UTC" and "Local" only. Zone semantics follow Go 1.19's
// time/zoneinfo.go (BSD-licensed, The Go Authors).
#include <cstring>

#include "stdlib/natives.h"
#include "stdlib/std_types.h"
#include "stdlib/time_core.h"

namespace gort::stdlib {

// (*time.Location).String (also the method of std_types' *time.Location descriptor).
NativeStatus time_location_string_native(NativeCtx& c) {
  c.args[0] = str_val(timepkg::loc_name(c.args[0].o));
  return NativeStatus::Done;
}

namespace timepkg {

namespace {

enum LocField { kName = 0, kZone = 1, kOffset = 2, kFixed = 3, kLocSlots = 4 };

Obj* pinned_string(std::string_view s) {
  Obj* o = pinned_object(sizeof(int64_t) + s.size());
  auto* so = static_cast<vm::StrObj*>(rt::obj_data(o));
  so->len = static_cast<int64_t>(s.size());
  std::memcpy(so->bytes, s.data(), s.size());
  return o;
}

// UTC and Local are permanent objects: one identity per process, so `t.Location() == time.UTC`
// holds in every run, and never traced (their name strings are permanent too).
Obj* pinned_location(std::string_view name) {
  Obj* o = pinned_object(kLocSlots * sizeof(Value));
  rt::obj_slots(o)[kName].o = pinned_string(name);
  return o;
}

}  // namespace

Obj* utc_loc() {
  static Obj* l = pinned_location("UTC");
  return l;
}
Obj* local_loc() {
  static Obj* l = pinned_location("Local");
  return l;
}

Obj* new_fixed_zone(std::string_view name, int64_t offset) {
  Obj* l = vm::agg_new(time_location());
  Value* f = rt::obj_slots(l);
  f[kName].o = vm::str_new(name);
  f[kZone].o = f[kName].o;
  f[kOffset].i = offset;
  f[kFixed].i = 1;
  return l;
}

Zone loc_lookup(Obj* loc) {
  if (!loc || !rt::obj_slots(loc)[kFixed].i) return Zone{"UTC", 0};  // no zones: UTC
  const Value* f = rt::obj_slots(loc);
  return Zone{std::string(sv(f[kZone])), f[kOffset].i};
}

std::string loc_name(Obj* loc) { return loc ? std::string(sv(rt::obj_slots(loc)[kName])) : "UTC"; }

bool loc_lookup_name(Obj* loc, std::string_view name, int64_t* offset) {
  if (!loc || !rt::obj_slots(loc)[kFixed].i) return false;
  if (sv(rt::obj_slots(loc)[kZone]) != name) return false;
  *offset = rt::obj_slots(loc)[kOffset].i;
  return true;
}

Time time_read(Value v) {
  if (!v.o) return Time{};
  const Value* s = rt::obj_slots(v.o);
  return Time{static_cast<uint64_t>(s[0].i), s[1].i, s[2].o};
}

Obj* time_obj(const Time& t) {
  Obj* o = vm::agg_new(time_time());
  Value* s = rt::obj_slots(o);
  s[0].i = static_cast<int64_t>(t.wall);
  s[1].i = t.ext;
  s[2].o = t.loc;
  return o;
}

namespace {

NativeStatus loc_utc(NativeCtx& c) {
  c.args[0] = Value::from_obj(utc_loc());
  return NativeStatus::Done;
}
NativeStatus loc_local(NativeCtx& c) {
  c.args[0] = Value::from_obj(local_loc());
  return NativeStatus::Done;
}
NativeStatus fixed_zone(NativeCtx& c) {
  c.args[0] = Value::from_obj(new_fixed_zone(sv(c.args[0]), c.args[1].i));
  return NativeStatus::Done;
}

// LoadLocation: Go's answers for "", "UTC", "Local" and names no zone database can hold; any
// other name is unknown here (Go says the same when its database lacks the name).
NativeStatus load_location(NativeCtx& c) {
  std::string_view name = sv(c.args[0]);
  Obj* loc = nullptr;
  std::string err;
  if (name.empty() || name == "UTC") {
    loc = utc_loc();
  } else if (name == "Local") {
    loc = local_loc();
  } else if (name.find("..") != std::string_view::npos || name[0] == '/' || name[0] == '\\') {
    err = "time: invalid location name";
  } else {
    err = "unknown time zone " + std::string(name);
  }
  c.args[0] = Value::from_obj(loc);
  c.args[1] = err.empty() ? Value::zero() : Value::from_obj(new_error(err));
  return NativeStatus::Done;
}

}  // namespace

void add_zone_natives(std::vector<NativeEntry>& v) {
  v.insert(v.end(), {
                        {"time.UTC", loc_utc},
                        {"time.Local", loc_local},
                        {"(*time.Location).String", time_location_string_native},
                        {"time.FixedZone", fixed_zone},
                        {"time.LoadLocation", load_location},
                    });
}

}  // namespace timepkg
}  // namespace gort::stdlib
